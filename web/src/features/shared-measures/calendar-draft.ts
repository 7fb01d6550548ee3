import type { ReportingWindow } from '../../../../shared/shared-measures/calendar';
import type { PeriodKind } from '../../../../shared/shared-measures/definition';
import { currentPeriodOf } from '../../../../shared/shared-measures/periods';

/** A YYYY-MM-DD date moved by whole months, the day kept where the month has it (31 Jan + 1 month → 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

const STEP: Record<PeriodKind, number> = { fiscal_year: 12, month: 1, as_of: 12 };

function nextPeriod(kind: PeriodKind, period: string): string {
  if (kind === 'fiscal_year') return `FY${Number(period.slice(2)) + 1}`;
  if (kind === 'month') return addMonths(`${period}-01`, 1).slice(0, 7);
  return addMonths(period, 12);
}

/**
 * The window an administrator most likely adds next: the period after the newest one, opening and closing one
 * step (a year, a month) after it — FY2025 1 Apr–31 May 2026 → FY2026 1 Apr–31 May 2027. With no window yet, a
 * starting point for the administrator to correct: the period running now, opening today, due two months on.
 */
export function suggestNextWindow(kind: PeriodKind, calendar: readonly ReportingWindow[], today: string): ReportingWindow {
  const newest = [...calendar].sort((a, b) => a.period.localeCompare(b.period)).at(-1);
  if (!newest) return { period: currentPeriodOf(kind, new Date(`${today}T00:00:00+09:00`)), opensOn: today, deadline: addMonths(today, 2) };
  const step = STEP[kind];
  return { period: nextPeriod(kind, newest.period), opensOn: addMonths(newest.opensOn, step), deadline: addMonths(newest.deadline, step) };
}
