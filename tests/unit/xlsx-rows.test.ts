import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { writeXlsx } from '../../functions/platform/files/xlsx';
import { VALUES_FILE_COLUMNS } from '../../shared/shared-measures/values-file';
import { sheetRows } from '../../web/src/features/shared-measures/read-xlsx';

/**
 * The browser reads an uploaded XLSX with read-excel-file and sends rows; here its Node build reads the same
 * bytes (the two differ only in how they unzip), and sheetRows turns them into what the API takes.
 */
const columns = VALUES_FILE_COLUMNS.map((c) => ({ header: c.ja, width: c.width, readOnly: c.readOnly === true }));
const row = (cells: Partial<Record<(typeof VALUES_FILE_COLUMNS)[number]['key'], string | number>>) => VALUES_FILE_COLUMNS.map((c) => cells[c.key] ?? '');

describe('reading a filled-in template in the browser', () => {
  it('gives one record per sheet row from row 2, header → cell text, without the grey reference columns', async () => {
    const file = writeXlsx([
      {
        name: '共通指標の報告',
        columns,
        rows: [
          row({ measure_id: 'open-data-datasets', measure_name: '公開データセット数', period: 'FY2025', org_code: '141003', unit: '件', value: 170, note: '新規公開 14件' }),
          row({}),
          row({ measure_id: 'open-data-adopted', period: 'FY2025', org_code: '141003', value: 'はい' }),
          row({ measure_id: 'rpa-processes', period: 'FY2025', org_code: '141003', value: 12.3 }),
          row({ measure_id: 'ai-ocr-forms', period: 'FY2025', org_code: '141003', value: '' }),
        ],
      },
    ]);
    const read = sheetRows(await readSheet(file));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    // Row 3 of the sheet is empty and stays, so the API numbers row 4 as Excel does; the unfilled last row goes.
    expect(read.rows).toHaveLength(4);
    expect(read.rows[0]).toEqual({ 指標ID: 'open-data-datasets', 期間: 'FY2025', 団体コード: '141003', 項目: '', 値: '170', 備考: '新規公開 14件', 出典: '' });
    expect(Object.values(read.rows[1]!).every((v) => v === '')).toBe(true);
    expect(read.rows[2]).toMatchObject({ 値: 'はい' });
    expect(read.rows[3]).toMatchObject({ 値: '12.3' });
  });

  it('sends a template row left without a value as an empty row: not filled in this time, nothing to refuse', async () => {
    const file = writeXlsx([{ name: 'S', columns, rows: [row({ measure_id: 'ai-ocr-forms', period: 'FY2025', org_code: '141003', note: '' }), row({ measure_id: 'rpa-processes', period: 'FY2025', org_code: '141003', value: 3 })] }]);
    const read = sheetRows(await readSheet(file));
    expect(read.ok && read.rows).toEqual([{}, { 指標ID: 'rpa-processes', 期間: 'FY2025', 団体コード: '141003', 項目: '', 値: '3', 備考: '', 出典: '' }]);
  });

  it('refuses a sheet without headers in row 1', () => {
    expect(sheetRows([[null, null], ['a', 1]])).toMatchObject({ ok: false, message: { ja: expect.stringContaining('1行目に見出し') } });
  });
});
