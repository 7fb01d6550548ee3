import { randomUUID } from 'node:crypto';
import type { Notice, NoticeKind, NoticeParams } from '../../../shared/notices/notice';
import type { ReportAction } from '../../../shared/joint-projects/workflow';
import type { NoticeAudience } from '../notices';
import type { ReportContext } from './report-context';

export const reportLink = (k: { projectId: string; periodId: string; orgCode: string }) =>
  `/joint-projects/${k.projectId}/reports/${k.periodId}/${k.orgCode}`;

/**
 * Who hears of a report event, and of what: a submission goes to the
 * prefecture's reviewers; a review outcome to the municipality's staff. The
 * notice is stored as a kind with parameters; readers see it in their own
 * language (shared/notices/notice-words.ts).
 */
export function reportNotice(
  ctx: ReportContext,
  event: Exclude<ReportAction, 'save'> | 'comment',
  at: string,
  comment?: string,
  fromReviewer = ctx.actor === 'reviewer',
): { audience: NoticeAudience; notice: Notice } {
  const kinds: Record<typeof event, NoticeKind> = { submit: 'submitted', return: 'returned', approve: 'approved', reopen: 'reopened', comment: 'comment' };
  const params: NoticeParams = {
    project: ctx.project.name,
    period: ctx.period.label,
    org: ctx.orgNames,
    ...(comment && event !== 'submit' && event !== 'approve' ? { comment: comment.slice(0, 500) } : {}),
    ...(event === 'comment' ? { fromPrefecture: fromReviewer } : {}),
  };
  const toPrefecture = event === 'submit' || (event === 'comment' && !fromReviewer);
  return {
    audience: toPrefecture ? 'PREF' : `ORG#${ctx.key.orgCode}`,
    notice: { id: randomUUID(), at, kind: kinds[event], params, link: reportLink(ctx.key) },
  };
}
