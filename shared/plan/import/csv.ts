import type { ImportRowError } from '../../api/errors';
import { readCsvRecords } from '../../csv-records';

export type ImportFile = ImportRowError['file'];
export type RowError = ImportRowError;

/** One data row: its number as people count it (1 = the line after the header) and its cells by column name. */
export interface CsvRow {
  row: number;
  cells: Record<string, string>;
  /** The row has more or fewer cells than the header; its cells may be misaligned, so it is not checked further. */
  malformed: boolean;
}

export interface CsvTable {
  header: string[];
  rows: CsvRow[];
}

/** An error on a cell (row ≥ 1), a column of the header (row 0) or the file (row 0, column ''). */
export const rowError = (file: ImportFile, row: number, column: string, ja: string, en: string): RowError => ({
  file,
  row,
  column,
  message: { ja, en },
});

/**
 * Parses RFC 4180 CSV text into a header and rows of trimmed cells. A UTF-8
 * BOM (Excel writes one) and CRLF line ends are accepted. Blank lines are
 * skipped but still counted, so a row's number is its line after the header
 * and matches what a person sees in an editor. Rows with the wrong number of
 * cells, duplicate column names and an empty file are reported, every one.
 */
export function readCsv(text: string, file: ImportFile): { table?: CsvTable; errors: RowError[] } {
  const parsed = readCsvRecords(text);
  if (!parsed.ok) {
    return { errors: [rowError(file, Math.max(0, parsed.line - 1), '', `CSV として読み取れません。${parsed.message.ja}`, `The file is not valid CSV. ${parsed.message.en}`)] };
  }
  const [head, ...body] = parsed.records;
  if (!head) return { errors: [rowError(file, 0, '', 'ファイルが空です（見出し行がありません）。', 'The file is empty (it has no header row).')] };

  const errors: RowError[] = [];
  const header = head.cells.map((h) => h.trim());
  const seen = new Set<string>();
  for (const name of header) {
    if (name !== '' && seen.has(name)) {
      errors.push(rowError(file, 0, name, `見出し行に「${name}」列が2回以上あります。`, `The header row has the column "${name}" more than once.`));
    }
    seen.add(name);
  }
  const headerLines = head.endLine;
  const rows: CsvRow[] = [];
  for (const { cells: record, startLine } of body) {
    // A quoted cell may span lines: the row is numbered by the line it starts on.
    const row = startLine - headerLines;
    // A row of empty cells is what spreadsheets leave below the data: not a row.
    if (record.every((c) => c.trim() === '')) continue;
    const malformed = record.length !== header.length;
    if (malformed) {
      errors.push(
        rowError(
          file,
          row,
          '',
          `この行は ${record.length} 列ありますが、見出し行は ${header.length} 列です（値の中の「,」は "…" で囲んでください）。`,
          `This row has ${record.length} cells but the header has ${header.length} (quote values that contain a comma).`,
        ),
      );
    }
    const cells: Record<string, string> = {};
    header.forEach((name, i) => {
      if (name !== '' && !(name in cells)) cells[name] = (record[i] ?? '').trim();
    });
    rows.push({ row, cells, malformed });
  }
  return { table: { header, rows }, errors };
}

/** Reports each required column the header lacks (row 0, the column's name). */
export function missingColumns(table: CsvTable, file: ImportFile, required: readonly string[]): RowError[] {
  return required
    .filter((c) => !table.header.includes(c))
    .map((c) => rowError(file, 0, c, `見出し行に「${c}」列がありません。`, `The header row has no "${c}" column.`));
}

/**
 * Cells longer than the measure edit form allows (500 characters; a reason
 * 4,000): what the form refuses, the import refuses too, and no imported
 * measure can outgrow DynamoDB's 400 KB item.
 */
export function overlongCells(table: CsvTable, file: ImportFile, limits: Readonly<Record<string, number>> = { reason: 4000 }, otherwise = 500): RowError[] {
  const errors: RowError[] = [];
  for (const { row, cells } of table.rows) {
    for (const [column, text] of Object.entries(cells)) {
      const max = limits[column] ?? otherwise;
      if (text.length > max) {
        errors.push(rowError(file, row, column, `${max}文字以内にしてください（現在${text.length}文字）。`, `At most ${max} characters (this cell has ${text.length}).`));
      }
    }
  }
  return errors;
}
