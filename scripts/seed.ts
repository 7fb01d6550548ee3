import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Principal } from '../shared/auth/roles';
import { organisationSchema, type Organisation } from '../shared/org/organisation';
import { parsePlanImport } from '../shared/plan/import';
import { putOrganisations } from '../functions/features/organisations/organisations.table';
import { listAllUsers, putUsers } from '../functions/features/users/users.table';
import type { UserRecord } from '../shared/users/user';
import { demoUsers } from '../functions/platform/auth/demo-users';
import { applyPlanImport } from '../functions/features/plan/plan-import';
import { publishYear } from '../functions/features/plan/publication';
import { DomainError } from '../shared/errors';
import { listSharedMeasures, putSharedMeasures } from '../functions/features/shared-measures/shared-measures.table';
import { putSampleValues } from '../functions/features/shared-measures/shared-values.table';
import { sharedMeasureSchema } from '../shared/shared-measures/definition';
import { sampleValues } from './sample-values';
import { projectInputSchema, type JointProject } from '../shared/joint-projects/definition';
import type { Participation } from '../shared/joint-projects/participation';
import { aggregateFigures } from '../shared/joint-projects/report-values';
import { listAllProjects, participationCreate, projectPuts } from '../functions/features/joint-projects/joint-projects.table';
import { reportPut } from '../functions/features/joint-projects/progress-reports.table';
import { MAX_TRANSACTION_ITEMS, transactWrite, type TransactItem } from '../functions/platform/db/transactions';

export const DX_PLAN_DIR = join(import.meta.dirname, '..', 'data', 'kanagawa-dx');
export const DX_PLAN_FILES = {
  plan: join(DX_PLAN_DIR, 'plan.json'),
  measures: join(DX_PLAN_DIR, 'kanagawa-dx-plan-fy2024-measures.csv'),
  indicators: join(DX_PLAN_DIR, 'kanagawa-dx-plan-fy2024-indicators.csv'),
  municipalities: join(DX_PLAN_DIR, 'kanagawa-municipalities.csv'),
};
export const SHARED_MEASURES_CATALOGUE = join(import.meta.dirname, '..', 'data', 'shared-measures', 'catalogue.json');

/** The account the first start writes seed data as, so the audit trail names it. */
const SEED_PRINCIPAL: Principal = { userId: 'system-seed', name: '初期データ', role: 'prefecture_admin', orgCode: '140007' };

/** The prefecture and its 33 municipalities, from the official code list. */
export function readOrganisations(file = DX_PLAN_FILES.municipalities): Organisation[] {
  const rows = parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true, bom: true }) as Record<string, string>[];
  return rows.map((r) =>
    organisationSchema.parse({
      code: r.code,
      name: r.name,
      nameKana: r.name_kana,
      nameEn: r.name_en,
      kind: r.kind,
      district: r.district || undefined,
    }),
  );
}

/**
 * The demo users' portal records (names, roles, status), written only where missing, so that what an
 * administrator changed on a demo user survives the next start. Each municipality's `muni-<code>` administers
 * its municipality's staff. Records written before issue 14 (no version) are completed.
 */
async function seedDemoUsers(organisations: readonly Organisation[]): Promise<void> {
  const stored = new Set((await listAllUsers('140007')).filter((u) => u.version !== undefined).map((u) => u.userId));
  const at = new Date().toISOString();
  const missing = demoUsers(organisations)
    .filter((u) => !stored.has(u.userId))
    .map(({ orgName: _orgName, ...u }): UserRecord => ({
      ...u,
      email: `${u.userId}@example.invalid`,
      orgAdmin: u.role === 'municipal_staff',
      status: 'active',
      createdAt: at,
      updatedAt: at,
      version: 1,
    }));
  await putUsers('140007', missing);
}

/**
 * The organisations and the demo users' records: who can sign in (the local provider and the local token route
 * sign in only users with a record), with or without a plan.
 */
export async function seedPeople(): Promise<Organisation[]> {
  const organisations = readOrganisations();
  await putOrganisations('140007', organisations);
  await seedDemoUsers(organisations);
  return organisations;
}

/**
 * Loads the organisations and the FY2024 DX plan. Safe to run on every start:
 * the plan import writes only what differs from what is stored.
 */
export async function seedLocalData(): Promise<{ organisations: number; changes: number }> {
  const organisations = await seedPeople();
  const parsed = parsePlanImport({
    plan: JSON.parse(readFileSync(DX_PLAN_FILES.plan, 'utf8')),
    measuresCsv: readFileSync(DX_PLAN_FILES.measures, 'utf8'),
    indicatorsCsv: readFileSync(DX_PLAN_FILES.indicators, 'utf8'),
    fiscalYear: 2024,
  });
  if (!parsed.ok) throw new Error(`The bundled DX plan files are invalid: ${JSON.stringify(parsed.errors.slice(0, 5))}`);
  const result = await applyPlanImport(parsed, 2024, SEED_PRINCIPAL, { dryRun: false });
  return { organisations: organisations.length, changes: result.changes.created + result.changes.updated };
}

/**
 * On first start (an empty catalogue): the shared-measure catalogue and the
 * sample values of all 33 municipalities, each marked as sample (サンプル).
 */
export async function seedSharedMeasures(): Promise<{ measures: number; values: number }> {
  if ((await listSharedMeasures('140007')).length > 0) return { measures: 0, values: 0 };
  const { measures } = JSON.parse(readFileSync(SHARED_MEASURES_CATALOGUE, 'utf8')) as { measures: unknown[] };
  // Version 1, so the administrators' first edit is guarded like every later one.
  const catalogue = measures.map((m) => ({ ...sharedMeasureSchema.parse(m), version: 1 }));
  const values = sampleValues(catalogue, readOrganisations());
  await putSampleValues('140007', values);
  // The catalogue last: its presence marks the seeding as complete.
  await putSharedMeasures('140007', catalogue);
  return { measures: catalogue.length, values: values.length };
}

export const JOINT_PROJECTS_FILE = join(import.meta.dirname, '..', 'data', 'joint-projects', 'projects.json');

interface SeedProject {
  id: string;
  participants: { orgCode: string; phaseId: string; since: string; sample: boolean }[];
  sampleReports: { orgCode: string; periodId: string; values: Record<string, string | number> }[];
}

/**
 * On first start (no projects yet): the joint projects of the DX plan's
 * municipal cooperation (21-1, 21-2, 21-4) with their participants. The five
 * external-talent pilot municipalities are the report's; the other
 * participants and the approved example reports are marked sample (サンプル).
 */
export async function seedJointProjects(now = new Date('2026-04-01T00:00:00Z')): Promise<{ projects: number; participants: number }> {
  if ((await listAllProjects('140007')).length > 0) return { projects: 0, participants: 0 };
  const { projects } = JSON.parse(readFileSync(JOINT_PROJECTS_FILE, 'utf8')) as { projects: (SeedProject & Record<string, unknown>)[] };
  const at = now.toISOString();
  const seedActor = { userId: SEED_PRINCIPAL.userId, name: SEED_PRINCIPAL.name, role: SEED_PRINCIPAL.role };
  let participantCount = 0;
  for (const raw of projects) {
    const { id, participants, sampleReports, ...input } = raw;
    const project: JointProject = { ...projectInputSchema.parse(input), id, version: 1, updatedAt: at, updatedBy: SEED_PRINCIPAL.userId };
    const items: TransactItem[] = [];
    for (const p of participants) {
      const reports = sampleReports.filter((r) => r.orgCode === p.orgCode);
      const participation: Participation = {
        projectId: id,
        orgCode: p.orgCode,
        phaseId: p.phaseId,
        contactEmails: [`dx-${p.orgCode}@example.lg.jp`],
        note: '',
        phaseSince: `${p.since}T00:00:00.000Z`,
        reports: Object.fromEntries(reports.map((r) => [r.periodId, { state: 'approved' as const, at }])),
        approvedFigures: Object.fromEntries(reports.map((r) => [r.periodId, aggregateFigures(project, r.values)])),
        sample: p.sample,
        version: 1,
        updatedAt: at,
        updatedBy: SEED_PRINCIPAL.userId,
      };
      items.push(participationCreate('140007', participation));
      for (const r of reports) {
        const transitions = (['save', 'submit', 'approve'] as const).map((action, i) => ({
          action,
          from: (['none', 'draft', 'submitted'] as const)[i]!,
          to: (['draft', 'submitted', 'approved'] as const)[i]!,
          by: seedActor,
          at,
        }));
        items.push(reportPut('140007', { projectId: id, periodId: r.periodId, orgCode: r.orgCode, state: 'approved', values: r.values, transitions, version: 3, createdAt: at, updatedAt: at, updatedBy: SEED_PRINCIPAL.userId, submittedAt: at }, 0));
      }
    }
    // The definition last: a project appears only once its participants are in.
    const writes = [...items, ...projectPuts('140007', project, 0)];
    for (let i = 0; i < writes.length; i += MAX_TRANSACTION_ITEMS) await transactWrite(writes.slice(i, i + MAX_TRANSACTION_ITEMS));
    participantCount += participants.length;
  }
  return { projects: projects.length, participants: participantCount };
}

/**
 * FY2024 of the DX plan as 公表済: the seed is the report the prefecture published (../shared/data's source), so the
 * portal starts where the prefecture stands, and the public pages have a year to show. Published once, recorded in
 * the plan's audit trail as the seed's act; a year already published stays as it is.
 */
export async function seedPublishedYears(fiscalYear = 2024): Promise<boolean> {
  try {
    await publishYear('140007', 'kanagawa-dx', fiscalYear, SEED_PRINCIPAL, undefined, new Date(`${fiscalYear + 1}-06-30T00:00:00Z`));
    return true;
  } catch (error) {
    if (error instanceof DomainError && error.code === 'already_published') return false;
    throw error;
  }
}

/**
 * Issue 17's working-together examples (a survey, the consultation desk's FAQ, the council's meetings): each
 * feature seeds its own (scripts/seeds/), once.
 */
export async function seedWorkingTogether(now = new Date()): Promise<{ surveys: number; consultations: number; meetings: number }> {
  const [{ seedSurveys }, { seedConsultations }, { seedMeetings }] = await Promise.all([
    import('./seeds/surveys'),
    import('./seeds/consultations'),
    import('./seeds/meetings'),
  ]);
  return { surveys: await seedSurveys(now), consultations: await seedConsultations(now), meetings: await seedMeetings(now) };
}
