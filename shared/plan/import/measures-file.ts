import type { PlanDefinition } from '../definition';
import type { PlanGroup } from '../structure';
import { missingColumns, rowError, type CsvTable, type RowError } from './csv';

export const MEASURE_NO_PATTERN = /^[0-9A-Za-z][0-9A-Za-z-]{0,19}$/;

/** One row of the measures file, checked. */
export interface MeasureRowInput {
  row: number;
  measureNo: string;
  name: string;
  bureau: string;
  groupPath: string;
  abolished: boolean;
  indicatorText: string;
  targetText: string;
  actualText: string;
  rating: string | undefined;
  reason: string;
}

/** How the file names a level: `<id>` (name = key) or `<id>_no` + `<id>_name`. */
function levelColumns(table: CsvTable, levelId: string): { key: string; name: string } | undefined {
  if (table.header.includes(`${levelId}_no`) && table.header.includes(`${levelId}_name`)) {
    return { key: `${levelId}_no`, name: `${levelId}_name` };
  }
  if (table.header.includes(levelId)) return { key: levelId, name: levelId };
  return undefined;
}

/**
 * Reads the measures file against the plan: the group tree from the level
 * columns, and one checked row per measure. Every problem is reported.
 */
export function readMeasuresFile(table: CsvTable, plan: PlanDefinition): { groups: PlanGroup[]; rows: MeasureRowInput[]; errors: RowError[] } {
  const errors = missingColumns(table, 'measures', ['measure_no', 'measure_name', 'bureau']);
  const columns = plan.levels.map((level) => ({ level, cols: levelColumns(table, level.id) }));
  for (const { level, cols } of columns) {
    if (!cols) {
      errors.push(
        rowError('measures', 0, level.id, `階層「${level.name.ja}」の列（${level.id} または ${level.id}_no と ${level.id}_name）がありません。`, `No column for level "${level.name.en}" (${level.id}, or ${level.id}_no and ${level.id}_name).`),
      );
    }
  }
  if (errors.length > 0) return { groups: [], rows: [], errors };

  const levelIds = new Set(plan.ratingScheme.levels.map((l) => l.id));
  const symbolOf = new Map(plan.ratingScheme.levels.map((l) => [l.id, l.symbol]));
  const groups = new Map<string, PlanGroup>();
  const seen = new Map<string, number>();
  const rows: MeasureRowInput[] = [];

  table.rows.forEach((cells, index) => {
    const row = index + 1;
    const bad = (column: string, ja: string, en: string) => errors.push(rowError('measures', row, column, ja, en));
    const measureNo = cells.measure_no ?? '';
    if (!MEASURE_NO_PATTERN.test(measureNo)) bad('measure_no', `施策番号「${measureNo}」は英数字とハイフン（20文字以内）で指定してください。`, `Measure number "${measureNo}" must be letters, digits and hyphens (up to 20).`);
    else if (seen.has(measureNo)) bad('measure_no', `施策番号 ${measureNo} が ${seen.get(measureNo)} 行目と重複しています。`, `Measure number ${measureNo} repeats row ${seen.get(measureNo)}.`);
    else seen.set(measureNo, row);
    if (!cells.measure_name) bad('measure_name', '施策名が空です。', 'The measure name is empty.');

    const path: string[] = [];
    for (const { level, cols } of columns) {
      const key = cells[cols!.key] ?? '';
      const name = cells[cols!.name] ?? '';
      if (!key || !name || key.includes('/')) {
        bad(cols!.key, `「${level.name.ja}」が空か、「/」を含んでいます。`, `The ${level.name.en} is empty or contains "/".`);
        return;
      }
      path.push(key);
      const groupPath = path.join('/');
      const existing = groups.get(groupPath);
      if (existing && existing.name !== name) {
        bad(cols!.name, `${level.name.ja}「${key}」の名称が「${existing.name}」と食い違っています。`, `${level.name.en} "${key}" is named differently from "${existing.name}" elsewhere.`);
      } else if (!existing) {
        groups.set(groupPath, { path: groupPath, level: level.id, key, name, order: groups.size });
      }
    }

    const rating = cells.rating || undefined;
    if (rating && !levelIds.has(rating)) {
      bad('rating', `評価「${rating}」はこの計画の評価区分（${[...levelIds].join(', ')}）にありません。`, `Rating "${rating}" is not a level of this plan (${[...levelIds].join(', ')}).`);
    } else if (rating && cells.rating_symbol && cells.rating_symbol !== symbolOf.get(rating)) {
      bad('rating_symbol', `記号「${cells.rating_symbol}」が評価「${rating}」の記号「${symbolOf.get(rating)}」と一致しません。`, `Symbol "${cells.rating_symbol}" does not match rating "${rating}" ("${symbolOf.get(rating)}").`);
    }
    const abolished = cells.abolished ?? '';
    if (!['', 'true', 'false'].includes(abolished)) {
      bad('abolished', `abolished は true か false で指定してください（「${abolished}」）。`, `abolished must be true or false (got "${abolished}").`);
    }
    rows.push({
      row,
      measureNo,
      name: cells.measure_name ?? '',
      bureau: cells.bureau ?? '',
      groupPath: path.join('/'),
      abolished: abolished === 'true',
      indicatorText: cells.indicator ?? '',
      targetText: cells.target ?? '',
      actualText: cells.actual ?? '',
      rating,
      reason: cells.reason ?? '',
    });
  });
  return { groups: [...groups.values()], rows, errors };
}
