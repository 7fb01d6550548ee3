import type { Viewer } from '../../../shared/auth/audiences';
import { notFound } from '../../../shared/errors';
import { formatFiscalYear } from '../../../shared/fiscal-year';
import { yearStatusOf } from '../../../shared/plan/publication';
import { loadPlanYear, type PlanYear } from './plan-year';
import { listPublishedResults } from './publication-snapshot';

/**
 * A published year as it was published: the plan's structure with the results of the published version
 * (publication-snapshot.ts) instead of the current, corrected ones. A year never published has no such version (404).
 */
export async function loadPublishedYear(prefCode: string, planId: string, fiscalYear: number, viewer: Viewer): Promise<PlanYear> {
  const [year, published] = await Promise.all([loadPlanYear(prefCode, planId, fiscalYear, viewer), listPublishedResults(prefCode, planId, fiscalYear)]);
  if (yearStatusOf(year.structure.publications, fiscalYear) !== 'published') {
    throw notFound({ ja: `${formatFiscalYear(fiscalYear)}の公表版（まだ公表されていません）`, en: `The published version of ${formatFiscalYear(fiscalYear, 'en')} (not published yet)` });
  }
  return { structure: year.structure, results: new Map(published.map((r) => [r.measureNo, r])) };
}
