import { z } from 'zod';
import { daysUntil, todayInJapan } from '../japan-days';
import { bilingual } from '../validation/messages';

/**
 * The reporting calendar of a shared measure, kept by the prefecture: for each period, the day reporting opens
 * and its deadline (both calendar days in Japan). Who reports is the measure's `reportedBy`. The period every
 * page opens on comes from here, never from the newest value anyone wrote (issue 15).
 */
const isoDate = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, bilingual('日付は YYYY-MM-DD で入力してください。', 'Enter dates as YYYY-MM-DD.'));

export const reportingWindowSchema = z
  .object({
    /** The measure's period key (FY2025, 2026-10, 2026-09-30). */
    period: z.string().regex(/^[0-9A-Z-]{4,10}$/),
    /** First day values may be reported. */
    opensOn: isoDate,
    /** Last day a value counts as on time. */
    deadline: isoDate,
  })
  .refine((w) => w.opensOn <= w.deadline, bilingual('締切日は受付開始日以降にしてください。', 'The deadline must not be before the opening day.'));
export type ReportingWindow = z.infer<typeof reportingWindowSchema>;

/** At most ten years of monthly periods. */
export const reportingCalendarSchema = z
  .array(reportingWindowSchema)
  .max(120)
  .refine((ws) => new Set(ws.map((w) => w.period)).size === ws.length, bilingual('同じ期間が2回あります。', 'A period appears twice.'));

type WithCalendar = { calendar?: readonly ReportingWindow[] };

const byPeriod = (a: ReportingWindow, b: ReportingWindow) => a.period.localeCompare(b.period);

/** The window of one period, if the calendar has it. */
export function windowOf(measure: WithCalendar, period: string): ReportingWindow | undefined {
  return measure.calendar?.find((w) => w.period === period);
}

/** Windows whose reporting has opened (today ≥ opensOn, in Japan), oldest period first. */
export function openedWindows(measure: WithCalendar, now: Date): ReportingWindow[] {
  const today = todayInJapan(now);
  return (measure.calendar ?? []).filter((w) => w.opensOn <= today).sort(byPeriod);
}

/**
 * The period every page shows by default (comparison, profile, headlines, council summary): the newest period
 * whose deadline has passed, so the figures shown are complete as far as the calendar expects them; before any
 * deadline has passed, the newest period that has opened. Undefined when nothing has opened.
 */
export function currentPeriod(measure: WithCalendar, now: Date): string | undefined {
  const opened = openedWindows(measure, now);
  const closed = opened.filter((w) => daysUntil(w.deadline, now) < 0);
  return (closed.at(-1) ?? opened.at(-1))?.period;
}

/** The periods being reported now: opened, deadline not yet passed. */
export function reportingNow(measure: WithCalendar, now: Date): ReportingWindow[] {
  return openedWindows(measure, now).filter((w) => daysUntil(w.deadline, now) >= 0);
}

/** Whether a submission made at `submittedAt` (ISO instant) was on time for the window: on or before its deadline day in Japan. */
export function submittedOnTime(window: ReportingWindow, submittedAt: string): boolean {
  return todayInJapan(new Date(submittedAt)) <= window.deadline;
}

