import { describe, expect, it } from 'vitest';
import { readCsvRecords } from '../../shared/csv-records';
import { readCsv } from '../../shared/plan/import/csv';

describe('reading CSV as Excel and editors write it', () => {
  it('reads quoted commas, doubled quotes, line breaks inside quotes, a BOM and CRLF', () => {
    const text = '\uFEFFno,name,note\r\n1,"横浜市, 川崎市","彼は""DX""と言った"\r\n2,"二行の\r\n備考",\r\n';
    expect(readCsvRecords(text)).toEqual({
      ok: true,
      records: [
        { cells: ['no', 'name', 'note'], startLine: 1, endLine: 1 },
        { cells: ['1', '横浜市, 川崎市', '彼は"DX"と言った'], startLine: 2, endLine: 2 },
        { cells: ['2', '二行の\r\n備考', ''], startLine: 3, endLine: 4 },
      ],
    });
  });

  it('numbers rows by the line they start on, skipping blank lines and rows of empty cells', () => {
    const { table, errors } = readCsv('a,b\n1,2\n\n"x\ny",3\n,\n4,5', 'measures');
    expect(errors).toEqual([]);
    expect(table!.rows.map((r) => [r.row, r.cells.a])).toEqual([[1, '1'], [3, 'x\ny'], [6, '4']]);
  });

  it('says where a quote is never closed, or stands inside a value', () => {
    expect(readCsvRecords('a,b\n1,"open\n2,3\n')).toMatchObject({ ok: false, line: 2, message: { ja: '2行目で始まる「"」が閉じていません。' } });
    expect(readCsvRecords('a,b\n1,ab"c\n')).toMatchObject({ ok: false, line: 2, message: { en: expect.stringContaining('Line 2: a quote inside an unquoted value') } });
    expect(readCsvRecords('a,b\n"x"y,1\n')).toMatchObject({ ok: false, line: 2 });
    const { errors } = readCsv('a,b\n1,"open\n', 'measures');
    expect(errors[0]).toMatchObject({ row: 1, message: { ja: 'CSV として読み取れません。2行目で始まる「"」が閉じていません。' } });
  });
});
