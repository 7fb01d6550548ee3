import { describe, expect, it } from 'vitest';
import { fiscalYearOf, fiscalYearRange, formatFiscalYear, parseFiscalYear } from '../../shared/fiscal-year';

describe('fiscal years (April–March, Japan time)', () => {
  it('start on 1 April in Japan', () => {
    expect(fiscalYearOf(new Date('2025-03-31T14:59:59Z'))).toBe(2024); // 23:59 JST on 31 March
    expect(fiscalYearOf(new Date('2025-03-31T15:00:00Z'))).toBe(2025); // 00:00 JST on 1 April
    expect(fiscalYearOf(new Date('2024-12-31T12:00:00Z'))).toBe(2024);
    expect(fiscalYearOf(new Date('2024-04-01T00:00:00+09:00'))).toBe(2024);
  });

  it('are shown as 令和n年度 and FY2024', () => {
    expect(formatFiscalYear(2024, 'ja')).toBe('令和6年度');
    expect(formatFiscalYear(2019, 'ja')).toBe('令和元年度');
    expect(formatFiscalYear(2018, 'ja')).toBe('平成30年度');
    expect(formatFiscalYear(2027)).toBe('令和9年度');
    expect(formatFiscalYear(2024, 'en')).toBe('FY2024');
  });

  it('are read back from the ways people write them', () => {
    for (const text of ['2024', 'FY2024', 'fy2024', '令和6年度', '令和６年度', 'R6', '2024年度']) expect(parseFiscalYear(text)).toBe(2024);
    expect(parseFiscalYear('令和元年度')).toBe(2019);
    expect(parseFiscalYear('H30')).toBe(2018);
    for (const junk of ['', 'next year', '令和', 'FY24']) expect(parseFiscalYear(junk)).toBeUndefined();
  });

  it('run from 1 April to 31 March', () => {
    expect(fiscalYearRange(2024)).toEqual({ start: '2024-04-01', end: '2025-03-31' });
  });
});
