import type { RatingScheme } from '../rating/scheme';
import { normaliseText } from '../text';
import type { IndicatorValue } from './result';
import type { Indicator } from './structure';

/**
 * Whether a measure's result has any actual figure to compute a rating from: a number for a numeric indicator,
 * a stated state (or a staff judgement) for a milestone. Without one, the computed rating only says "not known
 * yet", so it has nothing to disagree with the published rating about: an earlier plan's report printed ratings
 * without figures, and importing it must not list every measure as a discrepancy.
 */
export function hasActualFigures(indicators: readonly Indicator[], values: readonly IndicatorValue[], scheme: RatingScheme): boolean {
  const bySubNo = new Map(values.map((v) => [v.subNo, v]));
  const blank = new Set([...scheme.rules.pendingMarkers, ...scheme.rules.noResultMarkers].map(normaliseText));
  return indicators.some((indicator) => {
    const value = bySubNo.get(indicator.subNo);
    if (!value) return false;
    if (indicator.kind === 'numeric') return value.actual.value !== undefined && Number.isFinite(value.actual.value);
    if (indicator.kind === 'milestone') return value.milestoneMet !== undefined || !blank.has(normaliseText(value.actual.text));
    return false;
  });
}
