import { randomUUID } from 'node:crypto';
import type { Notice } from '../../shared/api/joint-projects';
import type { ReportAction } from '../../shared/joint-projects/workflow';
import type { NoticeAudience } from '../repositories/notices';
import type { ReportContext } from './report-context';

export const reportLink = (k: { projectId: string; periodId: string; orgCode: string }) =>
  `/joint-projects/${k.projectId}/reports/${k.periodId}/${k.orgCode}`;

/**
 * Who hears of a report event, and what they read: a submission goes to the
 * prefecture's reviewers; a review outcome to the municipality's staff.
 */
export function reportNotice(
  ctx: ReportContext,
  event: Exclude<ReportAction, 'save'> | 'comment',
  at: string,
  comment?: string,
  fromReviewer = ctx.actor === 'reviewer',
): { audience: NoticeAudience; notice: Notice } {
  const subject = `${ctx.project.name}（${ctx.period.label}）`;
  const texts: Record<typeof event, { kind: Notice['kind']; title: string; body: string }> = {
    submit: { kind: 'submitted', title: `${ctx.orgName}が進捗報告を提出しました`, body: `${subject}の報告を確認し、承認または差戻ししてください。` },
    return: { kind: 'returned', title: `進捗報告が差し戻されました`, body: `${subject}: ${comment ?? ''}` },
    approve: { kind: 'approved', title: `進捗報告が承認されました`, body: `${subject}の報告が承認されました。` },
    reopen: { kind: 'reopened', title: `承認済みの進捗報告が差し戻されました`, body: `${subject}: ${comment ?? ''}` },
    comment: { kind: 'comment', title: `${fromReviewer ? '県' : ctx.orgName}からコメントがあります`, body: `${subject}: ${comment ?? ''}` },
  };
  const text = texts[event];
  const toPrefecture = event === 'submit' || (event === 'comment' && !fromReviewer);
  return {
    audience: toPrefecture ? 'PREF' : `ORG#${ctx.key.orgCode}`,
    notice: { id: randomUUID(), at, kind: text.kind, title: text.title, body: text.body.slice(0, 500), link: reportLink(ctx.key) },
  };
}
