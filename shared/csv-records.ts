/**
 * Reads RFC 4180 CSV text into records of cells. Written by hand rather than
 * with csv-parse: the API bundle has a size budget (400 KB) that csv-parse's
 * 27 KB would break, and the portal needs only this much of it.
 */

export interface CsvRecord {
  cells: string[];
  /** The line (1-based) the record starts on. */
  startLine: number;
  /** The line (1-based) the record ends on; a quoted cell may span lines. */
  endLine: number;
}

export type CsvRecordsResult = { ok: true; records: CsvRecord[] } | { ok: false; line: number; message: { ja: string; en: string } };

/** What ends an unquoted run of a cell's text (a quote there is an error, reported by the caller's loop). */
const UNQUOTED_END = new Set([',', '\r', '\n', '"']);

/** Line ends in source[from, to): CRLF, LF and a CR not followed by LF each end one line. */
function lineEnds(source: string, from: number, to: number): number {
  let n = 0;
  for (let j = from; j < to; j++) {
    const c = source[j];
    if (c === '\n' || (c === '\r' && source[j + 1] !== '\n')) n += 1;
  }
  return n;
}

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
  let startLine = 1;
  let i = 0;
  // Whether the current line has any content yet: an empty line is not a record.
  let lineHasContent = false;
  const endRecord = () => {
    if (lineHasContent) records.push({ cells: [...cells, cell], startLine, endLine: line });
    cells = [];
    cell = '';
    lineHasContent = false;
  };
  // Cells are sliced out of the text rather than built a character at a time: appending each character made
  // a 5 MB import spend seconds collecting garbage.
  while (i < source.length) {
    const ch = source[i]!;
    if (ch === '"' && cell === '') {
      // A quoted cell: runs to the next lone quote; "" is a quote inside it.
      const startLine = line;
      lineHasContent = true;
      i += 1;
      for (;;) {
        const quote = source.indexOf('"', i);
        if (quote < 0) {
          return {
            ok: false,
            line: startLine,
            message: { ja: `${startLine}行目で始まる「"」が閉じていません。`, en: `The quote opened on line ${startLine} is never closed.` },
          };
        }
        line += lineEnds(source, i, quote);
        const escaped = source[quote + 1] === '"';
        cell += source.slice(i, escaped ? quote + 1 : quote);
        i = quote + (escaped ? 2 : 1);
        if (!escaped) break;
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
      startLine = line;
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
      let end = i + 1;
      while (end < source.length && !UNQUOTED_END.has(source[end]!)) end += 1;
      cell += source.slice(i, end);
      lineHasContent = true;
      i = end;
    }
  }
  endRecord();
  return { ok: true, records };
}
