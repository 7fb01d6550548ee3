import type { PlanSummary, RatingCounts, SummaryGroup } from '../api/plans';
import type { MeasureResult } from '../plan/result';
import type { Measure, PlanGroup } from '../plan/structure';
import { buildGroupTree, pathAndAncestors, type GroupNode } from '../plan/tree';
import { officialRating } from './engine';
import type { RatingScheme } from './scheme';

export interface SummaryInput {
  planId: string;
  fiscalYear: number;
  scheme: RatingScheme;
  groups: readonly PlanGroup[];
  measures: readonly Measure[];
  results: readonly Pick<MeasureResult, 'measureNo' | 'confirmedRating' | 'computedRating'>[];
}

/** Counts with every level of the scheme at 0, so that a summary always names every level. */
export const zeroCounts = (scheme: RatingScheme): RatingCounts => Object.fromEntries(scheme.levels.map((l) => [l.id, 0]));

/**
 * The summary of the 点検報告書 (contract: GET …/summary): measures counted
 * by official rating (confirmed, else computed), in total and for every group
 * at every level, groups in the plan's order, every level of the scheme named
 * in every count. Abolished measures, measures with no rating for the year and
 * ratings the scheme does not know are not counted.
 */
export function buildPlanSummary(input: SummaryInput): PlanSummary {
  const { scheme } = input;
  const ratingOf = new Map(input.results.map((r) => [r.measureNo, officialRating(r)]));
  const total = zeroCounts(scheme);
  const countsByPath = new Map(input.groups.map((g) => [g.path, zeroCounts(scheme)]));
  for (const measure of input.measures) {
    const rating = ratingOf.get(measure.measureNo);
    if (measure.abolished || !rating || !Object.hasOwn(total, rating)) continue;
    total[rating]! += 1;
    for (const path of pathAndAncestors(measure.groupPath)) {
      const counts = countsByPath.get(path);
      if (counts) counts[rating]! += 1;
    }
  }
  const node = ({ group, children }: GroupNode): SummaryGroup => ({
    id: group.path,
    name: group.name,
    ...(group.nameEn ? { nameEn: group.nameEn } : {}),
    level: group.level,
    counts: countsByPath.get(group.path) ?? zeroCounts(scheme),
    groups: children.map(node),
  });
  return { planId: input.planId, fiscalYear: input.fiscalYear, total: { counts: total }, groups: buildGroupTree(input.groups).map(node) };
}

export interface SummaryRow {
  /** 計: measures with an evaluated rating. */
  evaluated: number;
  /** (集計中): measures whose rating is pending. */
  pending: number;
  /** 達成率 per level shown as a rate, in percent rounded to 0.1. */
  rates: Record<string, number>;
  /** The rates' sum over the evaluated measures (達成 + 概ね達成 = 83.4%). */
  combinedRate: number;
}

const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10);

/**
 * One row of the report's table, from a group's counts and the plan's scheme:
 * 計 is the sum over `evaluated` levels, (集計中) over `pending` ones, and each
 * `showRate` level's 達成率 is its share of 計 (合計: 126 15 28 169 (10) →
 * 74.6% 8.9% 83.4%). The combined rate is computed from the summed counts,
 * not by adding rounded rates, as the report does. All rates are 0 when
 * nothing was evaluated.
 */
export function summaryRow(counts: RatingCounts, scheme: RatingScheme): SummaryRow {
  const sum = (role: string) => scheme.levels.filter((l) => l.role === role).reduce((s, l) => s + (counts[l.id] ?? 0), 0);
  const evaluated = sum('evaluated');
  const shown = scheme.levels.filter((l) => l.showRate);
  return {
    evaluated,
    pending: sum('pending'),
    rates: Object.fromEntries(shown.map((l) => [l.id, percent(counts[l.id] ?? 0, evaluated)])),
    combinedRate: percent(shown.reduce((s, l) => s + (counts[l.id] ?? 0), 0), evaluated),
  };
}
