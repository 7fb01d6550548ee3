import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { toExcelCsv } from '../../shared/csv';
import { writeXlsx } from '../../functions/platform/files/xlsx';
import ExcelJS from 'exceljs';

/** The cells as a spreadsheet reads them (BOM dropped, RFC 4180 unquoted). */
const cells = (csv: string): string[][] => parse(csv, { bom: true, relaxColumnCount: true });

describe('the one CSV writer (server exports and the browser-built comparison)', () => {
  it.each([
    ['=HYPERLINK("http://x","y")'],
    ['+1+1'],
    ['-2+3'],
    ['@SUM(1)'],
    ['\t=1+1'],
    ['\r=1+1'],
    ['\n=1+1'],
    ['-'],
    ['+81 45-210-1111'],
  ])('turns text a spreadsheet would run as a formula into text with a leading quote: %j', (payload) => {
    const [, row] = cells(toExcelCsv(['note'], [[payload]]));
    expect(row).toEqual([`'${payload}`]);
  });

  it('keeps numbers numbers: a JS number and a string that is a plain decimal are written as they are', () => {
    const csv = toExcelCsv(['a', 'b', 'c', 'd', 'e', 'f'], [[-3.5, '-3.5', '+1', 0, '12', 74.6]]);
    expect(csv).toContain('\r\n-3.5,-3.5,+1,0,12,74.6\r\n');
  });

  it('neutralises strings that only look numeric at the start, and non-finite numbers', () => {
    const [, row] = cells(toExcelCsv(['a', 'b', 'c', 'd'], [['-3.5+A1', '-1e3', '+1.', -Infinity]]));
    expect(row).toEqual(["'-3.5+A1", "'-1e3", "'+1.", "'-Infinity"]);
  });

  it('leaves ordinary text, empty cells and booleans alone', () => {
    const csv = toExcelCsv(['a', 'b', 'c', 'd', 'e'], [['横浜市', '', null, undefined, true]]);
    expect(cells(csv)[1]).toEqual(['横浜市', '', '', '', 'true']);
  });

  it('still quotes commas, quotes and line breaks as RFC 4180 says, and keeps the BOM and CRLF', () => {
    const csv = toExcelCsv(['no', 'note'], [[1, '横浜市, 川崎市'], [2, '彼は"DX"と言った'], [3, '二行の\r\n備考'], [4, '=A1,"x"']]);
    expect(csv.startsWith('\uFEFFno,note\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv).toContain('\r\n1,"横浜市, 川崎市"\r\n2,"彼は""DX""と言った"\r\n3,"二行の\r\n備考"\r\n4,"\'=A1,""x"""\r\n');
    expect(cells(csv).slice(1)).toEqual([['1', '横浜市, 川崎市'], ['2', '彼は"DX"と言った'], ['3', '二行の\r\n備考'], ['4', `'=A1,"x"`]]);
  });

  it('decides each cell in linear time (100 KB of adversarial text in well under 50 ms)', () => {
    const long = ['-' + '1'.repeat(100_000) + '.', '+' + '1.'.repeat(50_000), '=' + ' '.repeat(100_000)];
    const started = performance.now();
    const csv = toExcelCsv(['a', 'b', 'c'], [long]);
    expect(performance.now() - started).toBeLessThan(50);
    expect(cells(csv)[1]!.every((c) => c.startsWith("'"))).toBe(true);
  });
});

describe('the XLSX writer', () => {
  it('writes formula-like text as a string cell, never as a formula', async () => {
    const payload = '=HYPERLINK("http://x","y")';
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(writeXlsx([{ name: 'S', columns: [{ header: '@SUM(1)', width: 10 }], rows: [[payload], [-3.5]] }]) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect([sheet.getCell('A1').type, sheet.getCell('A1').value]).toEqual([ExcelJS.ValueType.String, '@SUM(1)']);
    expect([sheet.getCell('A2').type, sheet.getCell('A2').value]).toEqual([ExcelJS.ValueType.String, payload]);
    expect([sheet.getCell('A3').type, sheet.getCell('A3').value]).toEqual([ExcelJS.ValueType.Number, -3.5]);
  });
});
