import type { IndicatorValue, MeasureResult } from '../plan/result';
import type { Direction, Indicator } from '../plan/structure';
import { normaliseText } from '../text';
import type { RatingScheme } from './scheme';

/**
 * Ratios within this distance of a threshold count as reaching it, so that
 * 80 of 100 (or 0.8 × 3,847 of 3,847) is ≥ 0.8 despite floating-point
 * division. Real figures are never this close to a threshold without being on it.
 */
const EPSILON = 1e-9;

/**
 * The achievement ratio: actual/target when higher is better, target/actual
 * when lower is better. Zeros: an actual of 0 on a lower-is-better indicator
 * is the best possible (Infinity); a target of 0 that is reached on a
 * higher-is-better one is full achievement (Infinity); any actual above a
 * target of 0 on a lower-is-better one gives 0.
 */
export function achievementRatio(target: number, actual: number, direction: Direction): number {
  if (direction === 'lower') {
    if (actual <= 0) return Number.POSITIVE_INFINITY;
    return Math.max(0, target) / actual;
  }
  if (target === 0) return actual >= 0 ? Number.POSITIVE_INFINITY : 0;
  return actual / target;
}

/** The level of a ratio: the scheme's thresholds in order, else `numericOtherwise`. */
export function rateRatio(ratio: number, scheme: RatingScheme): string {
  for (const t of scheme.rules.numeric) {
    if (t.op === 'gte' ? ratio >= t.ratio - EPSILON : ratio > t.ratio + EPSILON) return t.level;
  }
  return scheme.rules.numericOtherwise;
}

const matchesMarker = (normalised: string, markers: readonly string[]) => markers.some((m) => normaliseText(m) === normalised);

/**
 * One indicator's rating for a year, from the scheme's rules:
 * - kind `none` → `noIndicator`;
 * - a milestone staff marked met or not met (`milestoneMet`) → met / not met,
 *   whatever the wording, because that is a person's judgement;
 * - an empty actual or a pending marker (※) → `pending`;
 * - a no-result marker (実績なし) → `noResult`;
 * - a milestone → met when the actual states the target (NFKC, spacing aside);
 * - a numeric indicator → the ratio against the thresholds.
 * Undefined when the figures do not allow a rating: an actual given only as
 * text (9-1's combined 「②・③合計 3,915件」), or a numeric target with no value.
 */
export function rateIndicator(indicator: Indicator, value: IndicatorValue | undefined, scheme: RatingScheme): string | undefined {
  const { rules } = scheme;
  if (indicator.kind === 'none') return rules.noIndicator;
  if (indicator.kind === 'milestone' && value?.milestoneMet !== undefined) {
    return value.milestoneMet ? rules.milestoneMet : rules.milestoneNotMet;
  }
  const actualText = normaliseText(value?.actual.text ?? '');
  if (actualText === '' || matchesMarker(actualText, rules.pendingMarkers)) return rules.pending;
  if (matchesMarker(actualText, rules.noResultMarkers)) return rules.noResult;
  if (indicator.kind === 'milestone') {
    return actualText === normaliseText(value?.target.text ?? '') ? rules.milestoneMet : rules.milestoneNotMet;
  }
  const target = value?.target.value;
  const actual = value?.actual.value;
  if (target === undefined || actual === undefined) return undefined;
  return rateRatio(achievementRatio(target, actual, indicator.direction ?? 'higher'), scheme);
}

/** The worst (lowest-rank) of some level ids; undefined for none. Unknown ids rank below every level. */
export function worstRating(ratings: readonly string[], scheme: RatingScheme): string | undefined {
  const rank = new Map(scheme.levels.map((l) => [l.id, l.rank]));
  const rankOf = (id: string) => rank.get(id) ?? Number.NEGATIVE_INFINITY;
  return ratings.reduce<string | undefined>((worst, r) => (worst === undefined || rankOf(r) < rankOf(worst) ? r : worst), undefined);
}

/**
 * A measure's rating. With no indicator, or only unset ones (kind `none`), it
 * is `noIndicator`; unset indicators beside set ones are left out. Any
 * indicator still being tallied makes the whole measure pending, because the
 * measure cannot be judged until every part is known. Otherwise it is the worst
 * (lowest rank) of its indicators, as the published reports rate them.
 * Indicators that cannot be rated are left out; with none left the result is
 * undefined.
 */
export function rateMeasure(
  measure: { indicators: readonly Indicator[] },
  values: readonly IndicatorValue[],
  scheme: RatingScheme,
): string | undefined {
  const rated = measure.indicators.filter((i) => i.kind !== 'none');
  if (rated.length === 0) return scheme.rules.noIndicator;
  const bySubNo = new Map(values.map((v) => [v.subNo, v]));
  const ratings = rated
    .map((i) => rateIndicator(i, bySubNo.get(i.subNo), scheme))
    .filter((r): r is string => r !== undefined);
  if (ratings.includes(scheme.rules.pending)) return scheme.rules.pending;
  return worstRating(ratings, scheme);
}

/** The rating that counts: the one confirmed for the year, else the computed one; null when neither. */
export function officialRating(result: Pick<MeasureResult, 'confirmedRating' | 'computedRating'>): string | null {
  return result.confirmedRating ?? result.computedRating ?? null;
}
