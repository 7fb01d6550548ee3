import type { ImportRowError } from '../api/errors';
import type { SharedMeasure } from './definition';
import { ITEM_STATUS_LABELS, ITEM_STATUSES, type ItemStatus } from './status';
import { VALUE_TYPES } from './value-types';
import { columnName, columnOfHeader, type ValuesFileKey } from './values-file';

/**
 * Reading a values file (CSV or an XLSX sheet) into entries, one per value: headers by their Japanese text or English
 * key (shared/shared-measures/values-file.ts), rows numbered as Excel shows them (the header is row 1), a status
 * measure's rows (one per item) merged into one value. Pure: the route checks each entry against the catalogue's
 * rules and the stored values afterwards.
 */
export interface ValuesRow {
  /** The row as Excel numbers it. */
  row: number;
  cells: Partial<Record<ValuesFileKey, string>>;
}

export interface ValuesEntry {
  /** The first row of the value (a status value spans one row per item). */
  row: number;
  rows: number[];
  measure: SharedMeasure;
  target: { measureId: string; period: string; orgCode: string };
  /** The value as read from the cells; for a status measure, the items the file names. */
  value: unknown;
  statusItems?: Record<string, ItemStatus>;
  note?: string;
  source?: string;
}

const REQUIRED: readonly ValuesFileKey[] = ['measure_id', 'period', 'org_code', 'value'];

export const valuesRowError = (row: number, key: ValuesFileKey | '', ja: string, en: string): ImportRowError => ({
  file: 'values',
  row,
  column: key ? columnName(key, 'ja') : '',
  message: { ja, en },
});

const clean = (text: string | undefined) => (text ?? '').normalize('NFKC').trim();

/**
 * Rows keyed by header text → rows keyed by column. `firstRow` is the Excel row of the first data row (2: the header
 * is row 1). Read-only columns (names, labels, units) are for the person filling in the file and are dropped.
 */
export function valuesRows(header: readonly string[], rows: readonly { row: number; cells: Record<string, string> }[]): { rows: ValuesRow[]; errors: ImportRowError[] } {
  const keyOf = new Map<string, ValuesFileKey>();
  for (const h of header) {
    const column = columnOfHeader(h);
    if (column && !column.readOnly) keyOf.set(h, column.key);
  }
  const present = new Set(keyOf.values());
  const missing = REQUIRED.filter((k) => !present.has(k));
  if (missing.length > 0) {
    return {
      rows: [],
      errors: missing.map((k) =>
        valuesRowError(1, k, `見出し行（1行目）に「${columnName(k, 'ja')}」列がありません。`, `The header row (row 1) has no "${columnName(k, 'ja')}" (${k}) column.`),
      ),
    };
  }
  const out: ValuesRow[] = [];
  for (const r of rows) {
    const cells: ValuesRow['cells'] = {};
    for (const [h, text] of Object.entries(r.cells)) {
      const key = keyOf.get(h.trim()) ?? keyOf.get(h);
      if (key) cells[key] = text;
    }
    // A row whose value is left empty was not filled in (the template lists every value still open), whether the
    // file comes back as XLSX or saved from Excel as CSV: skipped, its row number kept for the others.
    if ((cells.value ?? '').trim() === '') continue;
    out.push({ row: r.row, cells });
  }
  return { rows: out, errors: [] };
}

function statusOf(text: string): ItemStatus | undefined {
  const t = clean(text);
  return ITEM_STATUSES.find((s) => s === t || ITEM_STATUS_LABELS[s].ja === t || ITEM_STATUS_LABELS[s].en.toLowerCase() === t.toLowerCase());
}

const statusChoices = ITEM_STATUSES.map((s) => ITEM_STATUS_LABELS[s].ja).join('・');

/**
 * Groups rows into values and reads their cells. Two rows of one value are an error (which should win is the
 * person's decision), except a status measure's rows for different items, which make one value together.
 */
export function valuesEntries(rows: readonly ValuesRow[], catalogue: readonly SharedMeasure[]): { entries: ValuesEntry[]; errors: ImportRowError[] } {
  const errors: ImportRowError[] = [];
  const byKey = new Map<string, ValuesEntry>();
  const itemRow = new Map<string, number>();
  for (const { row, cells } of rows) {
    const measureId = clean(cells.measure_id);
    const period = clean(cells.period);
    const orgCode = clean(cells.org_code);
    const measure = catalogue.find((m) => m.id === measureId);
    if (!measure) {
      errors.push(valuesRowError(row, 'measure_id', `共通指標「${measureId}」はありません。テンプレートの指標IDを使ってください。`, `No shared measure "${measureId}". Use the measure ids of the template.`));
      continue;
    }
    const key = JSON.stringify([measureId, period, orgCode]);
    const note = cells.note?.trim() || undefined;
    const source = cells.source?.trim() || undefined;
    const earlier = byKey.get(key);
    const itemText = clean(cells.item);
    if (measure.valueType === 'status' && itemText !== '') {
      const item = measure.items?.find((i) => i.id === itemText || clean(i.name.ja) === itemText || i.name.en === itemText);
      const status = statusOf(cells.value ?? '');
      if (!item) errors.push(valuesRowError(row, 'item', `「${measure.name.ja}」に項目「${itemText}」はありません。`, `"${measure.name.en}" has no item "${itemText}".`));
      if (!status) errors.push(valuesRowError(row, 'value', `状態は ${statusChoices} のいずれかで入力してください。`, `Enter one of ${ITEM_STATUSES.map((s) => ITEM_STATUS_LABELS[s].en).join(', ')}.`));
      if (!item || !status) continue;
      const itemKey = `${key}|${item.id}`;
      const repeated = itemRow.get(itemKey);
      if (repeated !== undefined) {
        errors.push(valuesRowError(row, 'item', `${repeated}行目と${row}行目は同じ項目（${item.name.ja}）です。どちらかの行を削除してください。`, `Rows ${repeated} and ${row} are for the same item (${item.name.en}). Delete one of them.`));
        continue;
      }
      itemRow.set(itemKey, row);
      if (earlier?.statusItems) {
        earlier.statusItems[item.id] = status;
        earlier.rows.push(row);
        earlier.note ??= note;
        earlier.source ??= source;
        continue;
      }
      if (!earlier) {
        byKey.set(key, { row, rows: [row], measure, target: { measureId, period, orgCode }, value: undefined, statusItems: { [item.id]: status }, note, source });
        continue;
      }
    }
    if (earlier) {
      const what = `${measureId} / ${period} / ${orgCode}`;
      errors.push(
        valuesRowError(
          row,
          '',
          `${earlier.row}行目と${row}行目は同じ値（${what}）です。1つの値は1行にまとめ、どちらかの行を削除してください。`,
          `Rows ${earlier.row} and ${row} are for the same value (${what}). Keep one of them and delete the other.`,
        ),
      );
      continue;
    }
    const value = VALUE_TYPES[measure.valueType].fromCell(clean(cells.value));
    byKey.set(key, { row, rows: [row], measure, target: { measureId, period, orgCode }, value, note, source });
  }
  return { entries: [...byKey.values()], errors };
}
