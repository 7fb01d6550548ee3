import { formatFiscalYear } from '../fiscal-year';
import type { PeriodKind } from './definition';

const PATTERNS: Record<PeriodKind, RegExp> = {
  month: /^(\d{4})-(0[1-9]|1[0-2])$/,
  fiscal_year: /^FY(\d{4})$/,
  as_of: /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
};

/** Whether a period key is well formed for the kind (and, for dates, a real day). */
export function isValidPeriod(kind: PeriodKind, key: string): boolean {
  const m = PATTERNS[kind].exec(key);
  if (!m) return false;
  const year = Number(m[1]);
  if (year < 2000 || year > 2100) return false;
  if (kind !== 'as_of') return true;
  const date = new Date(`${key}T00:00:00Z`);
  return date.toISOString().slice(0, 10) === key;
}

/** The period before: 2024-01 → 2023-12, FY2024 → FY2023; undefined for as-of dates (no fixed step). */
export function previousPeriod(kind: PeriodKind, key: string): string | undefined {
  if (kind === 'fiscal_year') return `FY${Number(key.slice(2)) - 1}`;
  if (kind === 'month') {
    const [y, m] = key.split('-').map(Number) as [number, number];
    return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
  }
  return undefined;
}

/** The `count` periods ending at `last`, oldest first (months and fiscal years only). */
export function periodsEndingAt(kind: PeriodKind, last: string, count: number): string[] {
  const out = [last];
  while (out.length < count) {
    const prev = previousPeriod(kind, out[0]!);
    if (!prev) break;
    out.unshift(prev);
  }
  return out;
}

/** 2024-08 → 2024年8月 / Aug 2024; FY2024 → 令和6年度 / FY2024; 2024-08-31 → 2024年8月31日時点. */
export function periodLabel(kind: PeriodKind, key: string, lang: 'ja' | 'en' = 'ja'): string {
  if (kind === 'fiscal_year') return formatFiscalYear(Number(key.slice(2)), lang);
  const [y, m, d] = key.split('-').map(Number);
  if (lang === 'en') {
    const month = new Date(Date.UTC(y!, m! - 1, 1)).toLocaleString('en', { month: 'short', timeZone: 'UTC' });
    return kind === 'month' ? `${month} ${y}` : `as of ${d} ${month} ${y}`;
  }
  return kind === 'month' ? `${y}年${m}月` : `${y}年${m}月${d}日時点`;
}
