import type { ImportRowError } from '../../../shared/api/errors';
import { sharedValueEntrySchema, type ReportedValueRecord, type ValuesImportBody, type ValuesImportResult } from '../../../shared/api/shared-measures';
import type { Principal } from '../../../shared/auth/roles';
import { prefectureOrgCode } from '../../../shared/org/codes';
import type { Organisation } from '../../../shared/org/organisation';
import { periodLabel, periodProblem } from '../../../shared/shared-measures/periods';
import { decideEntry, sameAsStored } from '../../../shared/shared-measures/value-entry';
import { valuesEntries, valuesRowError, type ValuesEntry } from '../../../shared/shared-measures/values-import';
import type { SharedValue } from '../../../shared/shared-measures/status';
import { formatZodIssues } from '../../../shared/validation/messages';
import { conflict, DomainError, forbidden } from '../../../shared/errors';
import { auditPut } from '../../platform/db/audit';
import { valueKeys, valuePut } from './shared-values.table';
import { ConditionFailedError, guardedDelete } from '../../platform/db/transactions';
import { importAllOrNothing } from '../../platform/db/all-or-nothing-import';
import { organisationsOf } from '../organisations';
import { catalogueOf } from './catalogue-cache';
import { pendingKey, readContexts } from './value-context';
import { valuesFileRows } from './values-import-source';
import type { SharedValueEntry } from '../../../shared/api/shared-measures';

const invalidRows = (rows: ImportRowError[]) =>
  new DomainError(
    'invalid',
    'import_invalid',
    {
      ja: `誤りが ${rows.length} 件あります（行番号は見出しを1行目とした Excel の行番号です）。何も書き込んでいません。`,
      en: `${rows.length} problem(s) found (rows numbered as Excel shows them, the header being row 1); nothing was written.`,
    },
    { rows: [...rows].sort((a, b) => a.row - b.row) },
  );

const ENTRY_COLUMN: Record<string, 'value' | 'note' | 'source'> = { value: 'value', note: 'note', source: 'source' };

/** The checks that need no stored value: who may write, the municipality, the period. */
function entryProblems(e: ValuesEntry, principal: Principal, organisations: readonly Organisation[], now: Date): ImportRowError[] {
  const errors: ImportRowError[] = [];
  if (principal.role === 'municipal_staff' && e.measure.reportedBy === 'prefecture') {
    errors.push(valuesRowError(e.row, 'measure_id', `「${e.measure.name.ja}」は県が入力する指標です。`, `The prefecture enters "${e.measure.name.en}".`));
  }
  if (!organisations.some((o) => o.code === e.target.orgCode && o.kind !== 'prefecture')) {
    errors.push(valuesRowError(e.row, 'org_code', `団体コード ${e.target.orgCode} の市町村はありません。`, `No municipality ${e.target.orgCode}.`));
  }
  const periodIssue = periodProblem(e.measure.period, e.target.period, now);
  if (periodIssue) errors.push(valuesRowError(e.row, 'period', periodIssue.ja, periodIssue.en));
  return errors;
}

/**
 * Imports values from a CSV (text, or its bytes in UTF-8 or Shift_JIS) or from an XLSX sheet's rows read in the
 * browser. Every row is checked first, by the form's schema and the same review and plausibility decision
 * (shared/shared-measures/value-entry.ts); one bad row, or one row of another municipality from municipal staff,
 * and nothing is written. A dry run answers what would change (before → after, with warnings) and writes nothing;
 * the commit writes all of it or none (functions/platform/db/all-or-nothing-import.ts).
 */
export async function importSharedValues(body: ValuesImportBody, principal: Principal, now = new Date()): Promise<ValuesImportResult> {
  const prefCode = prefectureOrgCode(principal.orgCode);
  const rows = valuesFileRows(body);
  const isMunicipal = principal.role === 'municipal_staff';
  const others = rows.filter(({ cells }) => isMunicipal && (cells.org_code ?? '').normalize('NFKC').trim() !== principal.orgCode).map(({ row }) => row);
  if (others.length > 0) {
    throw forbidden({
      ja: `他の市町村の行が含まれています（${others.slice(0, 5).map((row) => `${row}行目`).join('、')}）。自団体の行のみ取り込めます。何も書き込んでいません。`,
      en: `The file has rows of other municipalities (rows ${others.slice(0, 5).join(', ')}). Only your own rows can be imported; nothing was written.`,
    });
  }
  const [catalogue, organisations] = await Promise.all([catalogueOf(prefCode), organisationsOf(prefCode)]);
  const { entries: read, errors } = valuesEntries(rows, catalogue);
  // Rows with a problem of their own are reported, and the others still checked, so one answer lists every bad row.
  const entries = read.filter((e) => {
    const problems = entryProblems(e, principal, organisations, now);
    errors.push(...problems);
    return problems.length === 0;
  });

  // The values of the file, for rules that compare a row with another value of the same file (a previous period).
  const pending = new Map<string, SharedValue>();
  for (const e of entries) if (e.value !== undefined && !e.statusItems) pending.set(pendingKey(e.target), e.value as SharedValue);
  const stored = await readContexts(prefCode, entries, pending);
  const at = now.toISOString();
  const accepted: { entry: ValuesEntry; record: ReportedValueRecord; current?: ReportedValueRecord; warnings: ValuesImportResult['changes'][number]['warnings'] }[] = [];
  let unchanged = 0;
  entries.forEach((e, i) => {
    const { current, previous, others: compared } = stored[i]!;
    // A status file may name some items only: the others keep their stored state.
    const value = e.statusItems ? { ...(typeof current?.value === 'object' ? current.value : {}), ...e.statusItems } : e.value;
    const parsed = sharedValueEntrySchema(e.measure).safeParse({ value, note: e.note, source: e.source });
    if (!parsed.success) {
      for (const f of formatZodIssues(parsed.error.issues)) errors.push(valuesRowError(e.row, ENTRY_COLUMN[f.path.split('.')[0] ?? ''] ?? 'value', f.message.ja, f.message.en));
      return;
    }
    const entry: SharedValueEntry = parsed.data;
    if (sameAsStored(entry, current)) {
      unchanged += 1;
      return;
    }
    const decision = decideEntry(entry, { measure: e.measure, catalogue, target: e.target, current, previous, others: compared, byPrefecture: !isMunicipal, userId: principal.userId, at });
    if (!decision.ok) {
      if (decision.code === 'note_required') {
        // One note answers every warning of the row: one error, naming them all.
        const ja = decision.findings.map((f) => f.message.ja).join(' ');
        const en = decision.findings.map((f) => f.message.en).join(' ');
        errors.push(valuesRowError(e.row, 'note', `${ja} 値が正しければ、理由を「備考」列に入力してください。`, `${en} If the value is right, explain why in the note (備考) column.`));
      } else {
        for (const f of decision.findings) errors.push(valuesRowError(e.row, 'value', f.message.ja, f.message.en));
      }
      return;
    }
    accepted.push({ entry: e, record: decision.record, current, warnings: decision.warnings });
  });
  if (errors.length > 0) throw invalidRows(errors);

  const changes: ValuesImportResult['changes'] = accepted.map(({ entry: e, record, current, warnings }) => ({
    row: e.row,
    measureId: e.measure.id,
    measureName: e.measure.name,
    period: e.target.period,
    periodLabel: { ja: periodLabel(e.measure.period, e.target.period), en: periodLabel(e.measure.period, e.target.period, 'en') },
    orgCode: e.target.orgCode,
    orgName: organisations.find((o) => o.code === e.target.orgCode)?.name ?? e.target.orgCode,
    ...(current ? { before: current.value } : {}),
    after: record.value,
    warnings,
  }));
  if (body.dryRun || accepted.length === 0) return { dryRun: body.dryRun ?? false, written: 0, changes, unchanged };

  const actor = { userId: principal.userId, role: principal.role };
  const writes = accepted.map(({ entry: e, record: next, current }) => {
    const entity = valueKeys.entity(prefCode, e.target);
    return {
      put: valuePut(prefCode, next, current?.version ?? 0),
      audit: auditPut({ entity, action: 'value.import', actor, at, before: current, after: next }),
      // Undone only if nobody has edited the value since the import wrote it.
      undo: {
        undo: current ? valuePut(prefCode, current, next.version) : guardedDelete(valueKeys.item(prefCode, e.target), next.version),
        entity,
        imported: next,
        restored: current,
      },
    };
  });
  try {
    // One import at a time per importing organisation: the prefecture's own imports do not wait for a municipality's.
    await importAllOrNothing({ scope: `${prefCode}#VALUES#${principal.orgCode}`, actor, changes: writes });
  } catch (error) {
    if (error instanceof ConditionFailedError) {
      throw conflict('version_conflict', {
        ja: '取込中に他の職員が同じ値を更新しました。取込は取り消しました。もう一度取り込んでください。',
        en: 'Someone changed one of these values during the import, so the import was undone. Import again.',
      });
    }
    throw error;
  }
  return { dryRun: false, written: accepted.length, changes, unchanged };
}
