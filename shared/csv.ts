/** A UTF-8 byte order mark: Excel needs it to read a CSV as UTF-8 rather than Shift_JIS. */
export const UTF8_BOM = '\uFEFF';

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** RFC 4180 CSV (CRLF line ends) with a BOM, as Excel opens it correctly. */
export function toExcelCsv(header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  const lines = [header, ...rows].map((row) => row.map((cell) => quote(cell == null ? '' : String(cell))).join(','));
  return UTF8_BOM + lines.join('\r\n') + '\r\n';
}
