import { sharedValueEntrySchema, type ReportedValueRecord, type SharedValueUpdate } from '../../../shared/api/shared-measures';
import type { Principal } from '../../../shared/auth/roles';
import { prefectureOrgCode } from '../../../shared/org/codes';
import type { Organisation } from '../../../shared/org/organisation';
import type { SharedMeasure } from '../../../shared/shared-measures/definition';
import { periodProblem } from '../../../shared/shared-measures/periods';
import { decideEntry, type EntryDecision } from '../../../shared/shared-measures/value-entry';
import { formatZodIssues } from '../../../shared/validation/messages';
import { DomainError, forbidden, invalidInput, notFound, versionConflict } from '../../../shared/errors';
import { auditPut } from '../../platform/db/audit';
import { getValue, NATIONAL, valueKeys, valuePut } from './shared-values.table';
import { organisationsOf } from '../organisations';
import { catalogueOf } from './catalogue-cache';
import { writeVersioned } from '../../platform/db/versioned-write';
import { readContexts } from './value-context';

export interface ValueTarget {
  measureId: string;
  period: string;
  orgCode: string;
}

/** The catalogue's measure, or 400 naming the path's measure id. */
export function measureToWrite(catalogue: readonly SharedMeasure[], measureId: string): SharedMeasure {
  const measure = catalogue.find((m) => m.id === measureId);
  if (!measure) {
    throw invalidInput(
      { ja: `共通指標「${measureId}」はありません。指標の一覧から選んでください。`, en: `There is no shared measure "${measureId}". Choose one from the catalogue.` },
      [{ path: 'measureId', message: { ja: '共通指標の一覧にない指標です。', en: 'Not in the shared-measure catalogue.' } }],
    );
  }
  return measure;
}

/** Who may write this measure's value for this organisation: 403 or 404 otherwise. */
export function checkWriter(principal: Principal, measure: SharedMeasure, orgCode: string, organisations: readonly Organisation[]): void {
  const isMunicipal = principal.role === 'municipal_staff';
  if (isMunicipal && measure.reportedBy === 'prefecture') {
    throw forbidden({
      ja: `「${measure.name.ja}」は県が国の統計から入力する指標です。市町村からは入力できません。`,
      en: `"${measure.name.en}" is entered by the prefecture from national statistics.`,
    });
  }
  const national = orgCode === NATIONAL;
  if (national ? !measure.hasNationalReference || isMunicipal : !organisations.some((o) => o.code === orgCode && o.kind !== 'prefecture')) {
    throw notFound({ ja: `団体コード ${orgCode} の市町村`, en: `Municipality ${orgCode}` });
  }
}

/** A refused entry (an error finding, or warnings without a note) as the 400 the form shows beside the value and the note. */
export function refusal(decision: Extract<EntryDecision, { ok: false }>): DomainError {
  const path = decision.code === 'note_required' ? 'note' : 'value';
  return new DomainError('invalid', decision.code, decision.message, { fields: decision.findings.map((f) => ({ path, message: f.message })) });
}

/**
 * Records one organisation's value of a shared measure for a period, with its history entry, in one transaction.
 * Municipal staff write only their own municipality's values, and only for measures municipalities report. What the
 * write means for review and plausibility is decided in shared/shared-measures/value-entry.ts. Two round trips:
 * one BatchGetItem (the value, and what its rules compare it with) and the transaction; the catalogue and the
 * organisations come from the per-process cache.
 */
export async function saveSharedValue(
  target: ValueTarget,
  update: SharedValueUpdate,
  principal: Principal,
  now: Date = new Date(),
): Promise<ReportedValueRecord> {
  const prefCode = prefectureOrgCode(principal.orgCode);
  const isMunicipal = principal.role === 'municipal_staff';
  if (isMunicipal && target.orgCode !== principal.orgCode) {
    throw forbidden({
      ja: '他の市町村の値は入力できません。自団体の値のみ入力・修正できます。',
      en: 'You may enter values only for your own municipality.',
    });
  }
  const [catalogue, organisations] = await Promise.all([catalogueOf(prefCode), organisationsOf(prefCode)]);
  const measure = measureToWrite(catalogue, target.measureId);
  checkWriter(principal, measure, target.orgCode, organisations);
  const periodIssue = periodProblem(measure.period, target.period, now);
  if (periodIssue) throw invalidInput(periodIssue, [{ path: 'period', message: periodIssue }]);
  const parsed = sharedValueEntrySchema(measure).safeParse({ value: update.value, note: update.note || undefined, source: update.source || undefined });
  if (!parsed.success) {
    const fields = formatZodIssues(parsed.error.issues);
    throw invalidInput({ ja: `「${measure.name.ja}」の値が正しくありません。`, en: `The value for "${measure.name.en}" is not valid.` }, fields);
  }
  const [stored] = await readContexts(prefCode, [{ measure, target }]);
  const { current } = stored!;
  if (update.version !== (current?.version ?? 0)) throw versionConflict(current);

  const decision = decideEntry(parsed.data, {
    measure,
    catalogue,
    target,
    current,
    previous: stored!.previous,
    others: stored!.others,
    byPrefecture: !isMunicipal,
    userId: principal.userId,
    at: now.toISOString(),
  });
  if (!decision.ok) throw refusal(decision);
  const next = decision.record;
  await writeVersioned(
    [
      valuePut(prefCode, next, update.version),
      auditPut({
        entity: valueKeys.entity(prefCode, target),
        action: current ? 'value.update' : 'value.create',
        actor: { userId: principal.userId, role: principal.role },
        at: next.updatedAt,
        before: current,
        after: next,
        reason: update.note,
      }),
    ],
    () => getValue(prefCode, target),
  );
  return next;
}
