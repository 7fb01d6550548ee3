import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { writeXlsx } from '../../functions/platform/files/xlsx';

async function open(buffer: Buffer) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(buffer as unknown as ArrayBuffer);
  return book.worksheets[0]!;
}

const fillOf = (cell: ExcelJS.Cell) => (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;

describe('the XLSX writer for templates to fill in', () => {
  const template = writeXlsx([
    {
      name: '報告',
      columns: [
        { header: '指標名', width: 30, readOnly: true },
        { header: '値', width: 10 },
      ],
      rows: [['はい・いいえ', 'はい'], ['数', 12], ['状態', '作業中'], ['状態', ''], ['状態', '']],
      lists: [
        { column: 1, rows: [0], values: ['はい', 'いいえ'] },
        { column: 1, rows: [2, 3, 4], values: ['未着手', '作業中', '移行完了', '対象外'] },
      ],
    },
  ]);

  it('offers a drop-down list only on the cells it names', async () => {
    const sheet = await open(template);
    expect(sheet.getCell('B2').dataValidation).toMatchObject({ type: 'list', allowBlank: true, formulae: ['"はい,いいえ"'] });
    for (const ref of ['B4', 'B5', 'B6']) expect(sheet.getCell(ref).dataValidation).toMatchObject({ type: 'list', formulae: ['"未着手,作業中,移行完了,対象外"'] });
    expect(sheet.getCell('B3').dataValidation).toBeUndefined();
    expect(sheet.getCell('B3').value).toBe(12);
  });

  it('greys the read-only columns and keeps the header bold and frozen', async () => {
    const sheet = await open(template);
    expect(fillOf(sheet.getCell('A2'))).toBe('FFD9D9D9');
    expect(fillOf(sheet.getCell('B2'))).toBeUndefined();
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('refuses a list Excel could not hold rather than writing a broken file', () => {
    expect(() => writeXlsx([{ name: 'S', columns: [{ header: 'a', width: 5 }], rows: [['x']], lists: [{ column: 0, rows: [0], values: ['a,b'] }] }])).toThrow();
  });
});
