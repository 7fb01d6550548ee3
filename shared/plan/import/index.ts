import type { PlanDefinition } from '../definition';
import { readFigure } from '../figures';
import type { MeasureResult } from '../result';
import type { Measure, PlanGroup } from '../structure';
import { rateMeasure } from '../../rating/engine';
import { overlongCells, readCsv, rowError, type RowError } from './csv';
import { readIndicatorsFile, type IndicatorInput } from './indicators-file';
import { MEASURE_NO_PATTERN, readMeasuresFile, type MeasureRowInput } from './measures-file';
import { readPlanFile } from './plan-file';

export { REQUIRED_INDICATOR_COLUMNS } from './indicators-file';
export { MEASURE_NO_PATTERN, REQUIRED_MEASURE_COLUMNS } from './measures-file';

/** The files of one import, as text (plan.json already parsed, since it may come from a request body). */
export interface PlanImportInput {
  plan: unknown;
  measuresCsv: string;
  indicatorsCsv?: string;
  fiscalYear: number;
}

/** A result as the import makes it; the repository adds version and who/when. */
export type ImportedResult = Omit<MeasureResult, 'version' | 'updatedAt' | 'updatedBy' | 'imported'>;

export type PlanImportParse =
  | { ok: true; plan: PlanDefinition; groups: PlanGroup[]; measures: Measure[]; results: ImportedResult[] }
  | { ok: false; errors: RowError[] };

/** Targets printed as "not set" in the annex. */
const NOT_SET = new Set(['', '―', '-', 'ー', '—', '－']);

/**
 * With no indicators file, each measure gets one indicator read from its own
 * row: none when the published rating is the scheme's no-indicator level or
 * no target is set; numeric when the target reads as one number (its
 * direction unknown, so higher is better, which is true of most); otherwise
 * a milestone whose target is the stated state.
 */
function indicatorFromMeasureRow(row: MeasureRowInput, plan: PlanDefinition): IndicatorInput {
  const target = readFigure(row.targetText);
  const unset = row.rating === plan.ratingScheme.rules.noIndicator || NOT_SET.has(row.targetText.trim());
  const kind = unset ? 'none' : target ? 'numeric' : 'milestone';
  const actual = kind === 'numeric' ? readFigure(row.actualText) : undefined;
  return {
    indicator: {
      subNo: 1,
      name: row.indicatorText,
      kind,
      unit: kind === 'numeric' ? target!.unit : '',
      ...(kind === 'numeric' ? { direction: 'higher' as const } : {}),
    },
    value: {
      subNo: 1,
      target: kind === 'numeric' ? { text: row.targetText, value: target!.value } : { text: row.targetText },
      actual: actual ? { text: row.actualText, value: actual.value } : { text: row.actualText },
    },
  };
}

/** Files in the order people read an import; other kinds of file (errors.ts names more) come last. */
const FILE_ORDER: Partial<Record<RowError['file'], number>> = { plan: 0, measures: 1, indicators: 2 };
const fileRank = (file: RowError['file']) => FILE_ORDER[file] ?? 3;

/** Errors by file (plan, measures, indicators), then row; within a row, in the order found (column order). */
function inReadingOrder(errors: readonly RowError[]): RowError[] {
  return errors
    .map((error, index) => ({ error, index }))
    .sort((a, b) => fileRank(a.error.file) - fileRank(b.error.file) || a.error.row - b.error.row || a.index - b.index)
    .map(({ error }) => error);
}

/**
 * Reads and checks an import (plan file, measures CSV, optional indicators
 * CSV) for one fiscal year. Either everything is valid and comes back as the
 * plan's groups, measures and results, or every problem found in any of the
 * files comes back with its file, row and column (ordered by file and row),
 * and nothing is to be written. The same input always gives the same output,
 * so importing the same files twice changes nothing.
 */
export function parsePlanImport(input: PlanImportInput): PlanImportParse {
  const planFile = readPlanFile(input.plan, input.fiscalYear);
  const measuresCsv = readCsv(input.measuresCsv, 'measures');
  const indicatorsCsv = input.indicatorsCsv === undefined ? undefined : readCsv(input.indicatorsCsv, 'indicators');
  const errors: RowError[] = [
    ...planFile.errors,
    ...measuresCsv.errors,
    ...(indicatorsCsv?.errors ?? []),
    ...(measuresCsv.table ? overlongCells(measuresCsv.table, 'measures') : []),
    ...(indicatorsCsv?.table ? overlongCells(indicatorsCsv.table, 'indicators') : []),
  ];
  const plan = planFile.plan;

  const measuresFile = measuresCsv.table ? readMeasuresFile(measuresCsv.table, plan) : undefined;
  errors.push(...(measuresFile?.errors ?? []));
  // Only a readable measures file can say which measure numbers exist.
  const measureNos = measuresFile && measuresFile.rows.length > 0 ? new Set(measuresFile.rows.map((r) => r.measureNo)) : undefined;
  const indicatorsFile = indicatorsCsv?.table ? readIndicatorsFile(indicatorsCsv.table, measureNos) : undefined;
  errors.push(...(indicatorsFile?.errors ?? []));

  if (indicatorsFile && measuresFile && indicatorsCsv?.table && !errors.some((e) => e.file === 'indicators' && e.row === 0)) {
    const mentioned = new Set(indicatorsCsv.table.rows.map((r) => r.cells.measure_no ?? ''));
    for (const row of measuresFile.rows) {
      if (row.abolished !== false || !MEASURE_NO_PATTERN.test(row.measureNo) || mentioned.has(row.measureNo)) continue;
      errors.push(
        rowError('measures', row.row, 'measure_no', `施策 ${row.measureNo} の成果指標が成果指標ファイルにありません（指標未設定なら kind を空欄にした行を置いてください）。`, `Measure ${row.measureNo} has no row in the indicators file (for no indicator, give a row with an empty kind).`),
      );
    }
  }
  if (errors.length > 0 || !plan || !measuresFile) return { ok: false, errors: inReadingOrder(errors) };

  const measures: Measure[] = [];
  const results: ImportedResult[] = [];
  measuresFile.rows.forEach((row, order) => {
    const inputs = indicatorsFile
      ? (indicatorsFile.byMeasure.get(row.measureNo) ?? [])
      : row.abolished
        ? []
        : [indicatorFromMeasureRow(row, plan)];
    const indicators = inputs.map((i) => i.indicator);
    const values = inputs.map((i) => i.value);
    measures.push({ measureNo: row.measureNo, name: row.name, bureau: row.bureau, groupPath: row.groupPath, order, abolished: row.abolished === true, indicators });
    const computed = rateMeasure({ indicators }, values, plan.ratingScheme);
    results.push({
      measureNo: row.measureNo,
      fiscalYear: input.fiscalYear,
      targetText: row.targetText,
      actualText: row.actualText,
      values,
      ...(computed === undefined ? {} : { computedRating: computed }),
      ...(row.rating === undefined ? {} : { confirmedRating: row.rating }),
      reason: row.reason,
    });
  });
  return { ok: true, plan, groups: measuresFile.groups, measures, results };
}
