import type { LocalizedText } from '../../../../shared/localized';
import { columnOfHeader } from '../../../../shared/shared-measures/values-file';
import { cellText, readFirstSheet } from '../../ui/read-sheet';

/**
 * An XLSX values file read in the browser and sent as rows (header text → cell text): web/src/ui/read-sheet.ts reads
 * the sheet, this decides which columns and rows the import takes.
 */
export type XlsxRows = { ok: true; rows: Record<string, string>[] } | { ok: false; message: LocalizedText };

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

/** The first sheet of an .xlsx file as rows; the library is loaded on first use. */
export async function readXlsxRows(file: Blob): Promise<XlsxRows> {
  const read = await readFirstSheet(file);
  return read.ok ? sheetRows(read.data) : read;
}
