import type { PeriodKind } from '../../../../shared/shared-measures/definition';
import type { ReportingWindow } from '../../../../shared/shared-measures/calendar';
import { todayInJapan } from '../../../../shared/japan-days';
import { currentPeriodOf, periodsEndingAt } from '../../../../shared/shared-measures/periods';

/** What the choice reads of a catalogue entry: `currentPeriod` is computed by the API from the calendar. */
type Measure = { period: PeriodKind; calendar?: readonly ReportingWindow[]; currentPeriod?: string };

/**
 * The period a comparison opens on: the measure's current period as the API computes it from the calendar (the
 * newest whose deadline has passed), or, for a measure without a calendar yet, the period running now.
 */
export function defaultPeriod(measure: Measure, now: Date): string {
  return measure.currentPeriod ?? currentPeriodOf(measure.period, now);
}

/**
 * The periods the comparison page offers, newest first: back from the newest window that has opened — a period
 * being reported now comes after the current one, and municipalities report into it — or from the default period
 * when that is newer; five fiscal years or 24 months.
 */
export function periodChoices(measure: Measure, now: Date): string[] {
  const fallback = defaultPeriod(measure, now);
  // As calendar.ts openedWindows reads it, without importing that module's schemas (zod stays out of the pages' chunks).
  const today = todayInJapan(now);
  const opened = (measure.calendar ?? []).filter((w) => w.opensOn <= today).map((w) => w.period).sort();
  // As-of dates have no fixed step: the calendar's own dates are the choices.
  if (measure.period === 'as_of') return [...new Set([fallback, ...opened])].sort().reverse();
  const newest = opened.at(-1) !== undefined && opened.at(-1)! > fallback ? opened.at(-1)! : fallback;
  return periodsEndingAt(measure.period, newest, measure.period === 'month' ? 24 : 5).reverse();
}
