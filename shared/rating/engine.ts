import type { IndicatorValue, MeasureResult } from '../plan/result';
import type { Indicator } from '../plan/structure';
import { normaliseText } from '../text';
import type { RatingScheme } from './scheme';

/**
 * Ratios within this distance of a threshold count as reaching it, so that
 * 80 of 100 is ≥ 0.8 despite floating-point division.
 */
const EPSILON = 1e-9;

/**
 * The achievement ratio: actual/target when higher is better, target/actual
 * when lower is better. Zeros: reaching a target of 0 is full achievement; an
 * actual of 0 on a lower-is-better indicator is the best possible.
 */
export function achievementRatio(target: number, actual: number, direction: 'higher' | 'lower'): number {
  if (direction === 'lower') {
    if (actual <= 0) return Number.POSITIVE_INFINITY;
    return target / actual;
  }
  if (target === 0) return actual >= 0 ? Number.POSITIVE_INFINITY : 0;
  return actual / target;
}

function rateRatio(ratio: number, scheme: RatingScheme): string {
  for (const t of scheme.rules.numeric) {
    if (t.op === 'gte' ? ratio >= t.ratio - EPSILON : ratio > t.ratio + EPSILON) return t.level;
  }
  return scheme.rules.numericOtherwise;
}

const matchesMarker = (text: string, markers: readonly string[]) =>
  markers.some((m) => normaliseText(m) === text);

/**
 * One indicator's rating for a year, from the scheme's rules. Undefined when
 * the figures do not allow one: an actual given as text only (9-1's combined
 * 「②・③合計 3,915件」), or a numeric target with no value.
 */
export function rateIndicator(indicator: Indicator, value: IndicatorValue | undefined, scheme: RatingScheme): string | undefined {
  const { rules } = scheme;
  if (indicator.kind === 'none') return rules.noIndicator;
  const actualText = normaliseText(value?.actual.text ?? '');
  if (matchesMarker(actualText, rules.pendingMarkers) || actualText === '') return rules.pending;
  if (indicator.kind === 'milestone') {
    if (value?.milestoneMet !== undefined) return value.milestoneMet ? rules.milestoneMet : rules.milestoneNotMet;
    return actualText === normaliseText(value?.target.text ?? '') ? rules.milestoneMet : rules.milestoneNotMet;
  }
  if (matchesMarker(actualText, rules.noResultMarkers)) return rules.noResult;
  const target = value?.target.value;
  const actual = value?.actual.value;
  if (target === undefined || actual === undefined) return undefined;
  return rateRatio(achievementRatio(target, actual, indicator.direction ?? 'higher'), scheme);
}

/**
 * A measure's rating: any indicator still being tallied makes the whole
 * measure pending; otherwise the worst (lowest rank) of its indicators, as the
 * published reports do. Indicators that cannot be rated are left out; with
 * none left the result is undefined.
 */
export function rateMeasure(
  measure: { indicators: readonly Indicator[] },
  values: readonly IndicatorValue[],
  scheme: RatingScheme,
): string | undefined {
  const rated = measure.indicators.filter((i) => i.kind !== 'none');
  if (rated.length === 0) return scheme.rules.noIndicator;
  const byNo = new Map(values.map((v) => [v.subNo, v]));
  const ratings = rated.map((i) => rateIndicator(i, byNo.get(i.subNo), scheme)).filter((r): r is string => r !== undefined);
  if (ratings.length === 0) return undefined;
  if (ratings.includes(scheme.rules.pending)) return scheme.rules.pending;
  const rank = new Map(scheme.levels.map((l) => [l.id, l.rank]));
  return ratings.reduce((worst, r) => ((rank.get(r) ?? 0) < (rank.get(worst) ?? 0) ? r : worst));
}

/** The rating that counts: the one confirmed for the year, else the computed one. */
export function officialRating(result: Pick<MeasureResult, 'confirmedRating' | 'computedRating'>): string | null {
  return result.confirmedRating ?? result.computedRating ?? null;
}
