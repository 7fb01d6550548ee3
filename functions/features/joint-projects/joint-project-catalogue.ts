import type { Principal } from '../../../shared/auth/roles';
import { projectInputSchema, type JointProject } from '../../../shared/joint-projects/definition';
import { prefectureOrgCode } from '../../../shared/org/codes';
import type { z } from 'zod';
import { invalidInput, versionConflict } from '../../../shared/errors';
import { auditPut } from '../../platform/db/audit';
import { readHistory } from '../../platform/db/history';
import { getProjectBoard, projectKeys, projectPuts } from './joint-projects.table';
import { getPlanAndMeasure } from '../plan';
import { writeVersioned } from '../../platform/db/versioned-write';

type ProjectInput = z.infer<typeof projectInputSchema>;

/** Plan measures the project names must exist (one GetItem pair per link, in parallel). */
async function checkMeasureLinks(prefCode: string, input: ProjectInput) {
  const found = await Promise.all(input.measureLinks.map((l) => getPlanAndMeasure(prefCode, l.planId, l.measureNo)));
  const missing = input.measureLinks.filter((_, i) => !found[i]!.measure);
  if (missing.length > 0) {
    throw invalidInput(
      { ja: `計画にない施策が指定されています: ${missing.map((m) => m.measureNo).join('、')}`, en: `These measures are not in the plan: ${missing.map((m) => m.measureNo).join(', ')}` },
      missing.map((m) => ({ path: `project.measureLinks.${input.measureLinks.indexOf(m)}`, message: { ja: '施策番号を確認してください。', en: 'Check the measure number.' } })),
    );
  }
}

/**
 * Adds or changes a joint project (administrators), guarded by its version and
 * audited. Phases that municipalities are in, and periods that have reports,
 * cannot be removed: their participations and reports would lose their meaning.
 */
export async function saveProject(id: string, input: ProjectInput, version: number, principal: Principal, now = new Date()): Promise<JointProject> {
  const prefCode = prefectureOrgCode(principal.orgCode);
  const { project: current, participants } = await getProjectBoard(prefCode, id);
  if ((current?.version ?? 0) !== version) throw versionConflict(current);
  const phases = new Set(input.phases.map((p) => p.id));
  const inUse = [...new Set(participants.map((p) => p.phaseId))].filter((ph) => !phases.has(ph));
  if (inUse.length > 0) {
    throw invalidInput({
      ja: `参加団体がいるフェーズは削除できません: ${inUse.join('、')}。先に参加団体のフェーズを変更してください。`,
      en: `Phases with participants cannot be removed: ${inUse.join(', ')}. Move the participants first.`,
    });
  }
  const periods = new Set(input.periods.map((p) => p.id));
  const reported = [...new Set(participants.flatMap((p) => Object.keys(p.reports)))].filter((pe) => !periods.has(pe));
  if (reported.length > 0) {
    throw invalidInput({ ja: `報告がある期間は削除できません: ${reported.join('、')}`, en: `Periods with reports cannot be removed: ${reported.join(', ')}` });
  }
  await checkMeasureLinks(prefCode, input);
  const next: JointProject = { ...input, id, version: version + 1, updatedAt: now.toISOString(), updatedBy: principal.userId };
  await writeVersioned(
    [
      ...projectPuts(prefCode, next, version),
      auditPut({
        entity: projectKeys.projectEntity(prefCode, id),
        action: current ? 'project.update' : 'project.create',
        actor: { userId: principal.userId, role: principal.role },
        at: next.updatedAt,
        before: current,
        after: next,
      }),
    ],
    () => getProjectBoard(prefCode, id).then((b) => b.project),
  );
  return next;
}

/** One page of the project definition's change history, for those platform/db/history.ts lets read it. */
export function projectHistory(project: { projectId: string }, principal: Principal, prefCode: string, page: { limit?: number; cursor?: string }) {
  return readHistory({ kind: 'jointProject', entity: projectKeys.projectEntity(prefCode, project.projectId) }, principal, page);
}
