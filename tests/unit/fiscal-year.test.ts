import { describe, expect, it } from 'vitest';
import { currentFiscalYear, fiscalYearOf, fiscalYearRange, formatFiscalYear, isInFiscalYear, parseFiscalYear } from '../../shared/fiscal-year';

describe('fiscal years (April–March, in Japan time)', () => {
  it('start on 1 April in Japan, whatever the clock’s zone', () => {
    expect(fiscalYearOf(new Date('2025-03-31T15:30:00Z'))).toBe(2025); // 00:30 JST on 1 April
    expect(fiscalYearOf(new Date('2025-03-31T14:59:59Z'))).toBe(2024); // 23:59 JST on 31 March
    expect(fiscalYearOf(new Date('2025-03-31T15:00:00Z'))).toBe(2025); // 00:00 JST on 1 April
    expect(fiscalYearOf(new Date('2024-04-01T00:00:00+09:00'))).toBe(2024);
    expect(fiscalYearOf(new Date('2024-03-31T23:59:59+09:00'))).toBe(2023);
    expect(fiscalYearOf(new Date('2024-12-31T20:00:00Z'))).toBe(2024); // already 1 January 2025 in Japan
    expect(fiscalYearOf(new Date('2025-01-01T00:00:00+09:00'))).toBe(2024);
    expect(fiscalYearOf(new Date('2024-07-15T12:00:00-10:00'))).toBe(2024);
    expect(currentFiscalYear(new Date('2026-04-01T00:00:00+09:00'))).toBe(2026);
  });

  it('are shown as 令和n年度 in Japanese and FY2024 in English', () => {
    expect(formatFiscalYear(2024, 'ja')).toBe('令和6年度');
    expect(formatFiscalYear(2024)).toBe('令和6年度');
    expect(formatFiscalYear(2019, 'ja')).toBe('令和元年度');
    expect(formatFiscalYear(2020, 'ja')).toBe('令和2年度');
    expect(formatFiscalYear(2018, 'ja')).toBe('平成30年度');
    expect(formatFiscalYear(1989, 'ja')).toBe('平成元年度');
    expect(formatFiscalYear(1988, 'ja')).toBe('昭和63年度');
    expect(formatFiscalYear(2027)).toBe('令和9年度');
    expect(formatFiscalYear(2024, 'en')).toBe('FY2024');
  });

  it('are read back from the ways people write them', () => {
    for (const text of ['2024', ' 2024 ', '２０２４', 'FY2024', 'fy2024', 'FY 2024', '2024年度', '令和6年度', '令和６年度', '令和6', 'R6', 'r6', 'Ｒ６', 'R06']) {
      expect(parseFiscalYear(text), text).toBe(2024);
    }
    expect(parseFiscalYear('令和元年度')).toBe(2019);
    expect(parseFiscalYear('平成31年度')).toBe(2019);
    expect(parseFiscalYear('H30')).toBe(2018);
    expect(parseFiscalYear('平成元年度')).toBe(1989);
    expect(parseFiscalYear('S63')).toBe(1988);
  });

  it('are undefined for junk', () => {
    for (const junk of ['', 'next year', '令和', 'FY24', '24', '令和0年度', 'R0', '大正5年度', '2024年', '2024-25', 'FY20245', '令和6年度です']) {
      expect(parseFiscalYear(junk), junk).toBeUndefined();
    }
  });

  it('round-trip between formatting and parsing', () => {
    for (let fy = 1926; fy <= 2100; fy += 1) {
      expect(parseFiscalYear(formatFiscalYear(fy, 'ja'))).toBe(fy);
      expect(parseFiscalYear(formatFiscalYear(fy, 'en'))).toBe(fy);
    }
  });

  it('run from 1 April to 31 March, as ISO dates', () => {
    expect(fiscalYearRange(2024)).toEqual({ start: '2024-04-01', end: '2025-03-31' });
    expect(fiscalYearRange(2019)).toEqual({ start: '2019-04-01', end: '2020-03-31' });
    expect(isInFiscalYear('2025-03-31', 2024)).toBe(true);
    expect(isInFiscalYear('2025-04-01', 2024)).toBe(false);
    expect(isInFiscalYear('2024-04-01', 2024)).toBe(true);
    expect(isInFiscalYear('2024-03-31', 2024)).toBe(false);
  });
});
