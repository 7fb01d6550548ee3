import { parseFigure, readFigure } from '../figures';
import type { Figure, IndicatorValue } from '../result';
import type { Direction, Indicator } from '../structure';
import { missingColumns, rowError, type CsvTable, type RowError } from './csv';

/** One indicator of a measure with its values for the year. */
export interface IndicatorInput {
  indicator: Indicator;
  value: IndicatorValue;
}

export const MAX_INDICATORS = 20;

export const REQUIRED_INDICATOR_COLUMNS = ['measure_no', 'sub_no', 'indicator', 'target', 'actual', 'kind'] as const;

/** kind as the file writes it; empty means no target is set (―). */
const KINDS: Record<string, Indicator['kind']> = { numeric: 'numeric', milestone: 'milestone', none: 'none', '': 'none' };
const DIRECTIONS: Record<string, Direction | undefined> = { higher: 'higher', lower: 'lower', '': undefined };
/** target_value / actual_value are plain decimals: the file's author has already read the printed text. */
const DECIMAL = /^-?\d+(?:\.\d+)?$/;

type Bad = (column: string, ja: string, en: string) => void;

/**
 * A value column's number. When the file has no such column the number is
 * read from the printed text (parseFigure); an empty cell in a present column
 * means "no number" (※, 実績なし, a combined figure), as the README defines.
 */
function readValue(cells: Record<string, string>, column: 'target_value' | 'actual_value', textColumn: 'target' | 'actual', bad: Bad): number | undefined {
  const cell = cells[column];
  if (cell === undefined) return parseFigure(cells[textColumn] ?? '');
  if (cell === '') return undefined;
  if (!DECIMAL.test(cell)) {
    bad(column, `${column}「${cell}」は数値ではありません（例: 50000、99.94）。`, `${column} "${cell}" is not a number (e.g. 50000, 99.94).`);
    return undefined;
  }
  return Number(cell);
}

const figure = (text: string, value: number | undefined): Figure => (value === undefined ? { text } : { text, value });

/**
 * Reads the indicators file: each measure's indicators (sub_no 1, 2, … for
 * ①②③) and their values for the year, reporting every bad cell. Measure
 * numbers are checked against the measures file when its numbers are known.
 */
export function readIndicatorsFile(
  table: CsvTable,
  measureNos: ReadonlySet<string> | undefined,
): { byMeasure: Map<string, IndicatorInput[]>; errors: RowError[] } {
  const errors = missingColumns(table, 'indicators', REQUIRED_INDICATOR_COLUMNS);
  const byMeasure = new Map<string, IndicatorInput[]>();
  if (errors.length > 0) return { byMeasure, errors };
  const hasDirection = table.header.includes('direction');

  for (const { row, cells, malformed } of table.rows) {
    if (malformed) continue;
    const before = errors.length;
    const bad: Bad = (column, ja, en) => errors.push(rowError('indicators', row, column, ja, en));
    const measureNo = cells.measure_no ?? '';
    if (measureNos && !measureNos.has(measureNo)) {
      bad('measure_no', `施策番号「${measureNo}」が施策ファイルにありません。`, `Measure number "${measureNo}" is not in the measures file.`);
    }
    const subText = cells.sub_no ?? '';
    const subNo = /^\d{1,3}$/.test(subText) ? Number(subText) : NaN;
    const siblings = byMeasure.get(measureNo) ?? [];
    if (!(subNo >= 1)) {
      bad('sub_no', `sub_no は 1 以上の整数で書いてください（「${subText}」）。`, `sub_no must be a whole number from 1 (not "${subText}").`);
    } else if (siblings.some((i) => i.indicator.subNo === subNo)) {
      bad('sub_no', `施策 ${measureNo} の sub_no ${subNo} が重複しています。`, `Measure ${measureNo} has sub_no ${subNo} more than once.`);
    } else if (siblings.length >= MAX_INDICATORS) {
      // The measure edit form takes at most this many (measureResultUpdateSchema).
      bad('sub_no', `1つの施策の成果指標は${MAX_INDICATORS}個までです（施策 ${measureNo}）。`, `A measure has at most ${MAX_INDICATORS} indicators (measure ${measureNo}).`);
    }
    const kindText = cells.kind ?? '';
    const kind = KINDS[kindText];
    if (!kind) bad('kind', `kind は numeric、milestone または空欄です（「${kindText}」）。`, `kind must be numeric, milestone or empty (not "${kindText}").`);
    const directionText = cells.direction ?? '';
    const direction = DIRECTIONS[directionText];
    if (!(directionText in DIRECTIONS)) {
      bad('direction', `direction は higher、lower または空欄です（「${directionText}」）。`, `direction must be higher, lower or empty (not "${directionText}").`);
    } else if (kind === 'numeric' && hasDirection && !direction) {
      // A guessed direction would silently invert the rating of a lower-is-better indicator.
      bad('direction', '数値指標には direction（higher：多いほど良い、lower：少ないほど良い）が必要です。', 'A numeric indicator needs a direction (higher or lower is better).');
    }
    const target = cells.target ?? '';
    const actual = cells.actual ?? '';
    const numeric = kind === 'numeric';
    const targetValue = numeric ? readValue(cells, 'target_value', 'target', bad) : undefined;
    const actualValue = numeric ? readValue(cells, 'actual_value', 'actual', bad) : undefined;
    if (numeric && targetValue === undefined && errors.length === before) {
      const column = 'target_value' in cells ? 'target_value' : 'target';
      bad(column, `数値指標には目標値が必要です（目標「${target}」）。`, `A numeric indicator needs a target value (target "${target}").`);
    }
    if (kind === 'milestone' && target === '') bad('target', '達成状態の指標（milestone）には目標の文言が必要です。', 'A milestone indicator needs the target state as text.');
    if (errors.length > before) continue;

    const indicator: Indicator = { subNo, name: cells.indicator ?? '', kind: kind!, unit: cells.unit ?? (numeric ? (readFigure(target)?.unit ?? '') : ''), ...(numeric ? { direction: direction! } : {}) };
    const value: IndicatorValue = { subNo, target: figure(target, targetValue), actual: figure(actual, actualValue) };
    byMeasure.set(measureNo, [...siblings, { indicator, value }]);
  }
  if (!hasDirection && table.rows.some((r) => r.cells.kind === 'numeric')) {
    errors.push(rowError('indicators', 0, 'direction', '数値指標があるのに見出し行に「direction」列がありません。', 'The file has numeric indicators but the header has no "direction" column.'));
  }
  for (const inputs of byMeasure.values()) inputs.sort((a, b) => a.indicator.subNo - b.indicator.subNo);
  return { byMeasure, errors };
}
