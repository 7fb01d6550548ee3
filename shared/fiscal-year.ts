/**
 * Japanese fiscal years run April–March and are named after the year they
 * start in. 令和 n 年度 = 2018 + n (令和元年度 = FY2019); 平成 n 年度 = 1988 + n.
 */

const JST_OFFSET_MS = 9 * 60 * 60 * 1000;

/** The fiscal year a moment falls in, reckoned in Japan time. */
export function fiscalYearOf(date: Date): number {
  const jst = new Date(date.getTime() + JST_OFFSET_MS);
  return jst.getUTCMonth() >= 3 ? jst.getUTCFullYear() : jst.getUTCFullYear() - 1;
}

/** 2024 → 令和6年度 (ja) or FY2024 (en); 2019 → 令和元年度; 2018 → 平成30年度. */
export function formatFiscalYear(fiscalYear: number, lang: 'ja' | 'en' = 'ja'): string {
  if (lang === 'en') return `FY${fiscalYear}`;
  const [era, start] = fiscalYear >= 2019 ? ['令和', 2018] : ['平成', 1988];
  const n = fiscalYear - start;
  return `${era}${n === 1 ? '元' : n}年度`;
}

/** Reads 2024, FY2024, 令和6年度, 令和元年度, R6 or H30 (full-width digits too); undefined otherwise. */
export function parseFiscalYear(text: string): number | undefined {
  const s = text.normalize('NFKC').trim();
  let m = /^(?:FY)?(\d{4})(?:年度)?$/i.exec(s);
  if (m) return Number(m[1]);
  m = /^(令和|平成|R|H)(元|\d{1,2})(?:年度)?$/i.exec(s);
  if (!m) return undefined;
  const n = m[2] === '元' ? 1 : Number(m[2]);
  const reiwa = m[1] === '令和' || m[1]!.toUpperCase() === 'R';
  return (reiwa ? 2018 : 1988) + n;
}

/** The first and last day of a fiscal year, as ISO dates. */
export function fiscalYearRange(fiscalYear: number): { start: string; end: string } {
  return { start: `${fiscalYear}-04-01`, end: `${fiscalYear + 1}-03-31` };
}
