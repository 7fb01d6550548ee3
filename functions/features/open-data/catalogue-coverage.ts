import type { DatasetDefinition } from '../../../shared/open-data/datasets';
import type { TemporalCoverage } from '../../../shared/open-data/dcat';
import { periodDays } from '../../../shared/shared-measures/periods';
import { listAllBoards } from '../joint-projects';
import { catalogueOf } from '../shared-measures';
import { listPlans, loadPlan, readableYears } from '../plan';

/** The widest span of a list of spans, or undefined for none. */
function span(spans: readonly TemporalCoverage[]): TemporalCoverage | undefined {
  if (spans.length === 0) return undefined;
  return { start: spans.map((s) => s.start).sort()[0]!, end: spans.map((s) => s.end).sort().at(-1)! };
}

/**
 * What each dataset covers in time, for the DCAT catalogue: the plan years published (the only ones the dataset
 * holds), the periods of the shared
 * measures' reporting calendars, and the joint projects' reporting deadlines. Three reads in parallel, all cached
 * reference data or single Queries.
 */
export async function catalogueCoverage(prefCode: string): Promise<Partial<Record<DatasetDefinition['id'], TemporalCoverage>>> {
  const [plans, catalogue, boards] = await Promise.all([listPlans(prefCode, 100), catalogueOf(prefCode), listAllBoards(prefCode)]);
  const definitions = await Promise.all(plans.items.map((p) => loadPlan(prefCode, p.id)));
  const years = definitions.flatMap((plan) => readableYears(plan, undefined));
  const values = span(catalogue.flatMap((m) => (m.calendar ?? []).map((w) => periodDays(m.period, w.period))));
  const deadlines = boards.flatMap(({ project }) => project.periods.map((p) => p.deadline)).sort();
  const projects = deadlines.length > 0 ? { start: deadlines[0]!, end: deadlines.at(-1)! } : undefined;
  return {
    ...(years.length > 0 ? { 'plan-results': { start: `${Math.min(...years)}-04-01`, end: `${Math.max(...years) + 1}-03-31` } } : {}),
    ...(values ? { 'shared-values': values } : {}),
    ...(projects ? { 'joint-project-participation': projects, 'joint-project-figures': projects } : {}),
  };
}
