import type { ImportRowError } from '../../../shared/api/errors';
import { sharedValueEntrySchema, type ReportedValueRecord, type SharedValueEntry } from '../../../shared/api/shared-measures';
import type { Principal } from '../../../shared/auth/roles';
import { prefectureOrgCode } from '../../../shared/org/codes';
import { readCsv } from '../../../shared/plan/import/csv';
import type { SharedMeasure } from '../../../shared/shared-measures/definition';
import { VALUE_TYPES } from '../../../shared/shared-measures/value-types';
import { periodProblem } from '../../../shared/shared-measures/periods';
import { formatZodIssues } from '../../../shared/validation/messages';
import { conflict, DomainError, forbidden } from '../../../shared/errors';
import { auditPut } from '../../platform/db/audit';
import { getValue, valueKeys, valuePut } from './shared-values.table';
import { ConditionFailedError, guardedDelete } from '../../platform/db/transactions';
import { importAllOrNothing } from '../../platform/db/all-or-nothing-import';
import { organisationsOf } from '../organisations';
import { catalogueOf } from './catalogue-cache';

const COLUMNS = ['measure_id', 'period', 'org_code', 'value', 'note', 'source'] as const;
const MAX_ROWS = 2000;

const rowError = (row: number, column: string, ja: string, en: string): ImportRowError => ({ file: 'values', row, column, message: { ja, en } });

/**
 * Rows are numbered as Excel (and any editor) shows the file: the header is
 * row 1, so a person can go straight to the row named. readCsv counts from the
 * first data row.
 */
const HEADER_ROW = 1;
const sheetRow = (dataRow: number) => dataRow + HEADER_ROW;

/**
 * Two rows for one value (measure, period, municipality) would be two writes
 * of one item in one transaction, which DynamoDB refuses; and which row should
 * win is the person's decision, not the import's. Each later row is reported
 * with the first one it repeats.
 */
function duplicateRows(records: readonly { row: number; cells: Record<string, string> }[]): ImportRowError[] {
  const first = new Map<string, number>();
  const errors: ImportRowError[] = [];
  for (const { row, cells } of records) {
    const key = JSON.stringify([cells.measure_id, cells.period, cells.org_code]);
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, row);
      continue;
    }
    const what = `${cells.measure_id} / ${cells.period} / ${cells.org_code}`;
    errors.push(
      rowError(
        row,
        '',
        `${earlier}行目と${row}行目は同じ値（${what}）です。1つの値は1行にまとめ、どちらかの行を削除してください。`,
        `Rows ${earlier} and ${row} are for the same value (${what}). Keep one of them and delete the other.`,
      ),
    );
  }
  return errors;
}

/** A CSV cell as the measure's value, read the way its kind reads cells (shared/shared-measures/value-types.ts). */
const cellValue = (measure: SharedMeasure, cell: string): unknown => VALUE_TYPES[measure.valueType].fromCell(cell.normalize('NFKC').trim());

/**
 * Imports a CSV of values (measure_id, period, org_code, value, note, source).
 * Every row is checked first; one bad row, or one row of another municipality
 * from municipal staff, and nothing is written.
 */
export async function importSharedValues(csv: string, principal: Principal, now = new Date()): Promise<{ written: number }> {
  const prefCode = prefectureOrgCode(principal.orgCode);
  const { table, errors: csvErrors } = readCsv(csv, 'values');
  if (!table || csvErrors.length > 0) {
    throw new DomainError('invalid', 'import_invalid', { ja: 'CSV として読み取れません。一覧の行を修正してください。', en: 'The file is not valid CSV. Correct the rows listed.' }, {
      rows: csvErrors.map((e) => ({ ...e, row: sheetRow(e.row) })),
    });
  }
  const records = table.rows.map((r) => ({ row: sheetRow(r.row), cells: r.cells }));
  const missing = COLUMNS.slice(0, 4).filter((c) => records.length > 0 && !(c in records[0]!.cells));
  if (records.length === 0 || records.length > MAX_ROWS || missing.length > 0) {
    throw new DomainError('invalid', 'import_invalid', {
      ja: `見出し行（${COLUMNS.join(',')}）と 1〜${MAX_ROWS} 行のデータが必要です。`,
      en: `The file needs the header (${COLUMNS.join(',')}) and 1 to ${MAX_ROWS} rows.`,
    }, { rows: missing.map((c) => rowError(HEADER_ROW, c, `「${c}」列がありません。`, `No "${c}" column.`)) });
  }
  const isMunicipal = principal.role === 'municipal_staff';
  const others = records.filter(({ cells }) => isMunicipal && cells.org_code !== principal.orgCode).map(({ row }) => row);
  if (others.length > 0) {
    throw forbidden({
      ja: `他の市町村の行が含まれています（${others.slice(0, 5).map((row) => `${row}行目`).join('、')}）。自団体の行のみ取り込めます。何も書き込んでいません。`,
      en: `The file has rows of other municipalities (rows ${others.slice(0, 5).join(', ')}). Only your own rows can be imported; nothing was written.`,
    });
  }
  const [catalogue, organisations] = await Promise.all([catalogueOf(prefCode), organisationsOf(prefCode)]);
  const errors: ImportRowError[] = duplicateRows(records);
  const parsed: { target: Pick<ReportedValueRecord, 'measureId' | 'period' | 'orgCode'>; entry: SharedValueEntry }[] = [];
  for (const { row, cells: r } of records) {
    const measure = catalogue.find((m) => m.id === r.measure_id);
    if (!measure) {
      errors.push(rowError(row, 'measure_id', `共通指標「${r.measure_id}」はありません。`, `No shared measure "${r.measure_id}".`));
      continue;
    }
    if (isMunicipal && measure.reportedBy === 'prefecture') errors.push(rowError(row, 'measure_id', 'この指標は県が入力します。', 'The prefecture enters this measure.'));
    if (!organisations.some((o) => o.code === r.org_code && o.kind !== 'prefecture')) errors.push(rowError(row, 'org_code', `団体コード ${r.org_code} の市町村はありません。`, `No municipality ${r.org_code}.`));
    const periodIssue = periodProblem(measure.period, r.period ?? '', now);
    if (periodIssue) errors.push(rowError(row, 'period', periodIssue.ja, periodIssue.en));
    // The form's schema, so a row cannot store what the form refuses (a 250 KB note did once).
    const entry = sharedValueEntrySchema(measure).safeParse({ value: cellValue(measure, r.value ?? ''), note: r.note || undefined, source: r.source || undefined });
    if (!entry.success) {
      for (const f of formatZodIssues(entry.error.issues)) errors.push(rowError(row, f.path.split('.')[0] || 'value', f.message.ja, f.message.en));
      continue;
    }
    parsed.push({ target: { measureId: measure.id, period: r.period!, orgCode: r.org_code! }, entry: entry.data });
  }
  if (errors.length > 0) {
    throw new DomainError('invalid', 'import_invalid', {
      ja: `誤りが ${errors.length} 件あります（行番号は見出しを1行目とした表計算ソフトの行番号です）。何も書き込んでいません。`,
      en: `${errors.length} problem(s) found (rows numbered as a spreadsheet shows them, the header being row 1); nothing was written.`,
    }, { rows: errors.sort((a, b) => a.row - b.row) });
  }

  const at = now.toISOString();
  const actor = { userId: principal.userId, role: principal.role };
  const currents = await Promise.all(parsed.map((p) => getValue(prefCode, p.target)));
  const changes = parsed.map((p, i) => {
    const current = currents[i];
    const next: ReportedValueRecord = {
      ...p.target,
      value: p.entry.value,
      ...(p.entry.note ? { note: p.entry.note } : {}),
      ...(p.entry.source ? { source: p.entry.source } : {}),
      sample: false,
      enteredByPrefecture: !isMunicipal,
      version: (current?.version ?? 0) + 1,
      updatedAt: at,
      updatedBy: principal.userId,
    };
    const entity = valueKeys.entity(prefCode, p.target);
    return {
      put: valuePut(prefCode, next, current?.version ?? 0),
      audit: auditPut({ entity, action: 'value.import', actor, at, before: current, after: next }),
      // Undone only if nobody has edited the value since the import wrote it.
      undo: {
        undo: current ? valuePut(prefCode, current, next.version) : guardedDelete(valueKeys.item(prefCode, p.target), next.version),
        entity,
        imported: next,
        restored: current,
      },
    };
  });
  try {
    // One import at a time per importing organisation: the prefecture's own imports do not wait for a municipality's.
    await importAllOrNothing({ scope: `${prefCode}#VALUES#${principal.orgCode}`, actor, changes });
  } catch (error) {
    if (error instanceof ConditionFailedError) {
      throw conflict('version_conflict', {
        ja: '取込中に他の職員が同じ値を更新しました。取込は取り消しました。もう一度取り込んでください。',
        en: 'Someone changed one of these values during the import, so the import was undone. Import again.',
      });
    }
    throw error;
  }
  return { written: parsed.length };
}
