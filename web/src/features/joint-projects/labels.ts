import { formatDate } from '../../../../shared/fiscal-year';
import { DEADLINE_STATUS_LABELS, type DeadlineStatus } from '../../../../shared/joint-projects/deadlines';
import { PROJECT_KIND_LABELS, type ProjectKind } from '../../../../shared/joint-projects/kinds';
import { ACTION_LABELS, STATE_LABELS, type ReportAction, type StateOrNone } from '../../../../shared/joint-projects/workflow';
import { lang, pick } from '../../app/lang';

export const kindLabel = (kind: ProjectKind) => pick(PROJECT_KIND_LABELS[kind]);
export const stateLabel = (state: StateOrNone) => pick(STATE_LABELS[state]);
export const actionLabel = (action: ReportAction) => pick(ACTION_LABELS[action]);
export const deadlineStatusLabel = (status: DeadlineStatus) => pick(DEADLINE_STATUS_LABELS[status]);
/** 令和9年1月15日, or 15 Jan 2027 in English. */
export const dateLabel = (isoDate: string) => formatDate(isoDate, lang());
/** Numbers as Japanese documents write them: 1,234.5 */
export const numberLabel = (n: number) => n.toLocaleString('ja-JP', { maximumFractionDigits: 3 });

export const reportHref = (r: { projectId: string; periodId: string; orgCode: string }) => `/joint-projects/${r.projectId}/reports/${r.periodId}/${r.orgCode}`;
