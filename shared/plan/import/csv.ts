import { parse } from 'csv-parse/sync';
import type { ImportRowError } from '../../api/errors';

export type ImportFile = ImportRowError['file'];

export interface CsvTable {
  header: string[];
  /** Data rows; row number n (1 = the first data row) is rows[n - 1]. */
  rows: Record<string, string>[];
}

export type RowError = ImportRowError;

export const rowError = (file: ImportFile, row: number, column: string, ja: string, en: string): RowError => ({
  file,
  row,
  column,
  message: { ja, en },
});

/** Parses RFC 4180 CSV text (a UTF-8 BOM and CRLF allowed) into header and rows of trimmed cells. */
export function readCsv(text: string, file: ImportFile): { table?: CsvTable; errors: RowError[] } {
  try {
    const records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: false }) as string[][];
    const [header = [], ...body] = records;
    const names = header.map((h) => h.trim());
    const rows = body.map((cells) => Object.fromEntries(names.map((n, i) => [n, (cells[i] ?? '').trim()])));
    return { table: { header: names, rows }, errors: [] };
  } catch (error) {
    const e = error as { lines?: number; message?: string };
    const row = typeof e.lines === 'number' ? Math.max(0, e.lines - 1) : 0;
    return {
      errors: [
        rowError(file, row, '', `CSV として読み取れません（${e.message ?? ''}）。`, `The file is not valid CSV (${e.message ?? ''}).`),
      ],
    };
  }
}

/** Reports each required column the header lacks. */
export function missingColumns(table: CsvTable, file: ImportFile, required: readonly string[]): RowError[] {
  return required
    .filter((c) => !table.header.includes(c))
    .map((c) =>
      rowError(file, 0, c, `見出し行に「${c}」列がありません。`, `The header row has no "${c}" column.`),
    );
}
