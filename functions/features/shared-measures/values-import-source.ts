import type { ValuesImportBody } from '../../../shared/api/shared-measures';
import { DomainError } from '../../../shared/errors';
import { decodeText } from '../../../shared/files/text-decoding';
import { readCsv } from '../../../shared/plan/import/csv';
import { valuesRows, type ValuesRow } from '../../../shared/shared-measures/values-import';

const MAX_ROWS = 2000;
/** The header is row 1 in Excel: data rows count from 2. */
const FIRST_DATA_ROW = 2;

const invalid = (ja: string, en: string, rows: ValuesRow[] | unknown[] = []) => new DomainError('invalid', 'import_invalid', { ja, en }, { rows: rows as never });

/**
 * The rows of an uploaded values file, whatever form it came in: CSV text; a CSV file's bytes, decoded as UTF-8
 * (with or without BOM) or Shift_JIS/CP932 — anything else is refused, never stored garbled; or an XLSX sheet's rows
 * as the browser read them (header text → cell text, from sheet row 2).
 */
export function valuesFileRows(body: ValuesImportBody): ValuesRow[] {
  let text = body.csv;
  if (body.csvBase64 !== undefined) {
    const decoded = decodeText(new Uint8Array(Buffer.from(body.csvBase64, 'base64')));
    if (!decoded.ok) {
      throw new DomainError('invalid', 'encoding', {
        ja: 'ファイルの文字コードを読み取れません。UTF-8（BOM付き・なし）または Shift_JIS（Excel の「CSV（コンマ区切り）」）で保存したCSVファイルを選んでください。何も書き込んでいません。',
        en: 'The file is neither UTF-8 (with or without BOM) nor Shift_JIS (Excel’s “CSV (Comma delimited)”). Save it in one of these encodings and upload it again; nothing was written.',
      });
    }
    text = decoded.text;
  }
  let header: string[];
  let raw: { row: number; cells: Record<string, string> }[];
  if (text !== undefined) {
    const { table, errors } = readCsv(text, 'values');
    if (!table || errors.length > 0) {
      throw invalid('CSV として読み取れません。一覧の行を修正してください。', 'The file is not valid CSV. Correct the rows listed.', errors.map((e) => ({ ...e, row: e.row + 1 })));
    }
    header = table.header;
    raw = table.rows.map((r) => ({ row: r.row + 1, cells: r.cells }));
  } else {
    const sheet = body.rows ?? [];
    header = [...new Set(sheet.flatMap((r) => Object.keys(r)))];
    raw = sheet.map((cells, i) => ({ row: i + FIRST_DATA_ROW, cells }));
  }
  const { rows, errors } = valuesRows(header, raw);
  if (errors.length > 0) {
    throw invalid('見出し行に必要な列がありません。テンプレートの見出しを使ってください。', 'The header row lacks required columns. Use the template’s headers.', errors);
  }
  if (rows.length === 0 || rows.length > MAX_ROWS) {
    throw invalid(`1〜${MAX_ROWS} 行のデータが必要です。`, `The file needs 1 to ${MAX_ROWS} rows of data.`);
  }
  return rows;
}
