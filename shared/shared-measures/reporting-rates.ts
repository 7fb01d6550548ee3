import { z } from 'zod';
import { submittedOnTime } from './calendar';
import { expectedWindows, valueKey, windowNames, type CalendarMeasure, type ExpectedWindow, type ValueState } from './owed-values';
import { daysUntil } from '../japan-days';

/**
 * Completeness and timeliness of municipal reporting, as DHIS2 defines them: the reporting rate is the share of
 * expected values that were reported, the on-time rate the share of expected values reported by the deadline
 * (both of *expected*, so a value reported late lowers the on-time rate and not the reporting rate). Each
 * municipality is expected one value per window of each municipality-reported measure (owed-values.ts).
 *
 * - reported: a value exists, in any review state (submitted, returned or confirmed), whoever entered it;
 * - on time: first submitted (`submittedAt`; for values stored before issue 15, `updatedAt`) on or before the
 *   deadline day in Japan.
 * A window is counted once its deadline has passed: before then nothing is late and nothing is missing yet.
 */
const localized = z.object({ ja: z.string(), en: z.string() });

export const rateCountsSchema = z.object({
  expected: z.number().int(),
  reported: z.number().int(),
  onTime: z.number().int(),
  /** reported / expected, in percent (one decimal); absent when nothing was expected. */
  reportingRate: z.number().optional(),
  /** onTime / expected, in percent (one decimal); absent when nothing was expected. */
  onTimeRate: z.number().optional(),
});
export type RateCounts = z.infer<typeof rateCountsSchema>;

export const reportingRatesSchema = z.object({
  /** The deadlines counted: windows whose deadline lies in [from, to], `to` no later than today. */
  from: z.string(),
  to: z.string(),
  total: rateCountsSchema,
  municipalities: z.array(rateCountsSchema.extend({ orgCode: z.string(), name: localized })),
  measures: z.array(rateCountsSchema.extend({ measureId: z.string(), name: localized })),
  /** One row per window (measure and period), by deadline: the trend. */
  periods: z.array(rateCountsSchema.extend({ measureId: z.string(), period: z.string(), periodLabel: localized, deadline: z.string() })),
});
export type ReportingRates = z.infer<typeof reportingRatesSchema>;

export interface Municipality {
  code: string;
  name: { ja: string; en: string };
}

const percent = (n: number, of: number) => Math.round((n / of) * 1000) / 10;

class Tally {
  expected = 0;
  reported = 0;
  onTime = 0;
  add(reported: boolean, onTime: boolean) {
    this.expected += 1;
    if (reported) this.reported += 1;
    if (onTime) this.onTime += 1;
  }
  counts(): RateCounts {
    const { expected, reported, onTime } = this;
    if (expected === 0) return { expected, reported, onTime };
    return { expected, reported, onTime, reportingRate: percent(reported, expected), onTimeRate: percent(onTime, expected) };
  }
}

/** The windows a range counts: deadline in [from, to] and already passed on `now`. */
export function windowsInRange(measures: readonly CalendarMeasure[], from: string, to: string, now: Date): ExpectedWindow[] {
  return expectedWindows(measures, now).filter(({ window: w }) => w.deadline >= from && w.deadline <= to && daysUntil(w.deadline, now) < 0);
}

/**
 * The figures for a range of deadlines. `values` are any stored values of the measures (other periods, other
 * organisations and the national figure are ignored); municipalities are the ones expected to report.
 */
export function reportingRates(
  measures: readonly CalendarMeasure[],
  municipalities: readonly Municipality[],
  values: readonly ValueState[],
  range: { from: string; to: string },
  now: Date,
): ReportingRates {
  const byKey = new Map(values.map((v) => [`${valueKey(v)}#${v.orgCode}`, v]));
  const total = new Tally();
  const perOrg = new Map(municipalities.map((m) => [m.code, new Tally()]));
  const perMeasure = new Map<string, { measure: CalendarMeasure; tally: Tally }>();
  const perWindow: { entry: ExpectedWindow; tally: Tally }[] = [];
  const windows = windowsInRange(measures, range.from, range.to, now).sort(
    (a, b) => a.window.deadline.localeCompare(b.window.deadline) || a.measure.id.localeCompare(b.measure.id),
  );
  for (const entry of windows) {
    const { measure, window } = entry;
    const measureTally = perMeasure.get(measure.id) ?? { measure, tally: new Tally() };
    perMeasure.set(measure.id, measureTally);
    const windowTally = new Tally();
    perWindow.push({ entry, tally: windowTally });
    for (const org of municipalities) {
      const value = byKey.get(`${valueKey({ measureId: measure.id, period: window.period })}#${org.code}`);
      const onTime = value !== undefined && submittedOnTime(window, value.submittedAt ?? value.updatedAt);
      for (const tally of [total, perOrg.get(org.code)!, measureTally.tally, windowTally]) tally.add(value !== undefined, onTime);
    }
  }
  return {
    ...range,
    total: total.counts(),
    municipalities: municipalities.map((m) => ({ orgCode: m.code, name: m.name, ...perOrg.get(m.code)!.counts() })),
    measures: [...perMeasure.values()].map(({ measure, tally }) => ({ measureId: measure.id, name: { ja: measure.name.ja, en: measure.name.en }, ...tally.counts() })),
    periods: perWindow.map(({ entry, tally }) => ({
      measureId: entry.measure.id,
      period: entry.window.period,
      periodLabel: windowNames(entry.measure, entry.window.period).period,
      deadline: entry.window.deadline,
      ...tally.counts(),
    })),
  };
}
