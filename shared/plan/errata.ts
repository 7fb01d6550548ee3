import { z } from 'zod';
import { ERRATUM_FIELDS, type ErratumField } from './erratum-fields';

export { ERRATUM_FIELDS, ERRATUM_FIELD_LABELS, type ErratumField } from './erratum-fields';

/**
 * An erratum (正誤): one change to a published plan year, with its reason. The
 * published version stays as it was; the current version lists its errata, so
 * a reader sees what changed, when and why.
 */
export const erratumSchema = z.object({
  fiscalYear: z.number().int(),
  measureNo: z.string(),
  /** The change, field by field, as the reader sees it: printed text before → after. */
  changes: z.array(z.object({ field: z.enum(ERRATUM_FIELDS), before: z.string(), after: z.string() })).min(1),
  reason: z.string().min(1).max(1000),
  at: z.string(),
  /** Where the change came from: an edit in the portal or an import of files. */
  source: z.enum(['portal', 'import']),
});
export type Erratum = z.infer<typeof erratumSchema>;

/** The fields of a result an erratum compares, as printed. */
type Printed = { targetText: string; actualText: string; values: readonly { subNo: number; target: { text: string }; actual: { text: string } }[]; confirmedRating?: string; reason: string };

const valuesText = (values: Printed['values']) => values.map((v) => `${v.subNo}: ${v.target.text} / ${v.actual.text}`).join('; ');

/**
 * What changed between two states of a measure's result, field by field, as a reader compares them (the printed
 * texts, not the stored numbers): the one rule that both an edit in the portal and an import use to write errata.
 * Empty when nothing a reader sees changed.
 */
export function erratumChanges(before: Printed | undefined, after: Printed): Erratum['changes'] {
  const text: Record<ErratumField, (r: Printed | undefined) => string> = {
    targetText: (r) => r?.targetText ?? '',
    actualText: (r) => r?.actualText ?? '',
    values: (r) => (r ? valuesText(r.values) : ''),
    confirmedRating: (r) => r?.confirmedRating ?? '',
    reason: (r) => r?.reason ?? '',
  };
  return ERRATUM_FIELDS.flatMap((field) => {
    const [b, a] = [text[field](before), text[field](after)];
    return b === a ? [] : [{ field, before: b, after: a }];
  });
}
