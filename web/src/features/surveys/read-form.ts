import type { LocalizedText } from '../../../../shared/localized';
import { cellText, readFirstSheet } from '../../ui/read-sheet';

/**
 * The survey's XLSX form read in the browser (web/src/ui/read-sheet.ts) and sent as rows (header text → cell text).
 */
export type FormRows = { ok: true; rows: Record<string, string>[] } | { ok: false; message: LocalizedText };

/** Yes/no cells as the form's words; every other cell as read-sheet.ts reads it. */
const formCellText = (cell: unknown): string => (typeof cell === 'boolean' ? (cell ? 'はい' : 'いいえ') : cellText(cell));

/**
 * Rows from sheet row 2 on, every column by its header; an empty row is kept (as empty cells) so the API numbers
 * later rows as Excel shows them, and trailing empty rows are dropped.
 */
export function formSheetRows(data: readonly (readonly unknown[])[]): FormRows {
  const [header, ...body] = data;
  const headers = (header ?? []).map(formCellText).map((h) => h.trim());
  if (headers.every((h) => h === '')) {
    return { ok: false, message: { ja: '1行目に見出しがありません。ダウンロードした回答様式のまま記入してください。', en: 'Row 1 has no headers. Fill in the form as downloaded.' } };
  }
  const rows = body.map((row) => Object.fromEntries(headers.flatMap((h, i) => (h === '' ? [] : [[h, formCellText(row[i])]]))));
  while (rows.length > 0 && Object.values(rows.at(-1)!).every((v) => v.trim() === '')) rows.pop();
  if (rows.length === 0) return { ok: false, message: { ja: '設問の行がありません。', en: 'The file has no question rows.' } };
  return { ok: true, rows };
}

export async function readFormFile(file: Blob): Promise<FormRows> {
  const read = await readFirstSheet(file);
  return read.ok ? formSheetRows(read.data) : read;
}
