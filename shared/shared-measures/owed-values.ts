import { openedWindows, type ReportingWindow } from './calendar';
import type { SharedMeasure } from './definition';
import { periodLabel } from './periods';
import type { ReviewState } from './review';

/**
 * What the calendar expects of municipalities (issue 15): every window of a municipality-reported measure that
 * has opened expects one value from each municipality. A window is owed while the municipality has no value for
 * it, or its value was returned by the prefecture. The tasks page, the reminders and the reporting rates all ask
 * this one question, so they never disagree about what is due.
 */
export type CalendarMeasure = Pick<SharedMeasure, 'id' | 'name' | 'period' | 'reportedBy' | 'calendar'>;

/** The fields of a stored value this rule reads. */
export interface ValueState {
  measureId: string;
  period: string;
  orgCode: string;
  review?: ReviewState;
  submittedAt?: string;
  updatedAt: string;
}

export interface ExpectedWindow {
  measure: CalendarMeasure;
  window: ReportingWindow;
}

export interface OwedValue extends ExpectedWindow {
  /** No value yet, or a value the prefecture returned for correction. */
  state: 'missing' | 'returned';
}

/** The windows municipalities report in: municipality-reported measures only (the prefecture enters the others). */
export function expectedWindows(measures: readonly CalendarMeasure[], now: Date): ExpectedWindow[] {
  return measures
    .filter((m) => m.reportedBy === 'municipality')
    .flatMap((measure) => openedWindows(measure, now).map((window) => ({ measure, window })));
}

export const valueKey = (v: { measureId: string; period: string }) => `${v.measureId}#${v.period}`;

/** What one municipality still owes: its values (any measures, any periods) against the opened windows. */
export function owedValues(measures: readonly CalendarMeasure[], values: readonly ValueState[], now: Date): OwedValue[] {
  const byKey = new Map(values.map((v) => [valueKey(v), v]));
  return expectedWindows(measures, now).flatMap(({ measure, window }): OwedValue[] => {
    const value = byKey.get(valueKey({ measureId: measure.id, period: window.period }));
    if (!value) return [{ measure, window, state: 'missing' }];
    return value.review === 'returned' ? [{ measure, window, state: 'returned' }] : [];
  });
}

/** A window's measure and period in both languages (task titles, reminder lists). */
export function windowNames(measure: CalendarMeasure, period: string) {
  return {
    measure: { ja: measure.name.ja, en: measure.name.en },
    period: { ja: periodLabel(measure.period, period), en: periodLabel(measure.period, period, 'en') },
  };
}

/** The page where a municipality reports a value of one period (the comparison page opens its form). */
export const valueFormLink = (measureId: string, period: string) => `/shared-measures/${measureId}?period=${encodeURIComponent(period)}`;
