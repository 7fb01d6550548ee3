/**
 * The progress-report workflow: who may do what to a report in which state.
 * The server enforces it (and records each transition); the web asks the
 * server which actions are allowed rather than repeating these rules.
 *
 *   (none) ─save→ draft ─submit→ submitted ─approve→ approved
 *                   ↑ save           │ return (comment)   │ reopen (comment)
 *                   returned ←───────┘←───────────────────┘
 *                   └─submit→ submitted
 */
import { ENTITY_AUDIENCES, mayRead } from '../auth/audiences';

export const REPORT_STATES = ['draft', 'submitted', 'returned', 'approved'] as const;
export type ReportState = (typeof REPORT_STATES)[number];
/** A report not written yet. */
export type StateOrNone = ReportState | 'none';

/**
 * What each state means to the rest of the portal, beside the transitions, so
 * a new state is decided here once: whether the municipality may still edit
 * it, whether it waits in the reviewers' queue, whether others may read it
 * (shared/auth/visibility.ts), and whether the municipality still owes it
 * before the deadline.
 */
export const STATE_RULES: Record<ReportState, { editable: boolean; awaitingReview: boolean; published: boolean; owed: boolean }> = {
  draft: { editable: true, awaitingReview: false, published: false, owed: true },
  submitted: { editable: false, awaitingReview: true, published: false, owed: false },
  returned: { editable: true, awaitingReview: false, published: false, owed: true },
  approved: { editable: false, awaitingReview: false, published: true, owed: false },
};

export const REPORT_ACTIONS = ['save', 'submit', 'return', 'approve', 'reopen'] as const;
export type ReportAction = (typeof REPORT_ACTIONS)[number];

/** The caller's relation to a report: its municipality's staff, a prefecture reviewer, or anyone else. */
export type ReportActor = 'owner' | 'reviewer' | 'other';

interface Transition {
  from: readonly StateOrNone[];
  by: ReportActor;
  /** The state after the action; `undefined` keeps the current one (saving a returned report leaves it returned). */
  to?: ReportState;
  needsComment?: boolean;
}

export const TRANSITIONS: Record<ReportAction, Transition> = {
  save: { from: ['none', 'draft', 'returned'], by: 'owner' },
  submit: { from: ['draft', 'returned'], by: 'owner', to: 'submitted' },
  return: { from: ['submitted'], by: 'reviewer', to: 'returned', needsComment: true },
  approve: { from: ['submitted'], by: 'reviewer', to: 'approved' },
  reopen: { from: ['approved'], by: 'reviewer', to: 'returned', needsComment: true },
};

export const STATE_LABELS: Record<StateOrNone, { ja: string; en: string }> = {
  none: { ja: '未着手', en: 'Not started' },
  draft: { ja: '下書き', en: 'Draft' },
  submitted: { ja: '提出済（確認待ち）', en: 'Submitted' },
  returned: { ja: '差戻し', en: 'Returned' },
  approved: { ja: '承認済', en: 'Approved' },
};

export const ACTION_LABELS: Record<ReportAction, { ja: string; en: string }> = {
  save: { ja: '下書き保存', en: 'Save draft' },
  submit: { ja: '提出', en: 'Submit' },
  return: { ja: '差戻し', en: 'Return' },
  approve: { ja: '承認', en: 'Approve' },
  reopen: { ja: '承認取消し（差戻し）', en: 'Reopen' },
};

/** The actions `actor` may take on a report in `state`, in workflow order. */
export function allowedActions(state: StateOrNone, actor: ReportActor): ReportAction[] {
  return REPORT_ACTIONS.filter((action) => TRANSITIONS[action].by === actor && TRANSITIONS[action].from.includes(state));
}

export type TransitionOutcome =
  | { ok: true; to: ReportState; needsComment: boolean }
  /** `forbidden`: this actor never takes this action; `illegal`: not from this state. */
  | { ok: false; problem: 'forbidden' | 'illegal'; allowed: ReportAction[] };

/** Decides one action on a report; pure, so every state × action × actor is testable without a server. */
export function decideTransition(state: StateOrNone, action: ReportAction, actor: ReportActor): TransitionOutcome {
  const rule = TRANSITIONS[action];
  const allowed = allowedActions(state, actor);
  if (rule.by !== actor) return { ok: false, problem: 'forbidden', allowed };
  if (!rule.from.includes(state)) return { ok: false, problem: 'illegal', allowed };
  return { ok: true, to: rule.to ?? (state === 'none' ? 'draft' : state), needsComment: rule.needsComment ?? false };
}

/** Who `viewer` is to the report of `orgCode`. */
export function actorFor(viewer: { role: string; orgCode: string }, orgCode: string): ReportActor {
  if (viewer.role === 'prefecture_admin' || viewer.role === 'prefecture_staff') return 'reviewer';
  if (viewer.role === 'municipal_staff' && viewer.orgCode === orgCode) return 'owner';
  return 'other';
}

/**
 * Whether `actor` may read a report in `state`: the municipality and the
 * prefecture always; anyone else (other municipalities, council members)
 * only once it is approved — never a draft or a report under review.
 */
export function canReadReport(state: StateOrNone, actor: ReportActor): boolean {
  return (state !== 'none' && STATE_RULES[state].published) || mayRead(ENTITY_AUDIENCES.progressReport.unpublished, actor === 'reviewer' ? 'prefecture' : actor);
}
