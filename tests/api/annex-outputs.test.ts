import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { columnHeaders, rowCells } from '../../shared/columns';
import { ANNEX_TABLE, type AnnexRow } from '../../shared/report/inspection-report';
import { apiClient } from '../support/api-client';
import { useTestTable } from '../support/test-table';

/**
 * The annex is declared once (ANNEX_TABLE): the CSV, the XLSX and the print
 * view's data must say the same thing, column for column, in both languages.
 */
const api = apiClient();
const REPORT = '/api/plans/kanagawa-dx/years/2024/report';
const text = (v: ExcelJS.CellValue) => (v === null || v === undefined ? '' : String(v));

beforeAll(async () => {
  await useTestTable();
});

describe.each(['ja', 'en'] as const)('the annex’s outputs agree (%s)', (lang) => {
  it('CSV and XLSX have the declared headers and, row for row, the cells of the report the print view shows', async () => {
    const report = (await (await api.get(`${REPORT}?lang=${lang}`, 'council')).json()) as { annex: AnnexRow[] };
    const expected = report.annex.map((r) => rowCells(ANNEX_TABLE, r, lang).map(String));

    const [header, ...rows] = parse(await (await api.get(`${REPORT}/annex.csv?lang=${lang}`, 'council')).text(), { bom: true }) as string[][];
    expect(header).toEqual(columnHeaders(ANNEX_TABLE, lang));
    // The CSV writer may put a ' before text a spreadsheet would run (shared/csv.ts); the annex has none.
    expect(rows).toEqual(expected);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await (await api.get(`${REPORT}.xlsx?lang=${lang}`, 'council')).arrayBuffer());
    const sheets = workbook.worksheets.slice(1);
    expect(sheets.length).toBeGreaterThan(0);
    const xlsxRows: string[][] = [];
    for (const sheet of sheets) {
      expect(sheet.columns.map((c) => c.width)).toEqual(ANNEX_TABLE.map((c) => c.width));
      sheet.eachRow((row, n) => {
        const cells = ANNEX_TABLE.map((_, i) => text(row.getCell(i + 1).value));
        if (n === 1) expect(cells).toEqual(columnHeaders(ANNEX_TABLE, lang));
        else xlsxRows.push(cells);
      });
    }
    expect(xlsxRows).toEqual(expected);
  });
});
