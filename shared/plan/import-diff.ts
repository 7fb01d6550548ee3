import { z } from 'zod';
import { erratumChanges, type ErratumField } from './errata';
import { DEFINITION_FIELDS, PREVIEW_FIELDS } from './import-fields';
import type { MeasureResult } from './result';
import type { Measure } from './structure';

/**
 * What an import would change, measure by measure and field by field, as a reader compares them (the printed
 * texts: shared/plan/errata.ts erratumChanges is the one field rule), and which of those changes would undo an
 * edit made in the portal since the last import.
 */

export { DEFINITION_FIELDS, PREVIEW_FIELDS, PREVIEW_FIELD_LABELS, type PreviewField } from './import-fields';

export const fieldChangeSchema = z.object({
  field: z.enum(PREVIEW_FIELDS),
  before: z.string(),
  after: z.string(),
  /** The stored value was changed in the portal since the last import, and the file would replace it. */
  conflict: z.boolean(),
});
export type FieldChange = z.infer<typeof fieldChangeSchema>;

export const importItemSchema = z.object({
  measureNo: z.string(),
  name: z.string(),
  /** `new`: the measure (or its result for the year) does not exist yet; its fields are not listed one by one. */
  kind: z.enum(['new', 'changed']),
  changes: z.array(fieldChangeSchema),
  /** Some field was edited in the portal since the last import: kept as it is unless the administrator overwrites it. */
  conflict: z.boolean(),
  /** Whether the import writes this item (a conflict is written only when chosen for overwriting). */
  write: z.boolean(),
});
export type ImportItem = z.infer<typeof importItemSchema>;

/** A result's fields as an import writes them, kept on the result as `imported` (shared/plan/result.ts). */
export type ImportedSnapshot = NonNullable<MeasureResult['imported']>;
type ResultFields = Omit<ImportedSnapshot, 'at'>;

export function importedSnapshot(result: ResultFields, at: string): ImportedSnapshot {
  const { targetText, actualText, values, confirmedRating, reason } = result;
  return { at, targetText, actualText, values, ...(confirmedRating === undefined ? {} : { confirmedRating }), reason };
}

/**
 * The fields changed in the portal since the last import: those whose stored value differs from what that
 * import wrote. A result with no snapshot was written before imports kept one (or only in the portal, which
 * cannot create a result the import did not): nothing is known to have been edited, so nothing is.
 */
export function portalEdits(stored: MeasureResult): Set<ErratumField> {
  if (!stored.imported) return new Set();
  return new Set(erratumChanges(stored.imported, stored).map((c) => c.field));
}

/**
 * The printed changes an import makes to one existing result, each marked as a conflict when the field was
 * edited in the portal since the last import and the file says otherwise. Empty when a reader would see no
 * difference (a numeric value alone may still differ: the caller compares the whole content).
 */
export function resultChanges(stored: MeasureResult, fromFile: ResultFields): FieldChange[] {
  const edited = portalEdits(stored);
  return erratumChanges(stored, fromFile).map((c) => ({ ...c, conflict: edited.has(c.field) }));
}

const definitionText: Record<(typeof DEFINITION_FIELDS)[number], (m: Measure) => string> = {
  name: (m) => m.name,
  bureau: (m) => m.bureau,
  groupPath: (m) => m.groupPath,
  abolished: (m) => (m.abolished ? '廃止 / abolished' : ''),
  indicators: (m) => m.indicators.map((i) => `${i.subNo}: ${i.name}（${i.kind}${i.unit ? `, ${i.unit}` : ''}${i.direction ? `, ${i.direction}` : ''}）`).join('; '),
};

/** The changes an import makes to a measure's definition: only imports write these, so they never conflict. */
export function definitionChanges(stored: Measure, fromFile: Measure): FieldChange[] {
  return DEFINITION_FIELDS.flatMap((field) => {
    const [before, after] = [definitionText[field](stored), definitionText[field](fromFile)];
    return before === after ? [] : [{ field, before, after, conflict: false }];
  });
}

/** Items in the file's order, conflicts first so the administrator sees what needs a decision. */
export function inReviewOrder(items: readonly ImportItem[]): ImportItem[] {
  return [...items].sort((a, b) => Number(b.conflict) - Number(a.conflict));
}
