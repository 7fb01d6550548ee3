/**
 * Japanese fiscal years (年度) run April–March and are named after the year
 * they start in: FY2024 is 1 April 2024 – 31 March 2025. A fiscal year takes
 * the era of its first day's calendar year as the government names it:
 * 令和 n 年度 = 2018 + n (令和元年度 = FY2019, though 令和 began in May),
 * 平成 n 年度 = 1988 + n, 昭和 n 年度 = 1925 + n.
 */

/** Japan has had no daylight saving time since 1951, so Japan time is always UTC+9. */
const JST_OFFSET_MS = 9 * 60 * 60 * 1000;

interface Era {
  ja: string;
  /** Latin initial, as in R6 / H30 / S63. */
  initial: string;
  /** The fiscal year called 元年度 (year 1) of the era. */
  first: number;
}

/** Newest first, so the first era whose first year is ≤ a fiscal year is its era. */
const ERAS: readonly Era[] = [
  { ja: '令和', initial: 'R', first: 2019 },
  { ja: '平成', initial: 'H', first: 1989 },
  { ja: '昭和', initial: 'S', first: 1926 },
];

/** The fiscal year a moment falls in, reckoned in Japan time: 2025-03-31T15:30Z is already 1 April in Japan, so FY2025. */
export function fiscalYearOf(date: Date): number {
  const jst = new Date(date.getTime() + JST_OFFSET_MS);
  return jst.getUTCMonth() >= 3 ? jst.getUTCFullYear() : jst.getUTCFullYear() - 1;
}

/** The fiscal year now (in Japan). `now` is for tests. */
export function currentFiscalYear(now: Date = new Date()): number {
  return fiscalYearOf(now);
}

/**
 * 2024 → 令和6年度 (ja) or FY2024 (en); 2019 → 令和元年度; 2018 → 平成30年度;
 * 1988 → 昭和63年度. Years before 昭和 fall back to the Western year (1925年度).
 */
export function formatFiscalYear(fiscalYear: number, lang: 'ja' | 'en' = 'ja'): string {
  if (lang === 'en') return `FY${fiscalYear}`;
  const era = ERAS.find((e) => fiscalYear >= e.first);
  if (!era || !Number.isInteger(fiscalYear)) return `${fiscalYear}年度`;
  const n = fiscalYear - era.first + 1;
  return `${era.ja}${n === 1 ? '元' : n}年度`;
}

const WESTERN = /^(?:FY)?\s*(\d{4})\s*(?:年度)?$/i;
const JAPANESE = /^(令和|平成|昭和|R|H|S)\s*(元|\d{1,2})\s*(?:年度)?$/i;

/**
 * Reads a fiscal year as people write it: 2024, FY2024, 2024年度, 令和6年度,
 * 令和６年度, 令和元年度, R6, H30, S63 (full-width characters too). Undefined for
 * anything else, including year 0 of an era and two-digit Western years (FY24,
 * which is ambiguous).
 */
export function parseFiscalYear(text: string): number | undefined {
  const s = text.normalize('NFKC').trim();
  const western = WESTERN.exec(s);
  if (western) return Number(western[1]);
  const japanese = JAPANESE.exec(s);
  if (!japanese) return undefined;
  const n = japanese[2] === '元' ? 1 : Number(japanese[2]);
  const name = japanese[1]!.toUpperCase();
  const era = ERAS.find((e) => e.ja === name || e.initial === name);
  if (!era || n < 1) return undefined;
  return era.first + n - 1;
}

/** The first and last day of a fiscal year, as ISO dates: 2024 → 2024-04-01 … 2025-03-31. */
export function fiscalYearRange(fiscalYear: number): { start: string; end: string } {
  return { start: `${fiscalYear}-04-01`, end: `${fiscalYear + 1}-03-31` };
}

/** Whether an ISO date (YYYY-MM-DD) lies in the fiscal year; the date is a calendar day in Japan. */
export function isInFiscalYear(isoDate: string, fiscalYear: number): boolean {
  const { start, end } = fiscalYearRange(fiscalYear);
  const day = isoDate.slice(0, 10);
  return day >= start && day <= end;
}

/** The dates eras began (calendar dates, unlike fiscal-year naming above). */
const ERA_STARTS = [
  { ja: '令和', start: '2019-05-01' },
  { ja: '平成', start: '1989-01-08' },
  { ja: '昭和', start: '1926-12-25' },
] as const;

/**
 * A date as Japanese documents write it: 2026-10-15 → 令和8年10月15日
 * (2019-05-01 → 令和元年5月1日; 2019-04-30 → 平成31年4月30日). `en` gives 15 Oct 2026.
 */
export function formatDate(isoDate: string, lang: 'ja' | 'en' = 'ja'): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number) as [number, number, number];
  if (lang === 'en') return `${d} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]} ${y}`;
  const era = ERA_STARTS.find((e) => isoDate.slice(0, 10) >= e.start);
  if (!era) return `${y}年${m}月${d}日`;
  const n = y - Number(era.start.slice(0, 4)) + 1;
  return `${era.ja}${n === 1 ? '元' : n}年${m}月${d}日`;
}

const PART = /^(\d{4})-(FY|Q[1-4]|H[12])$/;

/**
 * A joint project's reporting period by its id, in English: 2026-Q1 → FY2026 Q1, 2026-H2 → FY2026 H2,
 * 2026-FY → FY2026. The project file gives each period a Japanese label (令和8年度 第1四半期); English pages
 * derive theirs from the id, and keep the label for ids of any other shape.
 */
export function reportingPeriodLabel(period: { id: string; label: string }, lang: 'ja' | 'en' = 'ja'): string {
  const m = lang === 'en' ? PART.exec(period.id) : null;
  if (!m) return period.label;
  return m[2] === 'FY' ? `FY${m[1]}` : `FY${m[1]} ${m[2]}`;
}
