import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDigit, isPrefectureCode, isValidOrgCode, prefectureOrgCode } from '../../shared/org/codes';
import { toExcelCsv } from '../../shared/csv';

describe('organisation codes (全国地方公共団体コード, JIS X 0402)', () => {
  it('compute the check digit by the README formula', () => {
    expect(checkDigit('13104')).toBe(1); // 131041 新宿区, remainder 0
    expect(checkDigit('13113')).toBe(0); // 131130 渋谷区, remainder 1
    expect(checkDigit('01101')).toBe(1); // 011011 札幌市中央区
    expect(checkDigit('13000')).toBe(1); // 130001 東京都
    expect(checkDigit('14100')).toBe(3); // 141003 横浜市
    expect(checkDigit('14000')).toBe(7); // 140007 神奈川県
  });

  it('refuse anything but five digits', () => {
    for (const bad of ['1410', '141000', '14a00', '']) expect(() => checkDigit(bad)).toThrow();
  });

  it('validate six-digit codes', () => {
    for (const good of ['131041', '131130', '011011', '130001', '141003', '140007']) expect(isValidOrgCode(good), good).toBe(true);
    for (const bad of ['141004', '14100', '1410033', 'abcdef', '', '000000', '481008']) expect(isValidOrgCode(bad), bad).toBe(false);
  });

  it('every code in the municipalities file is valid, and one is the prefecture', () => {
    const rows = parse(readFileSync('data/kanagawa-dx/kanagawa-municipalities.csv', 'utf8'), { columns: true }) as { code: string; kind: string }[];
    expect(rows).toHaveLength(34);
    for (const { code } of rows) expect(isValidOrgCode(code), code).toBe(true);
    expect(rows.filter((r) => isPrefectureCode(r.code)).map((r) => r.kind)).toEqual(['prefecture']);
    expect(new Set(rows.map((r) => prefectureOrgCode(r.code)))).toEqual(new Set(['140007']));
  });

  it('find the prefecture of any organisation', () => {
    expect(prefectureOrgCode('141003')).toBe('140007');
    expect(prefectureOrgCode('140007')).toBe('140007');
    expect(prefectureOrgCode('011011')).toBe('010006');
    expect(prefectureOrgCode('131041')).toBe('130001');
    expect(prefectureOrgCode('472018')).toBe('470007');
    expect(() => prefectureOrgCode('x41003')).toThrow();
  });
});

describe('CSV for Excel (shared/csv.ts)', () => {
  it('starts with a BOM, quotes only where needed and ends lines with CRLF', () => {
    const csv = toExcelCsv(['番号', '名称'], [['1-1', 'a,b'], ['1-2', 'say "hi"'], ['1-3', null]]);
    expect(csv).toBe('\uFEFF番号,名称\r\n1-1,"a,b"\r\n1-2,"say ""hi"""\r\n1-3,\r\n');
  });
});
