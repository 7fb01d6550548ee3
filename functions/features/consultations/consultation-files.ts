import type { Principal } from '../../../shared/auth/roles';
import { conflict } from '../../../shared/errors';
import type { AttachmentThread } from '../../platform/files/attachments';
import { sideOf } from './access';
import { consultationKeys, getConsultation, openThreadCheck } from './consultations.table';

/**
 * A consultation's files (functions/platform/files/attachments.ts): in the consultation's own partition, both
 * sides may add them while it is open; a resolved consultation keeps its files as they are.
 */
export function consultationThread(prefCode: string, id: string): AttachmentThread {
  return {
    prefCode,
    pk: consultationKeys.thread(prefCode, id),
    storagePath: `${prefCode}/consultations/${id}`,
    auditEntity: consultationKeys.entity(prefCode, id),
    auditAction: 'consultation',
    maxFiles: 10,
    noun: { ja: '相談', en: 'consultation' },
    guard: () => openThreadCheck(prefCode, id),
    whenClosed: () => conflict('consultation_closed', { ja: '解決済みの相談のファイルは変更できません。', en: 'The files of a resolved consultation cannot change.' }),
  };
}

/** The thread of a consultation the caller may read (404 otherwise), checked open when they mean to change it. */
export async function openConsultationThread(id: string, principal: Principal, prefCode: string, intent: 'read' | 'change'): Promise<AttachmentThread> {
  const { c } = sideOf(await getConsultation(prefCode, id), principal, id);
  if (intent === 'change' && c.status === 'resolved') throw consultationThread(prefCode, id).whenClosed!() as Error;
  return consultationThread(prefCode, id);
}
