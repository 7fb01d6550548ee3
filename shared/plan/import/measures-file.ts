import type { GroupLevel, PlanDefinition } from '../definition';
import type { PlanGroup } from '../structure';
import { groupPath, PATH_SEPARATOR } from '../tree';
import { levelById, levelOfSymbol } from '../../rating/scheme';
import { missingColumns, rowError, type CsvTable, type RowError } from './csv';

/** Letters, digits and hyphens: measure numbers become parts of keys and URLs. */
export const MEASURE_NO_PATTERN = /^[0-9A-Za-z][0-9A-Za-z-]{0,19}$/;

/** Columns every measures file needs, beside one column (or pair) per group level. */
export const REQUIRED_MEASURE_COLUMNS = ['measure_no', 'measure_name', 'bureau', 'target', 'actual'] as const;

/** One row of the measures file, checked. */
export interface MeasureRowInput {
  row: number;
  measureNo: string;
  name: string;
  bureau: string;
  groupPath: string;
  /** Undefined when the cell was invalid (already reported). */
  abolished: boolean | undefined;
  indicatorText: string;
  targetText: string;
  actualText: string;
  /** The published rating (a level id), from `rating` or else from `rating_symbol`. */
  rating: string | undefined;
  reason: string;
}

interface LevelColumns {
  level: GroupLevel;
  key: string;
  name: string;
}

/** How the file names a level: `<id>_no` + `<id>_name` (key and name), or `<id>` (the name is the key). */
function levelColumns(header: readonly string[], level: GroupLevel): LevelColumns | undefined {
  if (header.includes(`${level.id}_no`) && header.includes(`${level.id}_name`)) {
    return { level, key: `${level.id}_no`, name: `${level.id}_name` };
  }
  if (header.includes(level.id)) return { level, key: level.id, name: level.id };
  return undefined;
}

/** Spreadsheets write booleans as TRUE/FALSE; an empty cell means not abolished. */
function readBoolean(text: string): boolean | undefined {
  const t = text.toLowerCase();
  return t === '' || t === 'false' ? false : t === 'true' ? true : undefined;
}

type Bad = (column: string, ja: string, en: string) => void;

/** The published rating of a row from `rating` and `rating_symbol`, which must agree. */
function readRating(cells: Record<string, string>, plan: PlanDefinition, bad: Bad): string | undefined {
  const scheme = plan.ratingScheme;
  const ids = scheme.levels.map((l) => l.id).join(', ');
  const id = cells.rating ?? '';
  const symbol = cells.rating_symbol ?? '';
  const bySymbol = symbol ? levelOfSymbol(scheme, symbol) : undefined;
  if (symbol && !bySymbol) {
    const symbols = scheme.levels.map((l) => l.symbol).join(' ');
    bad('rating_symbol', `記号「${symbol}」はこの計画の評価記号（${symbols}）にありません。`, `Symbol "${symbol}" is not a rating symbol of this plan (${symbols}).`);
  }
  if (id === '') return bySymbol?.id;
  const level = levelById(scheme, id);
  if (!level) {
    bad('rating', `評価「${id}」はこの計画の評価区分（${ids}）にありません。`, `Rating "${id}" is not a rating level of this plan (${ids}).`);
    return undefined;
  }
  if (bySymbol && bySymbol.id !== level.id) {
    bad('rating_symbol', `記号「${symbol}」が評価「${id}」の記号「${level.symbol}」と一致しません。`, `Symbol "${symbol}" does not match rating "${id}", whose symbol is "${level.symbol}".`);
  }
  return level.id;
}

/**
 * Reads one row's place in the group tree, adding groups met for the first
 * time (so groups are ordered by first appearance). Every bad level cell is
 * reported; the path is undefined when any is bad.
 */
function readGroups(cells: Record<string, string>, columns: readonly LevelColumns[], groups: Map<string, PlanGroup>, bad: Bad): string | undefined {
  const keys: string[] = [];
  let ok = true;
  for (const { level, key: keyColumn, name: nameColumn } of columns) {
    const key = cells[keyColumn] ?? '';
    const name = cells[nameColumn] ?? '';
    if (key === '' || key.includes(PATH_SEPARATOR)) {
      bad(keyColumn, `「${level.name.ja}」（${keyColumn}）が空か、「/」を含んでいます。`, `The ${level.name.en} (${keyColumn}) is empty or contains "/".`);
      ok = false;
      continue;
    }
    if (name === '') {
      bad(nameColumn, `「${level.name.ja}」の名称（${nameColumn}）が空です。`, `The ${level.name.en} name (${nameColumn}) is empty.`);
      ok = false;
      continue;
    }
    keys.push(key);
    if (!ok) continue;
    const path = groupPath(keys);
    const existing = groups.get(path);
    const nameEn = level.groupNamesEn?.[name];
    if (!existing) groups.set(path, { path, level: level.id, key, name, ...(nameEn ? { nameEn } : {}), order: groups.size });
    else if (existing.name !== name) {
      bad(nameColumn, `${level.name.ja}「${key}」の名称「${name}」が、先の行の「${existing.name}」と食い違っています。`, `${level.name.en} "${key}" is named "${name}" here but "${existing.name}" in an earlier row.`);
      ok = false;
    }
  }
  return ok ? groupPath(keys) : undefined;
}

/**
 * Reads the measures file against the plan: the group tree from the level
 * columns and one checked row per measure, reporting every bad cell. Without
 * a valid plan (already reported) the rows are still checked for everything
 * that does not depend on it, so one attempt shows every problem.
 */
export function readMeasuresFile(
  table: CsvTable,
  plan: PlanDefinition | undefined,
): { groups: PlanGroup[]; rows: MeasureRowInput[]; errors: RowError[] } {
  const errors = missingColumns(table, 'measures', REQUIRED_MEASURE_COLUMNS);
  const columns: LevelColumns[] = [];
  for (const level of plan?.levels ?? []) {
    const cols = levelColumns(table.header, level);
    if (cols) columns.push(cols);
    else {
      errors.push(
        rowError('measures', 0, level.id, `階層「${level.name.ja}」の列（${level.id}、または ${level.id}_no と ${level.id}_name）がありません。`, `The header has no column for the level "${level.name.en}" (${level.id}, or ${level.id}_no and ${level.id}_name).`),
      );
    }
  }
  if (errors.length > 0) return { groups: [], rows: [], errors };

  const groups = new Map<string, PlanGroup>();
  const firstRowOf = new Map<string, number>();
  const rows: MeasureRowInput[] = [];
  for (const { row, cells, malformed } of table.rows) {
    const bad: Bad = (column, ja, en) => errors.push(rowError('measures', row, column, ja, en));
    const measureNo = cells.measure_no ?? '';
    if (malformed) {
      // Reported by readCsv; its number is still known so the indicators file is not blamed for it.
      rows.push(emptyRow(row, measureNo));
      continue;
    }
    if (!MEASURE_NO_PATTERN.test(measureNo)) {
      bad('measure_no', `施策番号「${measureNo}」は英数字とハイフン（20文字以内）で書いてください。`, `Measure number "${measureNo}" must be letters, digits and hyphens (up to 20).`);
    } else if (firstRowOf.has(measureNo)) {
      bad('measure_no', `施策番号 ${measureNo} が ${firstRowOf.get(measureNo)} 行目と重複しています。`, `Measure number ${measureNo} is already used in row ${firstRowOf.get(measureNo)}.`);
    } else firstRowOf.set(measureNo, row);
    if (!cells.measure_name) bad('measure_name', '施策名が空です。', 'The measure name is empty.');
    if (!cells.bureau) bad('bureau', 'とりまとめ局が空です。', 'The bureau is empty.');
    const path = plan ? readGroups(cells, columns, groups, bad) : '';
    const rating = plan ? readRating(cells, plan, bad) : undefined;
    const abolished = readBoolean(cells.abolished ?? '');
    if (abolished === undefined) {
      bad('abolished', `abolished は true か false で書いてください（「${cells.abolished}」）。`, `abolished must be true or false (not "${cells.abolished}").`);
    }
    rows.push({
      row,
      measureNo,
      name: cells.measure_name ?? '',
      bureau: cells.bureau ?? '',
      groupPath: path ?? '',
      abolished,
      indicatorText: cells.indicator ?? '',
      targetText: cells.target ?? '',
      actualText: cells.actual ?? '',
      rating,
      reason: cells.reason ?? '',
    });
  }
  if (table.rows.length === 0) errors.push(rowError('measures', 1, '', '施策の行がありません。', 'The file has no measure rows.'));
  return { groups: [...groups.values()], rows, errors };
}

function emptyRow(row: number, measureNo: string): MeasureRowInput {
  return { row, measureNo, name: '', bureau: '', groupPath: '', abolished: undefined, indicatorText: '', targetText: '', actualText: '', rating: undefined, reason: '' };
}
