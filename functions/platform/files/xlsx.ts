import { zip } from './zip';

export interface XlsxColumn {
  header: string;
  width: number;
  /** Filled in for the reader and ignored when the file comes back (a template's names, units): its cells are grey. */
  readOnly?: boolean;
}

/** A drop-down list (data validation) on some cells of one column: Excel then accepts only these values there. */
export interface XlsxList {
  /** The column's index, from 0. */
  column: number;
  /** The body rows it applies to, from 0 (the row under the header). */
  rows: readonly number[];
  /** The choices; none may contain a comma or a double quote, and together at most 255 characters (Excel's rule). */
  values: readonly string[];
}

export interface XlsxSheet {
  /** At most 31 characters, none of []:*?/\ (Excel's rule). */
  name: string;
  columns: XlsxColumn[];
  rows: (string | number)[][];
  lists?: readonly XlsxList[];
}

const escape = (text: string) =>
  text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');

const columnName = (index: number): string => (index < 26 ? '' : columnName(Math.floor(index / 26) - 1)) + String.fromCharCode(65 + (index % 26));

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/**
 * Styles: 0 default; 1 header (bold, grey fill, border, wrapped, centred); 2 body (border, wrapped, top-aligned);
 * 3 read-only body (as 2, on a darker grey with grey text, so the cells to fill in stand out).
 */
const STYLES = `${XML}<styleSheet xmlns="${MAIN}">
<fonts count="3"><font><sz val="10"/><name val="游ゴシック"/></font><font><b/><sz val="10"/><name val="游ゴシック"/></font><font><sz val="10"/><color rgb="FF595959"/><name val="游ゴシック"/></font></fonts>
<fills count="4"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFF2F2F2"/></patternFill></fill><fill><patternFill patternType="solid"><fgColor rgb="FFD9D9D9"/></patternFill></fill></fills>
<borders count="2"><border/><border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/></border></borders>
<cellStyleXfs count="1"><xf/></cellStyleXfs>
<cellXfs count="4"><xf/><xf fontId="1" fillId="2" borderId="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf><xf borderId="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf><xf fontId="2" fillId="3" borderId="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf></cellXfs>
</styleSheet>`;

const HEADER_STYLE = 1;
const BODY_STYLE = 2;
const READ_ONLY_STYLE = 3;

/** `I2 I4:I6`: the cells of a list, consecutive rows joined into ranges (sheet row = body row + 2). */
function sqref(list: XlsxList): string {
  const rows = [...new Set(list.rows)].sort((a, b) => a - b);
  const column = columnName(list.column);
  const ranges: string[] = [];
  for (let i = 0; i < rows.length; ) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === rows[j]! + 1) j++;
    const [from, to] = [rows[i]! + 2, rows[j]! + 2];
    ranges.push(from === to ? `${column}${from}` : `${column}${from}:${column}${to}`);
    i = j + 1;
  }
  return ranges.join(' ');
}

/** An explicit list is written inside the formula as "a,b,c": Excel allows 255 characters and no way to escape a comma. */
function listFormula(values: readonly string[]): string {
  const joined = values.join(',');
  if (values.some((v) => /[,"]/.test(v)) || joined.length > 255) throw new Error(`A drop-down list cannot hold ${JSON.stringify(values)}`);
  return escape(`"${joined}"`);
}

function dataValidationsXml(lists: readonly XlsxList[]): string {
  const used = lists.filter((l) => l.rows.length > 0);
  if (used.length === 0) return '';
  const items = used.map(
    (l) =>
      `<dataValidation type="list" allowBlank="1" showErrorMessage="1" errorTitle="${escape('一覧から選んでください')}" error="${escape('一覧にある値を選んでください。/ Choose a value from the list.')}" sqref="${sqref(l)}"><formula1>${listFormula(l.values)}</formula1></dataValidation>`,
  );
  return `<dataValidations count="${items.length}">${items.join('')}</dataValidations>\n`;
}

/**
 * Text is always an inline string and this writer never emits `<f>`: Excel shows `=HYPERLINK(...)` typed into a
 * report as text, so XLSX needs no quote prefix (tests/unit/csv-writer.test.ts holds it to that).
 */
function cell(ref: string, value: string | number, style: number): string {
  return typeof value === 'number'
    ? `<c r="${ref}" s="${style}"><v>${value}</v></c>`
    : `<c r="${ref}" s="${style}" t="inlineStr"><is><t xml:space="preserve">${escape(value)}</t></is></c>`;
}

function sheetXml(sheet: XlsxSheet): string {
  const style = (r: number, c: number) => (r === 0 ? HEADER_STYLE : sheet.columns[c]?.readOnly ? READ_ONLY_STYLE : BODY_STYLE);
  const rows = [sheet.columns.map((c) => c.header), ...sheet.rows].map(
    (row, r) => `<row r="${r + 1}">${row.map((v, c) => cell(`${columnName(c)}${r + 1}`, v, style(r, c))).join('')}</row>`,
  );
  const last = `${columnName(sheet.columns.length - 1)}${sheet.rows.length + 1}`;
  return `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">
<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>
<cols>${sheet.columns.map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"/>`).join('')}</cols>
<sheetData>${rows.join('')}</sheetData>
<autoFilter ref="A1:${last}"/>
${dataValidationsXml(sheet.lists ?? [])}<pageSetup orientation="landscape" paperSize="9" fitToWidth="1" fitToHeight="0"/>
</worksheet>`;
}

/**
 * A minimal XLSX workbook: inline strings and numbers, a bold header row kept
 * in view (frozen), column widths, filters, A4 landscape printing, grey
 * read-only columns and drop-down lists (a values template uses both). Written by
 * hand because exceljs would more than double the Lambda bundle for what
 * fits in this file; tests read the output with exceljs.
 */
export function writeXlsx(sheets: readonly XlsxSheet[]): Buffer {
  const files = [
    {
      name: '[Content_Types].xml',
      text: `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}</Types>`,
    },
    {
      name: '_rels/.rels',
      text: `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: 'xl/workbook.xml',
      text: `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheets.map((s, i) => `<sheet name="${escape(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      text: `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    },
    { name: 'xl/styles.xml', text: STYLES },
    ...sheets.map((s, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, text: sheetXml(s) })),
  ];
  return zip(files.map((f) => ({ name: f.name, data: Buffer.from(f.text, 'utf8') })));
}
