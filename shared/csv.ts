/**
 * The portal's only CSV writer: every CSV the server sends and the one the browser builds go through
 * {@link toExcelCsv}, so formula neutralising cannot be forgotten on a new export.
 */

/** A UTF-8 byte order mark: Excel needs it to read a CSV as UTF-8 rather than Shift_JIS. */
export const UTF8_BOM = '\uFEFF';

export type CsvCell = string | number | boolean | null | undefined;

/**
 * First characters that make Excel, LibreOffice or Google Sheets read a cell as a formula (OWASP CSV injection);
 * LF is added because some importers drop a leading line break and then see the formula behind it.
 */
const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r', '\n']);

/** A plain decimal such as -3.5 or +1: a spreadsheet reads it as a number, never as a formula. Linear: no nested quantifiers. */
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;

/**
 * A cell's text with anything a spreadsheet would run as a formula turned into text by a leading `'`
 * (OWASP's advice), while numbers stay numbers so the file still sums and sorts in Excel.
 */
export function csvCellText(cell: CsvCell): string {
  if (cell == null) return '';
  // A finite JS number is the portal's own figure, not user text; NaN and ±Infinity fall through as text.
  if (typeof cell === 'number' && Number.isFinite(cell)) return String(cell);
  const text = String(cell);
  if (text === '' || !FORMULA_START.has(text[0]!) || PLAIN_NUMBER.test(text)) return text;
  return `'${text}`;
}

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** RFC 4180 CSV (CRLF line ends) with a BOM, as Excel opens it correctly; formula-like text is neutralised. */
export function toExcelCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map((cell) => quote(csvCellText(cell))).join(','));
  return UTF8_BOM + lines.join('\r\n') + '\r\n';
}
