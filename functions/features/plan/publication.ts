import type { Principal } from '../../../shared/auth/roles';
import type { YearPublication } from '../../../shared/plan/publication';
import { conflict, notFound, versionConflict } from '../../../shared/errors';
import { formatFiscalYear } from '../../../shared/fiscal-year';
import { auditPut } from '../../platform/db/audit';
import { tableName } from '../../platform/db/client';
import { keys } from '../../platform/db/keys';
import { ConditionFailedError, transactWrite } from '../../platform/db/transactions';
import { planDefinitionItem, type PlanRecord } from './plans.table';
import { loadPlan } from './plan-year';
import { listYearResults } from './results.table';
import { writePublishedResults } from './publication-snapshot';
import type { MeasureResult } from '../../../shared/plan/result';

/**
 * Moves a plan year from 作成中 to 公表済: a deliberate act, recorded in the plan's audit trail, guarded by the
 * plan's version so that two administrators (or an import running meanwhile) cannot cross. Publishing a year already
 * published is a 409 that shows the record as it stands.
 */
export async function publishYear(
  prefCode: string,
  planId: string,
  fiscalYear: number,
  principal: Pick<Principal, 'userId' | 'role'>,
  /** The plan version the administrator saw (undefined: the seed, which publishes whatever stands). */
  expectedVersion: number | undefined,
  now: Date = new Date(),
): Promise<YearPublication> {
  const [plan, results] = await Promise.all([loadPlan(prefCode, planId), listYearResults(prefCode, planId, fiscalYear)]);
  if (!plan.years.includes(fiscalYear)) throw notFound({ ja: `${fiscalYear}年度の計画データ`, en: `Plan data for FY${fiscalYear}` });
  const current = plan.publications?.[String(fiscalYear)];
  if (current?.status === 'published') {
    throw conflict(
      'already_published',
      {
        ja: `${formatFiscalYear(fiscalYear)}はすでに公表済みです（${current.publishedAt?.slice(0, 10) ?? ''}）。公表後の修正は各施策の編集から正誤として記録されます。`,
        en: `${formatFiscalYear(fiscalYear, 'en')} is already published (${current.publishedAt?.slice(0, 10) ?? ''}). Later corrections are recorded as errata when a measure is edited.`,
      },
      { current },
    );
  }
  if (expectedVersion !== undefined && expectedVersion !== plan.version) throw versionConflict(current ?? null);
  // The published version first; the year counts as 公表済 only once all of it is written.
  await writePublishedResults(prefCode, planId, fiscalYear, results);
  const publication: YearPublication = { fiscalYear, status: 'published', publishedAt: now.toISOString(), publishedBy: principal.userId, errataCount: 0 };
  const next: PlanRecord = {
    definition: plan.definition,
    years: plan.years,
    version: plan.version + 1,
    publications: { ...plan.publications, [String(fiscalYear)]: publication },
  };
  try {
    await transactWrite([
      {
        Update: {
          TableName: tableName(),
          Key: planDefinitionItem.key(prefCode, { planId }),
          UpdateExpression: 'SET publications = :p, version = :next',
          ConditionExpression: 'version = :expected',
          ExpressionAttributeValues: { ':p': next.publications, ':next': next.version, ':expected': plan.version },
        },
      },
      auditPut({
        entity: keys.planEntity(prefCode, planId),
        action: 'year.publish',
        actor: { userId: principal.userId, role: principal.role },
        at: publication.publishedAt!,
        fiscalYear,
        before: current ?? { fiscalYear, status: 'draft' },
        after: publication,
      }),
    ]);
  } catch (error) {
    if (error instanceof ConditionFailedError) throw versionConflict((await loadPlan(prefCode, planId)).publications?.[String(fiscalYear)] ?? null);
    throw error;
  }
  await catchUpEditsMadeWhilePublishing(prefCode, planId, fiscalYear, results, publication.publishedAt!);
  return publication;
}

/**
 * An edit saved between the read of the results above and the publication's commit belongs to the published version
 * (it was made while the year was 作成中, so it has no erratum): it is copied in. Edits after the commit cannot be
 * among them, because an edit of a draft year fails if the year was published meanwhile (measure-update.ts).
 */
async function catchUpEditsMadeWhilePublishing(prefCode: string, planId: string, fiscalYear: number, read: readonly MeasureResult[], publishedAt: string) {
  const versions = new Map(read.map((r) => [r.measureNo, r.version]));
  const now = await listYearResults(prefCode, planId, fiscalYear);
  const missed = now.filter((r) => versions.get(r.measureNo) !== r.version && r.updatedAt < publishedAt);
  if (missed.length > 0) await writePublishedResults(prefCode, planId, fiscalYear, [...read.filter((r) => !missed.some((m) => m.measureNo === r.measureNo)), ...missed]);
}
