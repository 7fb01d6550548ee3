import { toExcelCsv } from './csv';
import type { LocalizedText } from './localized';

export type ColumnLang = 'ja' | 'en';
export type Cell = string | number;

/**
 * One column of a table the portal exports, declared once: its id (the
 * open-data field name), its header in both languages, its width in an XLSX
 * sheet (characters) and how a row gives its cell. The CSV, the XLSX and the
 * print view of a table are all derived from its column list, so a new column
 * is one line and the outputs cannot fall out of step.
 */
export interface Column<Row> {
  id: string;
  header: LocalizedText;
  width: number;
  /** The cell in the language of the export (most cells are the same in both). */
  cell: (row: Row, lang: ColumnLang) => Cell;
  /** For the print view: the cell that names its row (a `<th scope="row">`), and a class for its look. */
  rowHeader?: boolean;
  className?: string;
}

export const columnHeaders = <Row>(columns: readonly Column<Row>[], lang: ColumnLang = 'ja'): string[] => columns.map((c) => c.header[lang]);

export const rowCells = <Row>(columns: readonly Column<Row>[], row: Row, lang: ColumnLang = 'ja'): Cell[] => columns.map((c) => c.cell(row, lang));

/** The table as CSV (shared/csv.ts: UTF-8 with BOM, formula-safe). */
export const columnsCsv = <Row>(columns: readonly Column<Row>[], rows: readonly Row[], lang: ColumnLang = 'ja'): string =>
  toExcelCsv(columnHeaders(columns, lang), rows.map((r) => rowCells(columns, r, lang)));
