import type { ProgressReport } from '../../../shared/api/joint-projects';
import type { Principal } from '../../../shared/auth/roles';
import type { JointProject, ReportingPeriod } from '../../../shared/joint-projects/definition';
import type { Participation } from '../../../shared/joint-projects/participation';
import {
  ACTION_LABELS,
  actorFor,
  decideTransition,
  STATE_LABELS,
  type ReportAction,
  type ReportActor,
  type StateOrNone,
} from '../../../shared/joint-projects/workflow';
import { prefectureOrgCode } from '../../../shared/org/codes';
import { conflict, forbidden, notFound } from '../../../shared/errors';
import { getReportWithProject, type ReportKey } from './progress-reports.table';
import { organisationsOf } from '../organisations';
import { organisationNames } from '../../../shared/org/organisation';

/** Everything a report operation decides on, read in one round of parallel reads. */
export interface ReportContext {
  prefCode: string;
  key: ReportKey;
  project: JointProject;
  period: ReportingPeriod;
  participation: Participation;
  report: ProgressReport | undefined;
  state: StateOrNone;
  actor: ReportActor;
  orgName: string;
  /** The municipality's name in both languages, for notices read in either. */
  orgNames: { ja: string; en: string };
}

/** Reads a report with its project and participation; 404 when any of them does not exist. */
export async function loadReportContext(key: ReportKey, principal: Principal): Promise<ReportContext> {
  const prefCode = prefectureOrgCode(principal.orgCode);
  const [{ project, participation, report }, organisations] = await Promise.all([getReportWithProject(prefCode, key), organisationsOf(prefCode)]);
  if (!project) throw notFound({ ja: `協働事業「${key.projectId}」`, en: `Joint project "${key.projectId}"` });
  const period = project.periods.find((p) => p.id === key.periodId);
  if (!period) throw notFound({ ja: `報告期間「${key.periodId}」`, en: `Reporting period "${key.periodId}"` });
  const orgNames = organisationNames(organisations, key.orgCode);
  const orgName = orgNames.ja;
  if (!participation) {
    throw notFound({ ja: `この事業の参加団体としての${orgName}（${key.orgCode}）`, en: `Municipality ${key.orgCode} as a participant of this project` });
  }
  return { prefCode, key, project, period, participation, report, state: report?.state ?? 'none', actor: actorFor(principal, key.orgCode), orgName, orgNames };
}

const names = (actions: readonly ReportAction[]) => ({
  ja: actions.map((a) => `「${ACTION_LABELS[a].ja}」`).join('、'),
  en: actions.map((a) => `"${ACTION_LABELS[a].en}"`).join(', '),
});

/**
 * Applies the workflow rules to one action, or throws what the caller should
 * hear: 403 when their role never takes this action on this report, 409
 * naming the actions possible now when the report's state does not allow it.
 */
export function requireTransition(ctx: ReportContext, action: ReportAction) {
  const outcome = decideTransition(ctx.state, action, ctx.actor);
  if (outcome.ok) return outcome;
  const label = ACTION_LABELS[action];
  if (outcome.problem === 'forbidden') {
    throw forbidden(
      ctx.actor === 'other'
        ? { ja: '他の市町村の報告は操作できません。自団体の報告のみ作成・提出できます。', en: 'You may act only on your own municipality’s reports.' }
        : ctx.actor === 'reviewer'
          ? { ja: `「${label.ja}」は市町村の担当者が行う操作です。`, en: `"${label.en}" is done by the municipality’s staff.` }
          : { ja: `「${label.ja}」は県の担当者が行う操作です。`, en: `"${label.en}" is done by prefecture staff.` },
    );
  }
  const state = STATE_LABELS[ctx.state];
  const allowed = names(outcome.allowed);
  throw conflict(
    'invalid_transition',
    {
      ja: `この報告は現在「${state.ja}」のため「${label.ja}」はできません。${outcome.allowed.length ? `いまできる操作: ${allowed.ja}` : 'いまできる操作はありません。'}`,
      en: `This report is "${state.en}", so it cannot be "${label.en}". ${outcome.allowed.length ? `Possible now: ${allowed.en}.` : 'Nothing can be done to it now.'}`,
    },
    { allowedActions: outcome.allowed, current: ctx.report },
  );
}
