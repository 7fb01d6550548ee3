import { measureDetailSchema } from '../../../shared/api/plans';
import type { Principal } from '../../../shared/auth/roles';
import { relationOf, visibleTo, type Viewer } from '../../../shared/auth/visibility';
import { officialRating } from '../../../shared/rating/engine';
import { keys } from '../../platform/db/keys';
import { readHistory } from '../../platform/db/history';
import { notFound } from '../../../shared/errors';
import { groupTrail, loadPlan, readableYears } from './plan-year';
import { listMeasureResults } from './results.table';

/**
 * A measure with its place in the plan's groups and its results in every fiscal year the viewer may read (the
 * public: published years only), oldest first.
 */
export async function measureDetail(viewer: Viewer, prefCode: string, planId: string, measureNo: string) {
  const [plan, results] = await Promise.all([loadPlan(prefCode, planId), listMeasureResults(prefCode, planId, measureNo)]);
  const measure = plan.measures.find((m) => m.measureNo === measureNo);
  if (!measure) throw notFound({ ja: `施策 ${measureNo}`, en: `Measure ${measureNo}` });
  const readable = new Set(readableYears(plan, viewer));
  return {
    planId,
    measure: { ...measure, groups: groupTrail(plan.groups, measure.groupPath) },
    results: results
      .filter((r) => readable.has(r.fiscalYear))
      .sort((a, b) => a.fiscalYear - b.fiscalYear)
      .map((r) => visibleTo(measureDetailSchema.shape.results.element, { ...r, officialRating: officialRating(r) }, relationOf(viewer, undefined))),
  };
}

/** One page of a measure's change history, for those platform/db/history.ts lets read it. */
export function measureHistory(measure: { planId: string; measureNo: string }, viewer: Principal, prefCode: string, page: { limit?: number; cursor?: string }) {
  return readHistory({ kind: 'measure', entity: keys.measureEntity(prefCode, measure.planId, measure.measureNo) }, viewer, page);
}
