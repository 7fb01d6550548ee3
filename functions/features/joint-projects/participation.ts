import type { Principal } from '../../../shared/auth/roles';
import type { Participation } from '../../../shared/joint-projects/participation';
import { prefectureOrgCode } from '../../../shared/org/codes';
import { invalidInput, notFound, versionConflict } from '../../../shared/errors';
import { auditPut } from '../../platform/db/audit';
import { getParticipation, getProject, participationCreate, participationUpdate, projectKeys } from './joint-projects.table';
import { organisationsOf } from '../organisations';
import { writeVersioned } from '../../platform/db/versioned-write';

export interface ParticipationInput {
  version: number;
  phaseId: string;
  contactEmails: string[];
  note: string;
}

/** Adds a municipality to a project or moves it to another phase (prefecture staff), audited. */
export async function setParticipation(projectId: string, orgCode: string, input: ParticipationInput, principal: Principal, now = new Date()): Promise<Participation> {
  const prefCode = prefectureOrgCode(principal.orgCode);
  const [project, organisations, current] = await Promise.all([
    getProject(prefCode, projectId),
    organisationsOf(prefCode),
    getParticipation(prefCode, projectId, orgCode),
  ]);
  if (!project) throw notFound({ ja: `協働事業「${projectId}」`, en: `Joint project "${projectId}"` });
  if (!organisations.some((o) => o.code === orgCode && o.kind !== 'prefecture')) {
    throw notFound({ ja: `団体コード ${orgCode} の市町村`, en: `Municipality ${orgCode}` });
  }
  if (!project.phases.some((p) => p.id === input.phaseId)) {
    throw invalidInput({ ja: `フェーズ「${input.phaseId}」はこの事業にありません。`, en: `This project has no phase "${input.phaseId}".` }, [
      { path: 'phaseId', message: { ja: `次から選んでください: ${project.phases.map((p) => p.name).join('、')}`, en: `Choose one of: ${project.phases.map((p) => p.id).join(', ')}` } },
    ]);
  }
  if ((current?.version ?? 0) !== input.version) throw versionConflict(current);
  const at = now.toISOString();
  const next: Participation = {
    projectId,
    orgCode,
    phaseId: input.phaseId,
    contactEmails: input.contactEmails,
    note: input.note,
    phaseSince: current && current.phaseId === input.phaseId ? current.phaseSince : at,
    reports: current?.reports ?? {},
    approvedFigures: current?.approvedFigures ?? {},
    sample: current?.sample ?? false,
    version: input.version + 1,
    updatedAt: at,
    updatedBy: principal.userId,
  };
  await writeVersioned(
    [
      current ? participationUpdate(prefCode, next, input.version) : participationCreate(prefCode, next),
      auditPut({
        entity: projectKeys.participationEntity(prefCode, projectId, orgCode),
        action: current ? 'participation.update' : 'participation.create',
        actor: { userId: principal.userId, role: principal.role },
        at,
        before: current,
        after: next,
      }),
    ],
    () => getParticipation(prefCode, projectId, orgCode),
  );
  return next;
}
