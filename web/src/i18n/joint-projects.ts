import { formatDate } from '../../../shared/fiscal-year';
import { DEADLINE_STATUS_LABELS, type DeadlineStatus } from '../../../shared/joint-projects/deadlines';
import { PROJECT_KIND_LABELS, type ProjectKind } from '../../../shared/joint-projects/kinds';
import { STATE_LABELS, type StateOrNone } from '../../../shared/joint-projects/workflow';

export const kindLabel = (kind: ProjectKind) => PROJECT_KIND_LABELS[kind].ja;
export const stateLabel = (state: StateOrNone) => STATE_LABELS[state].ja;
export const deadlineStatusLabel = (status: DeadlineStatus) => DEADLINE_STATUS_LABELS[status].ja;
/** 令和9年1月15日 */
export const dateLabel = (isoDate: string) => formatDate(isoDate);
/** Numbers as Japanese documents write them: 1,234.5 */
export const numberLabel = (n: number) => n.toLocaleString('ja-JP', { maximumFractionDigits: 3 });

export const reportHref = (r: { projectId: string; periodId: string; orgCode: string }) => `/joint-projects/${r.projectId}/reports/${r.periodId}/${r.orgCode}`;
