import type { LocalizedText } from '../../../../shared/localized';
import { columnOfHeader } from '../../../../shared/shared-measures/values-file';

/**
 * An XLSX values file read in the browser and sent as rows (header text → cell text), so the API needs no
 * spreadsheet library. read-excel-file was measured against the alternatives: about 20 KB gzipped (SheetJS
 * 123 KB, exceljs far more), and it is imported only when someone picks an .xlsx file, so the pages' own
 * JavaScript does not grow.
 */
export type XlsxRows = { ok: true; rows: Record<string, string>[] } | { ok: false; message: LocalizedText };

/** A cell as the text the CSV import would have had; numbers as JavaScript prints them (12.3, not 12.300…01). */
function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell);
}

/**
 * The sheet's rows as the API takes them: one record per row from sheet row 2 on, in sheet order, an empty row
 * kept as empty cells so the API numbers every later row as Excel shows it. Columns the import ignores (the
 * grey reference columns of the template) are left out to keep the request small. The template lists everything
 * still to report; a row whose value is left empty was not filled in this time, so it goes as an empty row
 * (skipped, still counted) rather than as a value to refuse.
 */
export function sheetRows(data: readonly (readonly unknown[])[]): XlsxRows {
  const [header, ...body] = data;
  const headers = (header ?? []).map(cellText).map((h) => h.trim());
  if (headers.every((h) => h === '')) {
    return { ok: false, message: { ja: '1行目に見出しがありません。報告用ファイル（テンプレート）の形のまま取り込んでください。', en: 'Row 1 has no headers. Upload the file in the template’s layout.' } };
  }
  const kept = headers.flatMap((h, i) => (h !== '' && !columnOfHeader(h)?.readOnly ? [[h, i] as const] : []));
  const valueAt = headers.findIndex((h) => columnOfHeader(h)?.key === 'value');
  const filledIn = (row: readonly unknown[]) => valueAt < 0 || cellText(row[valueAt]).trim() !== '';
  const rows = body.map((row): Record<string, string> => (filledIn(row) ? Object.fromEntries(kept.map(([h, i]) => [h, cellText(row[i])])) : {}));
  // Empty rows after the last filled-in one number nothing: they are left out.
  while (rows.length > 0 && Object.values(rows.at(-1)!).every((v) => v.trim() === '')) rows.pop();
  return { ok: true, rows };
}

const UNREADABLE: Record<string, LocalizedText> = {
  XLS_FILE_NOT_SUPPORTED: {
    ja: '古い形式のExcelファイル（.xls）は読み込めません。Excelで「Excel ブック（*.xlsx）」として保存し直してください。',
    en: 'Old Excel files (.xls) cannot be read. Save the file as an Excel Workbook (.xlsx) and try again.',
  },
  NO_DATA: { ja: 'ファイルが空です。', en: 'The file is empty.' },
};
const NOT_XLSX: LocalizedText = {
  ja: 'Excelファイル（.xlsx）として読み込めませんでした。ファイルが壊れていないか、Excelで開けるか確認してください。',
  en: 'The file could not be read as an Excel workbook (.xlsx). Check that it opens in Excel.',
};

/** The first sheet of an .xlsx file as rows; the library is loaded on first use. */
export async function readXlsxRows(file: Blob): Promise<XlsxRows> {
  const { readSheet } = await import('read-excel-file/browser');
  try {
    return sheetRows(await readSheet(file, 1));
  } catch (error) {
    const code = (error as { code?: string }).code;
    return { ok: false, message: (code && UNREADABLE[code]) || NOT_XLSX };
  }
}
