import type { PlanDefinition } from '../definition';
import { parseFigure } from '../figures';
import type { MeasureResult } from '../result';
import type { Measure, PlanGroup } from '../structure';
import { rateMeasure } from '../../rating/engine';
import { readCsv, type RowError } from './csv';
import { readIndicatorsFile, type IndicatorInput } from './indicators-file';
import { readMeasuresFile, type MeasureRowInput } from './measures-file';
import { readPlanFile } from './plan-file';

export interface PlanImportInput {
  plan: unknown;
  measuresCsv: string;
  indicatorsCsv?: string;
  fiscalYear: number;
}

export type ImportedResult = Omit<MeasureResult, 'version' | 'updatedAt' | 'updatedBy'>;

export type PlanImportParse =
  | { ok: true; plan: PlanDefinition; groups: PlanGroup[]; measures: Measure[]; results: ImportedResult[] }
  | { ok: false; errors: RowError[] };

const NOT_SET = new Set(['', '―', '-', 'ー', '—']);

/**
 * With no indicators file, each measure gets one indicator read from its own
 * row: none when no target is set, numeric when the target is a number,
 * otherwise a milestone.
 */
function indicatorFromMeasureRow(row: MeasureRowInput): IndicatorInput {
  const targetValue = parseFigure(row.targetText);
  const kind = NOT_SET.has(row.targetText) ? 'none' : targetValue !== undefined ? 'numeric' : 'milestone';
  const actualValue = kind === 'numeric' ? parseFigure(row.actualText) : undefined;
  return {
    indicator: { subNo: 1, name: row.indicatorText, kind, unit: '', ...(kind === 'numeric' ? { direction: 'higher' as const } : {}) },
    value: {
      subNo: 1,
      target: kind === 'numeric' ? { text: row.targetText, value: targetValue! } : { text: row.targetText },
      actual: actualValue === undefined ? { text: row.actualText } : { text: row.actualText, value: actualValue },
    },
  };
}

/**
 * Reads and checks an import (plan file, measures CSV, optional indicators
 * CSV) for one fiscal year. Either everything is valid and comes back as the
 * plan's groups, measures and results, or every problem found comes back
 * with its file, row and column. The same input always gives the same output.
 */
export function parsePlanImport(input: PlanImportInput): PlanImportParse {
  const planFile = readPlanFile(input.plan, input.fiscalYear);
  const measuresCsv = readCsv(input.measuresCsv, 'measures');
  const indicatorsCsv = input.indicatorsCsv === undefined ? undefined : readCsv(input.indicatorsCsv, 'indicators');
  const errors: RowError[] = [...planFile.errors, ...measuresCsv.errors, ...(indicatorsCsv?.errors ?? [])];
  const plan = planFile.plan;
  if (!plan || !measuresCsv.table) return { ok: false, errors };

  const measuresFile = readMeasuresFile(measuresCsv.table, plan);
  errors.push(...measuresFile.errors);
  const measureNos = new Set(measuresFile.rows.map((r) => r.measureNo));
  const indicatorsFile = indicatorsCsv?.table ? readIndicatorsFile(indicatorsCsv.table, measureNos) : undefined;
  errors.push(...(indicatorsFile?.errors ?? []));
  if (errors.length > 0) return { ok: false, errors };

  const scheme = plan.ratingScheme;
  const measures: Measure[] = [];
  const results: ImportedResult[] = [];
  measuresFile.rows.forEach((row, order) => {
    const inputs = indicatorsFile
      ? (indicatorsFile.byMeasure.get(row.measureNo) ?? []).sort((a, b) => a.indicator.subNo - b.indicator.subNo)
      : row.abolished
        ? []
        : [indicatorFromMeasureRow(row)];
    const indicators = inputs.map((i) => i.indicator);
    const values = inputs.map((i) => i.value);
    measures.push({
      measureNo: row.measureNo,
      name: row.name,
      bureau: row.bureau,
      groupPath: row.groupPath,
      order,
      abolished: row.abolished,
      indicators,
    });
    const computed = rateMeasure({ indicators }, values, scheme);
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
