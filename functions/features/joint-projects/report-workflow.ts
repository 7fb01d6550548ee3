import { STATE_RULES } from '../../../shared/joint-projects/workflow';
import { randomUUID } from 'node:crypto';
import { reportViewSchema, type ProgressReport, type ReportView } from '../../../shared/api/joint-projects';
import { relationOf, visibleTo } from '../../../shared/auth/visibility';
import type { Principal } from '../../../shared/auth/roles';
import { aggregateFigures, checkReportValues, type ReportValues } from '../../../shared/joint-projects/report-values';
import { allowedActions, canReadReport, type ReportAction } from '../../../shared/joint-projects/workflow';
import { prefectureOrgCode } from '../../../shared/org/codes';
import { conflict, forbidden, invalidInput, notFound, versionConflict } from '../../../shared/errors';
import { auditPut } from '../../platform/db/audit';
import { readHistory } from '../../platform/db/history';
import { noticePut } from '../notices';
import { commentPut, getReport, getThread, reportKeys, reportMarkUpdate, reportPut, type ReportKey } from './progress-reports.table';
import { transactWrite, type TransactItem } from '../../platform/db/transactions';
import { loadReportContext, requireTransition, type ReportContext } from './report-context';
import { reportNotice } from './report-notices';
import { withRecordedNames } from '../users';
import { writeVersioned } from '../../platform/db/versioned-write';

const hidden = (key: ReportKey) => notFound({ ja: `${key.orgCode} の報告（${key.periodId}）`, en: `The report of ${key.orgCode} for ${key.periodId}` });

/**
 * A report as the caller may see it. Other municipalities and council members
 * see only approved reports; anything else is answered as not found, so not
 * even a draft's existence leaks.
 */
export async function viewReport(key: ReportKey, principal: Principal): Promise<ReportView> {
  const [ctx, thread] = await Promise.all([loadReportContext(key, principal), getThread(prefectureOrgCode(principal.orgCode), key)]);
  if (!canReadReport(ctx.state, ctx.actor)) throw hidden(key);
  // Everyone who moved the report or wrote in its thread, named in one read of the user records.
  const transitions = ctx.report?.transitions ?? [];
  const named = await withRecordedNames(ctx.prefCode, [...transitions.map((t) => t.by), ...thread.comments.map((c) => c.by)]);
  const view: ReportView = {
    ...key,
    report: ctx.report ? { ...ctx.report, transitions: transitions.map((t, i) => ({ ...t, by: named[i]! })) } : null,
    allowedActions: allowedActions(ctx.state, ctx.actor),
    comments: thread.comments.map((c, i) => ({ ...c, by: named[transitions.length + i]! })),
    attachments: thread.attachments.filter((a) => a.status === 'stored'),
  };
  return visibleTo(reportViewSchema, view, relationOf(principal, key.orgCode));
}

function invalidValues(problems: ReturnType<typeof checkReportValues>, forSubmit: boolean) {
  return invalidInput(
    forSubmit
      ? { ja: '提出できません。入力内容を確認してください。', en: 'The report cannot be submitted yet. Check the fields.' }
      : { ja: '入力内容を確認してください。', en: 'Check the fields.' },
    problems.map((p) => ({ path: `values.${p.fieldId}`, message: p.message })),
  );
}

/** Writes a report change with its board mark, audit record and any comment or notices, all or nothing. */
async function commit(ctx: ReportContext, next: ProgressReport, expectedVersion: number, action: ReportAction, principal: Principal, extra: TransactItem[]) {
  const figures = STATE_RULES[next.state].published ? aggregateFigures(ctx.project, next.values) : undefined;
  // Guarded by the report's version: of two people acting at once (two reviewers, two tabs), exactly one wins.
  await writeVersioned(
    [
      reportPut(ctx.prefCode, next, expectedVersion),
      reportMarkUpdate(ctx.prefCode, ctx.key, { state: next.state, at: next.updatedAt }, figures),
      auditPut({
        entity: reportKeys.entity(ctx.prefCode, ctx.key),
        action: `report.${action}`,
        actor: { userId: principal.userId, role: principal.role },
        at: next.updatedAt,
        before: ctx.report,
        after: next,
      }),
      ...extra,
    ],
    () => getReport(ctx.prefCode, ctx.key),
  );
  return next;
}

/** Who acted. The token's name is not stored: readers see the name in the portal's user records (functions/features/users/user-names.ts). */
const actorOf = (principal: Principal) => ({ userId: principal.userId, name: principal.userId, role: principal.role });

/** Saves the municipality's answers (a new report starts as a draft; a returned one stays returned until resubmitted). */
export async function saveReport(key: ReportKey, input: { version: number; values: ReportValues }, principal: Principal, now = new Date()) {
  const ctx = await loadReportContext(key, principal);
  const outcome = requireTransition(ctx, 'save');
  const problems = checkReportValues(ctx.project, input.values, false);
  if (problems.length > 0) throw invalidValues(problems, false);
  if ((ctx.report?.version ?? 0) !== input.version) throw versionConflict(ctx.report);
  const at = now.toISOString();
  const next: ProgressReport = {
    ...key,
    state: outcome.to,
    values: input.values,
    transitions: ctx.report ? ctx.report.transitions : [{ action: 'save', from: 'none', to: 'draft', by: actorOf(principal), at }],
    version: input.version + 1,
    createdAt: ctx.report?.createdAt ?? at,
    updatedAt: at,
    updatedBy: principal.userId,
    ...(ctx.report?.submittedAt ? { submittedAt: ctx.report.submittedAt } : {}),
  };
  return commit(ctx, next, input.version, 'save', principal, []);
}

/** Submits, returns, approves or reopens a report; every step is recorded with who and when. */
export async function transitionReport(
  key: ReportKey,
  input: { action: Exclude<ReportAction, 'save'>; version: number; comment?: string },
  principal: Principal,
  now = new Date(),
) {
  const ctx = await loadReportContext(key, principal);
  const outcome = requireTransition(ctx, input.action);
  const report = ctx.report!; // every action but save needs an existing report (the rules say so)
  const comment = input.comment?.trim();
  if (outcome.needsComment && !comment) {
    throw invalidInput({ ja: '差戻しの理由をコメントに書いてください。', en: 'Write the reason for returning it in the comment.' }, [
      { path: 'comment', message: { ja: '理由を入力してください。', en: 'Enter a reason.' } },
    ]);
  }
  if (input.action === 'submit') {
    const problems = checkReportValues(ctx.project, report.values, true);
    if (problems.length > 0) throw invalidValues(problems, true);
  }
  if (report.version !== input.version) throw versionConflict(report);
  const at = now.toISOString();
  const next: ProgressReport = {
    ...report,
    state: outcome.to,
    transitions: [...report.transitions, { action: input.action, from: report.state, to: outcome.to, by: actorOf(principal), at }],
    version: report.version + 1,
    updatedAt: at,
    updatedBy: principal.userId,
    ...(input.action === 'submit' ? { submittedAt: at } : {}),
  };
  const { audience, notice } = reportNotice(ctx, input.action, at, comment);
  const extra = [noticePut(ctx.prefCode, audience, notice)];
  if (comment) extra.push(commentPut(ctx.prefCode, key, { id: randomUUID(), text: comment, by: actorOf(principal), at, action: input.action }));
  return commit(ctx, next, input.version, input.action, principal, extra);
}

/** Adds a comment to a report's thread (the municipality or a reviewer), and tells the other side. */
export async function addComment(key: ReportKey, text: string, principal: Principal, now = new Date()) {
  const ctx = await loadReportContext(key, principal);
  if (ctx.actor === 'other') {
    throw forbidden({ ja: 'この報告にはコメントできません。自団体の報告、または県の担当者のみコメントできます。', en: 'Only the municipality and prefecture reviewers may comment on this report.' });
  }
  if (!ctx.report) {
    throw conflict('no_report', { ja: 'まだ報告がありません。下書きを保存してからコメントしてください。', en: 'There is no report yet. Save a draft first.' });
  }
  const at = now.toISOString();
  const comment = { id: randomUUID(), text: text.trim(), by: actorOf(principal), at };
  const { audience, notice } = reportNotice(ctx, 'comment', at, comment.text);
  await transactWrite([commentPut(ctx.prefCode, key, comment), noticePut(ctx.prefCode, audience, notice)]);
  return comment;
}

/** One page of a report's change history: the municipality's and the prefecture's (platform/db/history.ts). */
export async function reportHistory(key: ReportKey, principal: Principal, prefCode: string, page: { limit?: number; cursor?: string }) {
  const history = await readHistory({ kind: 'progressReport', entity: reportKeys.entity(prefCode, key), owner: key.orgCode }, principal, page);
  await loadReportContext(key, principal); // 404 for a project, period or participant that does not exist
  return history;
}

/** Reports awaiting review across the prefecture's projects, oldest submission first: the table's read, as it is. */
export { listReviewQueue as reviewQueue } from './progress-reports.table';
