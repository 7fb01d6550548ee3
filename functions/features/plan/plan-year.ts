import type { MeasureRow } from '../../../shared/api/plans';
import type { MeasureResult } from '../../../shared/plan/result';
import type { Measure, PlanGroup } from '../../../shared/plan/structure';
import { officialRating } from '../../../shared/rating/engine';
import { notFound } from '../../../shared/errors';
import type { Viewer } from '../../../shared/auth/audiences';
import { mayReadYear, yearStatusOf } from '../../../shared/plan/publication';
import { getPlanStructure, type PlanStructure } from './plans.table';
import { listYearResults } from './results.table';

/** One page of the prefecture's plans: the table's read as it is (a re-export costs the bundle nothing, a wrapper does). */
export { listPlans as planPage } from './plans.table';

export interface PlanYear {
  structure: PlanStructure;
  results: Map<string, MeasureResult>;
}

const PLAN = { ja: '計画', en: 'The plan' };

/**
 * A plan's structure and one year's results, read with two Queries in parallel (patterns 1 and 2). A year still
 * 作成中 is "not found" for an anonymous viewer, with the same answer as a year that does not exist, so the public
 * cannot even learn that a draft is under way (shared/plan/publication.ts mayReadYear).
 */
export async function loadPlanYear(prefCode: string, planId: string, fiscalYear: number, viewer: Viewer): Promise<PlanYear> {
  const [structure, results] = await Promise.all([
    getPlanStructure(prefCode, planId),
    listYearResults(prefCode, planId, fiscalYear),
  ]);
  if (!structure) throw notFound(PLAN);
  if (!readableYears(structure, viewer).includes(fiscalYear)) {
    throw notFound({ ja: `${fiscalYear}年度の計画データ`, en: `Plan data for FY${fiscalYear}` });
  }
  return { structure, results: new Map(results.map((r) => [r.measureNo, r])) };
}

/** The plan's years this viewer may read: every year for a signed-in user, the published ones for the public. */
export function readableYears(plan: Pick<PlanStructure, 'years' | 'publications'>, viewer: Viewer): number[] {
  return plan.years.filter((fy) => mayReadYear(yearStatusOf(plan.publications, fy), viewer));
}

export async function loadPlan(prefCode: string, planId: string): Promise<PlanStructure> {
  const structure = await getPlanStructure(prefCode, planId);
  if (!structure) throw notFound(PLAN);
  return structure;
}

/** The groups from the root down to a measure's leaf group. */
export function groupTrail(groups: readonly PlanGroup[], path: string): MeasureRow['groups'] {
  const byPath = new Map(groups.map((g) => [g.path, g]));
  const parts = path.split('/');
  return parts.flatMap((_, i) => {
    const group = byPath.get(parts.slice(0, i + 1).join('/'));
    return group ? [{ level: group.level, key: group.key, name: group.name, ...(group.nameEn ? { nameEn: group.nameEn } : {}) }] : [];
  });
}

/** Joins a measure with its result for the year into one list row. */
export function toMeasureRow(groups: readonly PlanGroup[], measure: Measure, result: MeasureResult | undefined): MeasureRow {
  const values = new Map((result?.values ?? []).map((v) => [v.subNo, v]));
  return {
    measureNo: measure.measureNo,
    name: measure.name,
    bureau: measure.bureau,
    groupPath: measure.groupPath,
    groups: groupTrail(groups, measure.groupPath),
    abolished: measure.abolished,
    indicators: measure.indicators.map((ind) => ({
      ...ind,
      target: values.get(ind.subNo)?.target,
      actual: values.get(ind.subNo)?.actual,
    })),
    targetText: result?.targetText ?? '',
    actualText: result?.actualText ?? '',
    computedRating: result?.computedRating ?? null,
    confirmedRating: result?.confirmedRating ?? null,
    officialRating: result ? officialRating(result) : null,
    reason: result?.reason ?? '',
    version: result?.version ?? 0,
  };
}

export function measureRows(year: PlanYear): MeasureRow[] {
  const { groups, measures } = year.structure;
  return measures.map((m) => toMeasureRow(groups, m, year.results.get(m.measureNo)));
}
