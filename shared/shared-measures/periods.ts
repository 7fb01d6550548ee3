import { fiscalYearOf, formatFiscalYear } from '../fiscal-year';
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

/** Japan has no daylight saving time: Japan's calendar day is UTC+9 all year. */
const JST_OFFSET_MS = 9 * 60 * 60 * 1000;

/**
 * The period running now in Japan: this month (2026-11), this fiscal year
 * (FY2026) or today (2026-11-28). Nobody can report a period after it: a value
 * for a future period is a typo at best, and at worst it would make an empty
 * period look like the newest one for everybody.
 */
export function currentPeriodOf(kind: PeriodKind, now: Date = new Date()): string {
  if (kind === 'fiscal_year') return `FY${fiscalYearOf(now)}`;
  const today = new Date(now.getTime() + JST_OFFSET_MS).toISOString().slice(0, 10);
  return kind === 'month' ? today.slice(0, 7) : today;
}

/** Whether a (well-formed) period key lies after the period running now; keys of one kind sort as text. */
export function isFuturePeriod(kind: PeriodKind, key: string, now: Date = new Date()): boolean {
  return key > currentPeriodOf(kind, now);
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

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** 2024-08 → 2024年8月 / Aug 2024; FY2024 → 令和6年度 / FY2024; 2024-08-31 → 2024年8月31日時点. */
export function periodLabel(kind: PeriodKind, key: string, lang: 'ja' | 'en' = 'ja'): string {
  if (kind === 'fiscal_year') return formatFiscalYear(Number(key.slice(2)), lang);
  const [y, m, d] = key.split('-').map(Number);
  if (lang === 'en') {
    // Spelled out rather than from Intl: some locales' data write September "Sept", and labels must not vary by runtime.
    const month = MONTHS_EN[m! - 1];
    return kind === 'month' ? `${month} ${y}` : `as of ${d} ${month} ${y}`;
  }
  return kind === 'month' ? `${y}年${m}月` : `${y}年${m}月${d}日時点`;
}

/** The kind a well-formed period key is of (FY2024 → fiscal_year, 2024-08 → month, 2024-08-31 → as_of), for a key that came without its measure. */
export function periodKindOf(key: string): PeriodKind {
  return key.startsWith('FY') ? 'fiscal_year' : key.length === 7 ? 'month' : 'as_of';
}

const EXAMPLES: Record<PeriodKind, string> = { month: '2024-08', fiscal_year: 'FY2024', as_of: '2024-08-31' };

/**
 * Why a period cannot take a value now, in both languages, or undefined when
 * it can: the form, the CSV import and the catalogue all ask this one question.
 */
export function periodProblem(kind: PeriodKind, key: string, now: Date = new Date()): { ja: string; en: string } | undefined {
  if (!isValidPeriod(kind, key)) {
    const example = EXAMPLES[kind];
    return {
      ja: `期間「${key}」はこの指標の期間の形式ではありません（例: ${example}＝${periodLabel(kind, example)}）。`,
      en: `"${key}" is not a period of this measure (e.g. ${example} = ${periodLabel(kind, example, 'en')}).`,
    };
  }
  if (isFuturePeriod(kind, key, now)) {
    const current = currentPeriodOf(kind, now);
    return {
      ja: `${periodLabel(kind, key)}はまだ来ていない期間です。${periodLabel(kind, current)}までの期間を指定してください。`,
      en: `${periodLabel(kind, key, 'en')} has not begun yet. Choose a period up to ${periodLabel(kind, current, 'en')}.`,
    };
  }
  return undefined;
}

/** The calendar days a (well-formed) period covers: FY2024 → 2024-04-01…2025-03-31, 2024-02 → 2024-02-01…2024-02-29. */
export function periodDays(kind: PeriodKind, key: string): { start: string; end: string } {
  if (kind === 'fiscal_year') {
    const year = Number(key.slice(2));
    return { start: `${year}-04-01`, end: `${year + 1}-03-31` };
  }
  if (kind === 'as_of') return { start: key, end: key };
  const [y, m] = key.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { start: `${key}-01`, end: `${key}-${String(last).padStart(2, '0')}` };
}
