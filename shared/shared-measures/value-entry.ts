import type { ReportedValueRecord, SharedValueEntry } from '../api/shared-measures';
import type { SharedMeasure } from './definition';
import { checkPlausibility, type Finding } from './plausibility';
import type { ConfirmedValue } from './review';
import type { SharedValue } from './status';

/**
 * What saving one entered value does, decided once for the form (PUT …/values/{orgCode}) and the import, so that
 * neither path can store what the other refuses nor publish what the other holds back (issue 15):
 * - an `error` finding refuses the value; a `warning` needs a note, and is kept on the value as a flag for the reviewer;
 * - a municipality's write is 提出済 (`submitted`) until the prefecture confirms it, and what was confirmed before
 *   stays published meanwhile;
 * - the prefecture's write is confirmed as it is written: the prefecture is the reviewer, and the measures it enters
 *   itself (from national statistics: the My Number Card rate, the support visits) have no one else to review them.
 */
export interface EntryContext {
  measure: SharedMeasure;
  catalogue: readonly SharedMeasure[];
  target: Pick<ReportedValueRecord, 'measureId' | 'period' | 'orgCode'>;
  current?: ReportedValueRecord;
  /** The same organisation's value of the period before. */
  previous?: SharedValue;
  /** Its same-period values of the measures named by `not_above` rules. */
  others: Record<string, SharedValue | undefined>;
  byPrefecture: boolean;
  userId: string;
  at: string;
}

export type EntryDecision =
  | { ok: true; record: ReportedValueRecord; warnings: Finding[] }
  | { ok: false; code: 'implausible' | 'note_required'; message: { ja: string; en: string }; findings: Finding[] };

const listJa = (fs: readonly Finding[]) => fs.map((f) => f.message.ja).join(' ');
const listEn = (fs: readonly Finding[]) => fs.map((f) => f.message.en).join(' ');

/** The value as last confirmed: its snapshot, or the value itself while it stands confirmed. */
export function confirmedOf(record: ReportedValueRecord | undefined): ConfirmedValue | undefined {
  if (!record) return undefined;
  if (record.review !== 'confirmed') return record.confirmed;
  return {
    value: record.value,
    ...(record.note ? { note: record.note } : {}),
    ...(record.source ? { source: record.source } : {}),
    at: record.reviewedAt ?? record.confirmed?.at ?? record.updatedAt,
  };
}

export function decideEntry(entry: SharedValueEntry, ctx: EntryContext): EntryDecision {
  const { measure, current, at } = ctx;
  const { errors, warnings } = checkPlausibility(measure, entry.value, { previous: ctx.previous, others: ctx.others, catalogue: ctx.catalogue });
  if (errors.length > 0) {
    return {
      ok: false,
      code: 'implausible',
      findings: errors,
      message: { ja: `「${measure.name.ja}」の値を受け付けられません。${listJa(errors)}`, en: `The value for "${measure.name.en}" cannot be accepted. ${listEn(errors)}` },
    };
  }
  if (warnings.length > 0 && !entry.note?.trim()) {
    return {
      ok: false,
      code: 'note_required',
      findings: warnings,
      message: {
        ja: `${listJa(warnings)} 値が正しければ、理由を備考に入力してください（県の確認時に参照されます）。`,
        en: `${listEn(warnings)} If the value is right, explain why in the note (the prefecture reads it when reviewing).`,
      },
    };
  }
  const base = {
    ...ctx.target,
    value: entry.value,
    ...(entry.note ? { note: entry.note } : {}),
    ...(entry.source ? { source: entry.source } : {}),
    sample: false,
    enteredByPrefecture: ctx.byPrefecture,
    version: (current?.version ?? 0) + 1,
    updatedAt: at,
    updatedBy: ctx.userId,
    ...(warnings.length > 0 ? { flags: warnings } : {}),
  };
  // Corrections never move the first submission: on-time reporting counts from it. Older items have only updatedAt.
  const firstSubmission = current?.submittedAt ?? (current && !current.enteredByPrefecture ? current.updatedAt : undefined);
  if (ctx.byPrefecture) {
    const record: ReportedValueRecord = {
      ...base,
      review: 'confirmed',
      confirmed: { value: entry.value, ...(entry.note ? { note: entry.note } : {}), ...(entry.source ? { source: entry.source } : {}), at },
      ...(firstSubmission ? { submittedAt: firstSubmission } : {}),
      reviewedBy: ctx.userId,
      reviewedAt: at,
    };
    return { ok: true, record, warnings };
  }
  const confirmed = confirmedOf(current);
  const record: ReportedValueRecord = {
    ...base,
    review: 'submitted',
    ...(confirmed ? { confirmed } : {}),
    submittedAt: firstSubmission ?? at,
  };
  return { ok: true, record, warnings };
}

/** Whether an entry would change nothing of what is stored (an import row repeating the current value). */
export function sameAsStored(entry: SharedValueEntry, current: ReportedValueRecord | undefined): boolean {
  if (!current) return false;
  return sameValue(current.value, entry.value) && (current.note ?? '') === (entry.note ?? '') && (current.source ?? '') === (entry.source ?? '');
}

/** Equal values; a status value's items in any order. */
export function sameValue(a: SharedValue, b: SharedValue): boolean {
  if (typeof a !== 'object' || typeof b !== 'object') return a === b;
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}
