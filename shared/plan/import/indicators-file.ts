import type { IndicatorValue } from '../result';
import type { Indicator } from '../structure';
import { missingColumns, rowError, type CsvTable, type RowError } from './csv';

export interface IndicatorInput {
  indicator: Indicator;
  value: IndicatorValue;
}

const KINDS: Record<string, Indicator['kind']> = { numeric: 'numeric', milestone: 'milestone', '': 'none', none: 'none' };

function readNumber(text: string | undefined): number | undefined | 'bad' {
  if (!text) return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : 'bad';
}

/** Reads the indicators file: each measure's indicators and their values for the year. */
export function readIndicatorsFile(table: CsvTable, measureNos: ReadonlySet<string>): { byMeasure: Map<string, IndicatorInput[]>; errors: RowError[] } {
  const errors = missingColumns(table, 'indicators', ['measure_no', 'sub_no', 'indicator', 'target', 'actual', 'kind']);
  const byMeasure = new Map<string, IndicatorInput[]>();
  if (errors.length > 0) return { byMeasure, errors };

  table.rows.forEach((cells, index) => {
    const row = index + 1;
    const before = errors.length;
    const bad = (column: string, ja: string, en: string) => errors.push(rowError('indicators', row, column, ja, en));
    const measureNo = cells.measure_no ?? '';
    if (!measureNos.has(measureNo)) bad('measure_no', `施策番号 ${measureNo} が施策ファイルにありません。`, `Measure number ${measureNo} is not in the measures file.`);
    const subNo = Number(cells.sub_no);
    if (!Number.isInteger(subNo) || subNo < 1) bad('sub_no', `sub_no は 1 以上の整数で指定してください（「${cells.sub_no}」）。`, `sub_no must be a whole number from 1 (got "${cells.sub_no}").`);
    else if ((byMeasure.get(measureNo) ?? []).some((i) => i.indicator.subNo === subNo)) bad('sub_no', `施策 ${measureNo} の sub_no ${subNo} が重複しています。`, `Measure ${measureNo} repeats sub_no ${subNo}.`);
    const kind = KINDS[cells.kind ?? ''];
    if (!kind) bad('kind', `kind は numeric、milestone または空欄です（「${cells.kind}」）。`, `kind must be numeric, milestone or empty (got "${cells.kind}").`);
    const direction = cells.direction ?? '';
    if (!['', 'higher', 'lower'].includes(direction)) bad('direction', `direction は higher、lower または空欄です（「${direction}」）。`, `direction must be higher, lower or empty (got "${direction}").`);
    const targetValue = readNumber(cells.target_value);
    const actualValue = readNumber(cells.actual_value);
    if (targetValue === 'bad') bad('target_value', `target_value「${cells.target_value}」は数値ではありません。`, `target_value "${cells.target_value}" is not a number.`);
    if (actualValue === 'bad') bad('actual_value', `actual_value「${cells.actual_value}」は数値ではありません。`, `actual_value "${cells.actual_value}" is not a number.`);
    if (kind === 'numeric' && targetValue === undefined) bad('target_value', '数値指標には target_value が必要です。', 'A numeric indicator needs a target_value.');
    if (errors.length > before) return;

    const numeric = kind === 'numeric';
    const indicator: Indicator = {
      subNo,
      name: cells.indicator ?? '',
      kind: kind!,
      unit: cells.unit ?? '',
      ...(numeric ? { direction: (direction || 'higher') as 'higher' | 'lower' } : {}),
    };
    const value: IndicatorValue = {
      subNo,
      target: numeric ? { text: cells.target ?? '', value: targetValue as number } : { text: cells.target ?? '' },
      actual: numeric && actualValue !== undefined ? { text: cells.actual ?? '', value: actualValue as number } : { text: cells.actual ?? '' },
    };
    byMeasure.set(measureNo, [...(byMeasure.get(measureNo) ?? []), { indicator, value }]);
  });
  return { byMeasure, errors };
}
