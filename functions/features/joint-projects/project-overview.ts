import { projectListSchema, type ProjectOverview } from '../../../shared/api/joint-projects';
import type { Principal } from '../../../shared/auth/roles';
import { currentPeriod, overdueReports, periodStatuses } from '../../../shared/joint-projects/deadlines';
import { periodsByDeadline } from '../../../shared/joint-projects/periods';
import { jointProjectSchema } from '../../../shared/joint-projects/definition';
import { projectEffects } from '../../../shared/joint-projects/effects';
import { participationSchema, type Participation } from '../../../shared/joint-projects/participation';
import { relationOf, visibleTo } from '../../../shared/auth/visibility';
import { actorFor, canReadReport, STATE_RULES } from '../../../shared/joint-projects/workflow';
import { prefectureOrgCode } from '../../../shared/org/codes';
import { notFound } from '../../../shared/errors';
import { getProjectBoard, listAllProjects, listProjects } from './joint-projects.table';

/**
 * What a viewer may see of a participation: its fields as their schema declares
 * (shared/auth/visibility.ts), and of another municipality's reports only the
 * approved ones, so not even a draft's state leaks.
 */
function participationFor(principal: Principal, p: Participation): Participation {
  const relation = relationOf(principal, p.orgCode);
  const visible = visibleTo(participationSchema, p, relation);
  const reports = Object.entries(p.reports).filter(([, mark]) => canReadReport(mark.state, actorFor(principal, p.orgCode)));
  return { ...visible, reports: Object.fromEntries(reports) };
}

/** A project's board, effects, the current period's deadline status and the overdue list: one Query. */
export async function projectOverview(projectId: string, principal: Principal, now = new Date()): Promise<ProjectOverview> {
  const prefCode = prefectureOrgCode(principal.orgCode);
  const { project, participants } = await getProjectBoard(prefCode, projectId);
  if (!project) throw notFound({ ja: `協働事業「${projectId}」`, en: `Joint project "${projectId}"` });
  // Deadline status is for those who act on it: the prefecture (all) and each municipality (its own).
  const accountable = participants.filter((p) => actorFor(principal, p.orgCode) !== 'other');
  const period = currentPeriod(project, now);
  return {
    project: visibleTo(jointProjectSchema, project, relationOf(principal, undefined)),
    participants: participants.map((p) => participationFor(principal, p)),
    effects: projectEffects(project, participants),
    period: period ? { ...period, ...periodStatuses(period, accountable, now) } : null,
    overdue: overdueReports(project, accountable, now),
  };
}

/** The projects serving one plan measure, with their effects and latest approved reports (for the measure page). */
export async function projectsForMeasure(planId: string, measureNo: string, principal: Principal) {
  const prefCode = prefectureOrgCode(principal.orgCode);
  const linked = (await listAllProjects(prefCode)).filter((p) => p.measureLinks.some((l) => l.planId === planId && l.measureNo === measureNo));
  const boards = await Promise.all(linked.map((p) => getProjectBoard(prefCode, p.id)));
  return {
    items: boards.flatMap(({ project, participants }) => {
      if (!project) return [];
      const order = periodsByDeadline(project).map((p) => p.id);
      const latestApproved = participants.flatMap((p) => {
        const approved = Object.entries(p.reports).filter(([, m]) => STATE_RULES[m.state].published);
        const latest = approved.sort(([a], [b]) => order.indexOf(b) - order.indexOf(a))[0];
        return latest ? [{ orgCode: p.orgCode, periodId: latest[0], at: latest[1].at }] : [];
      });
      return [{ project: visibleTo(jointProjectSchema, project, relationOf(principal, undefined)), effects: projectEffects(project, participants), latestApproved }];
    }),
  };
}

/** One page of the prefecture's projects, in id order, as this viewer may see them. */
export async function projectPage(principal: Principal, prefCode: string, limit: number, cursor?: string) {
  const page = await listProjects(prefCode, limit, cursor);
  return visibleTo(projectListSchema, page, relationOf(principal, undefined));
}
