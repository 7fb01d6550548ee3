import type { Principal } from '../../../shared/auth/roles';
import type { Task } from '../../../shared/tasks/task';
import { countWaiting, orgConsultationsIn } from './consultations.table';

/**
 * The desk's やること: the prefecture, one task for the consultations still without a reply; a municipality, each
 * consultation the prefecture has answered, to read and mark resolved. Neither has a deadline.
 */
export async function consultationTasks(prefCode: string, principal: Principal, _now: Date): Promise<Task[]> {
  if (principal.role === 'prefecture_admin' || principal.role === 'prefecture_staff') {
    const count = await countWaiting(prefCode);
    if (count === 0) return [];
    return [
      {
        kind: 'consultations_waiting',
        title: { ja: `未回答の相談に回答する（${count}件）`, en: `Answer the consultations waiting for a reply (${count})` },
        link: '/consultations?status=received',
        count,
      },
    ];
  }
  if (principal.role !== 'municipal_staff') return [];
  const answered = await orgConsultationsIn(prefCode, principal.orgCode, 'answered');
  return answered.map((c) => ({
    kind: 'consultation_answered' as const,
    title: { ja: `県の回答を確認する:「${c.title}」`, en: `Read the prefecture’s answer: “${c.title}”` },
    link: `/consultations/${c.id}`,
  }));
}
