import type { MeasureRow } from '../../../shared/api/plans';
import { columnsCsv } from '../../../shared/columns';
import { measureColumns } from '../../../shared/plan/measure-columns';
import type { PlanStructure } from './plans.table';

/** The measures list in the columns of the report's annex (施策別成果指標達成状況一覧), plus the computed rating. */
export const measuresCsv = (structure: PlanStructure, rows: MeasureRow[], lang: 'ja' | 'en' = 'ja'): string =>
  columnsCsv(measureColumns(structure.definition), rows, lang);
