/**
 * Reads RFC 4180 CSV text into records of cells. Written by hand rather than
 * with csv-parse: the API bundle has a size budget (400 KB) that csv-parse's
 * 27 KB would break, and the portal needs only this much of it.
 */

export interface CsvRecord {
  cells: string[];
  /** The line (1-based) the record ends on; a quoted cell may span lines. */
  endLine: number;
}

export type CsvRecordsResult = { ok: true; records: CsvRecord[] } | { ok: false; line: number; message: { ja: string; en: string } };

/**
 * A UTF-8 BOM (Excel writes one) is dropped; CRLF, LF and CR end lines;
 * empty lines are skipped (but counted); rows may differ in their number of
 * cells (the caller reports that, with the row's number).
 */
export function readCsvRecords(text: string): CsvRecordsResult {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let i = 0;
  // Whether the current line has any content yet: an empty line is not a record.
  let lineHasContent = false;
  const endRecord = () => {
    if (lineHasContent) records.push({ cells: [...cells, cell], endLine: line });
    cells = [];
    cell = '';
    lineHasContent = false;
  };
  while (i < source.length) {
    const ch = source[i]!;
    if (ch === '"' && cell === '') {
      // A quoted cell: runs to the next lone quote; "" is a quote inside it.
      const startLine = line;
      lineHasContent = true;
      i += 1;
      for (;;) {
        if (i >= source.length) {
          return {
            ok: false,
            line: startLine,
            message: { ja: `${startLine}行目で始まる「"」が閉じていません。`, en: `The quote opened on line ${startLine} is never closed.` },
          };
        }
        const c = source[i]!;
        if (c === '"' && source[i + 1] === '"') {
          cell += '"';
          i += 2;
        } else if (c === '"') {
          i += 1;
          break;
        } else {
          if (c === '\n' || (c === '\r' && source[i + 1] !== '\n')) line += 1;
          cell += c;
          i += 1;
        }
      }
      const next = source[i];
      if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') {
        return {
          ok: false,
          line,
          message: {
            ja: `${line}行目: 「"」で閉じた値のすぐ後に「,」か改行が必要です。`,
            en: `Line ${line}: a quoted value must be followed by a comma or the end of the line.`,
          },
        };
      }
      continue;
    }
    if (ch === ',') {
      cells.push(cell);
      cell = '';
      lineHasContent = true;
      i += 1;
    } else if (ch === '\r' || ch === '\n') {
      endRecord();
      i += ch === '\r' && source[i + 1] === '\n' ? 2 : 1;
      line += 1;
    } else if (ch === '"') {
      return {
        ok: false,
        line,
        message: {
          ja: `${line}行目: 値の途中に「"」があります。「"」を含む値は全体を "…" で囲み、中の「"」は「""」と書いてください。`,
          en: `Line ${line}: a quote inside an unquoted value. Quote the whole value and double the quotes inside it.`,
        },
      };
    } else {
      cell += ch;
      lineHasContent = true;
      i += 1;
    }
  }
  endRecord();
  return { ok: true, records };
}
