import type { LocalizedText } from '../localized';
import type { ConsultationAction, ConsultationStatus } from './labels';

/**
 * The consultation desk's rules, pure (docs/architecture.md, "Consultation desk"): 受付 → 対応中 → 回答済 → 解決.
 * The asking municipality (`owner`) writes follow-ups and may close its consultation as resolved; the prefecture
 * answers, sets 対応中 or 回答済, marks 技術相談, and publishes an answered consultation to the FAQ. A resolved
 * consultation takes no more messages or files: a new question is a new consultation.
 */
export type DeskSide = 'owner' | 'prefecture';

export interface ConsultationState {
  status: ConsultationStatus;
  firstAnsweredAt?: string;
  faqEntryId?: string;
}

const open = (c: ConsultationState) => c.status !== 'resolved';
const publishable = (c: ConsultationState) => (c.status === 'answered' || c.status === 'resolved') && !!c.firstAnsweredAt && !c.faqEntryId;

export function allowedActions(c: ConsultationState, side: DeskSide): ConsultationAction[] {
  const actions: ConsultationAction[] = [];
  if (side === 'owner') {
    if (open(c)) actions.push('reply', 'resolve', 'attach');
    return actions;
  }
  if (open(c)) actions.push('answer', 'attach');
  if (c.status === 'received' || c.status === 'answered') actions.push('set_in_progress');
  if (c.status === 'in_progress' && c.firstAnsweredAt) actions.push('set_answered');
  if (open(c)) actions.push('resolve');
  actions.push('set_technical');
  if (publishable(c)) actions.push('publish_faq');
  return actions;
}

const ACTION_OF: Record<ConsultationStatus, ConsultationAction | undefined> = {
  received: undefined,
  in_progress: 'set_in_progress',
  answered: 'set_answered',
  resolved: 'resolve',
};

/** Why a status change is not possible now (undefined when it is). */
export function statusChangeProblem(c: ConsultationState, side: DeskSide, to: ConsultationStatus): LocalizedText | undefined {
  if (to === c.status) return undefined;
  const action = ACTION_OF[to];
  if (action && allowedActions(c, side).includes(action)) return undefined;
  if (c.status === 'resolved') {
    return { ja: '解決済みの相談は変更できません。続きの質問は新しい相談としてお寄せください。', en: 'A resolved consultation cannot change. Raise a new consultation for a further question.' };
  }
  if (to === 'answered') {
    return { ja: '回答済にするには、先に回答を送ってください。', en: 'Send an answer before marking the consultation answered.' };
  }
  if (side === 'owner') {
    return { ja: '相談した団体ができる状態の変更は「解決にする」だけです。', en: 'The asking municipality may only mark its consultation resolved.' };
  }
  return { ja: 'この状態には戻せません。', en: 'The consultation cannot go back to this status.' };
}

/**
 * What a message does to the consultation. The prefecture's message is an answer: it sets 回答済 (or 対応中 when
 * the writer says it is an interim reply), and the first answer sets firstAnsweredAt, from which the time to first
 * answer is measured. A follow-up from the municipality on an answered consultation puts it back to 対応中: the
 * prefecture has something to answer again.
 */
export function afterMessage(
  c: ConsultationState,
  side: DeskSide,
  at: string,
  requested?: 'answered' | 'in_progress',
): { status: ConsultationStatus; firstAnsweredAt?: string } {
  if (side === 'owner') return { status: c.status === 'answered' ? 'in_progress' : c.status, firstAnsweredAt: c.firstAnsweredAt };
  const status = requested ?? 'answered';
  return { status, firstAnsweredAt: c.firstAnsweredAt ?? (status === 'answered' ? at : undefined) };
}

/** Why a message cannot be sent now (undefined when it can). */
export function messageProblem(c: ConsultationState, side: DeskSide): LocalizedText | undefined {
  if (allowedActions(c, side).includes(side === 'owner' ? 'reply' : 'answer')) return undefined;
  return { ja: '解決済みの相談には書き込めません。続きの質問は新しい相談としてお寄せください。', en: 'A resolved consultation takes no more messages. Raise a new consultation for a further question.' };
}
