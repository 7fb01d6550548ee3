import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { parseFigure } from '../../shared/plan/figures';
import { checkDigit, isValidOrgCode, prefectureOrgCode } from '../../shared/org/codes';
import { toExcelCsv } from '../../shared/csv';

describe('reading printed figures', () => {
  it.each([
    ['５万人', 50000],
    ['1,200万件', 12000000],
    ['4.31億円', 431000000],
    ['99.94%', 99.94],
    ['約1,700件', 1700],
    ['約19万件', 190000],
    ['90％以上', 90],
    ['10,000人(累計)', 10000],
    ['年間12,500時間', 12500],
    ['０件', 0],
  ])('%s → %d', (text, expected) => expect(parseFigure(text)).toBe(expected));

  it.each(['※', '実績なし', '実施', ''])('%s is not a number', (text) => expect(parseFigure(text)).toBeUndefined());

  it('agrees with every numeric value of the FY2024 indicators file', () => {
    const rows = parse(readFileSync('data/kanagawa-dx/kanagawa-dx-plan-fy2024-indicators.csv', 'utf8'), { columns: true }) as Record<string, string>[];
    // 3-10 ②, 3-16, 9-10 and 12-3 were read by hand (data README), not by the general rule.
    const byHand = new Set(['3-10', '3-16', '9-10', '12-3']);
    const checked = rows.filter((r) => r.kind === 'numeric' && !byHand.has(r.measure_no!));
    for (const r of checked) {
      expect(parseFigure(r.target!), `${r.measure_no} target`).toBe(Number(r.target_value));
      if (r.actual_value) expect(parseFigure(r.actual!), `${r.measure_no} actual`).toBe(Number(r.actual_value));
    }
    expect(checked.length).toBeGreaterThan(100);
  });
});

describe('organisation codes (JIS X 0402)', () => {
  it('compute the check digit', () => {
    expect(checkDigit('13104')).toBe(1);
    expect(checkDigit('14100')).toBe(3);
    expect(isValidOrgCode('131130')).toBe(true);
    expect(isValidOrgCode('141004')).toBe(false);
  });
  it('every code in the municipalities file is valid', () => {
    const rows = parse(readFileSync('data/kanagawa-dx/kanagawa-municipalities.csv', 'utf8'), { columns: true }) as { code: string }[];
    expect(rows).toHaveLength(34);
    for (const { code } of rows) expect(isValidOrgCode(code), code).toBe(true);
  });
  it('find the prefecture of a municipality', () => {
    expect(prefectureOrgCode('141003')).toBe('140007');
    expect(prefectureOrgCode('140007')).toBe('140007');
    expect(prefectureOrgCode('011011')).toBe('010006');
  });
});

describe('CSV for Excel', () => {
  it('starts with a BOM, quotes only where needed and ends lines with CRLF', () => {
    const csv = toExcelCsv(['番号', '名称'], [['1-1', 'a,b'], ['1-2', 'say "hi"'], ['1-3', null]]);
    expect(csv).toBe('\uFEFF番号,名称\r\n1-1,"a,b"\r\n1-2,"say ""hi"""\r\n1-3,\r\n');
  });
});
