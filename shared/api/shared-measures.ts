import { z } from 'zod';
import { seenBy } from '../auth/visibility';
import { orgKindSchema } from '../org/organisation';
import { itemStatusSchema, sharedMeasureSchema, type SharedMeasure } from '../shared-measures/definition';
import { valueSchemaFor } from '../shared-measures/values';
import { bilingual } from '../validation/messages';

export const sharedValueSchema = z.union([z.number(), z.boolean(), z.record(z.string(), itemStatusSchema)]);

export const sharedMeasureListSchema = z.object({ items: z.array(sharedMeasureSchema), nextCursor: z.string().optional() });

/** One reported value, as stored. */
export const reportedValueSchema = z.object({
  measureId: z.string(),
  period: z.string(),
  orgCode: z.string(),
  value: sharedValueSchema,
  note: z.string().optional(),
  source: z.string().optional(),
  /** Sample data seeded for demonstration (サンプル), never real figures. */
  sample: z.boolean(),
  /** Entered by prefecture staff on the municipality's behalf. */
  enteredByPrefecture: z.boolean(),
  version: z.number().int(),
  updatedAt: z.string(),
  /** The user who entered it: the municipality's and the prefecture's to see. */
  updatedBy: seenBy('owner', z.string()).optional(),
});
export type ReportedValueRecord = z.infer<typeof reportedValueSchema>;

export const VALUE_NOTE_MAX = 1000;
export const VALUE_SOURCE_MAX = 500;

/**
 * The note and source of a value, however it arrives (the form or a row of a
 * CSV import): one set of limits, so no path can store a note large enough to
 * be served to everyone or to push the item past DynamoDB's 400 KB.
 */
export const sharedValueTextSchema = z.object({
  note: z
    .string()
    .max(VALUE_NOTE_MAX, bilingual(`備考は${VALUE_NOTE_MAX}文字以内にしてください。`, `The note must be at most ${VALUE_NOTE_MAX} characters.`))
    .optional(),
  source: z
    .string()
    .max(VALUE_SOURCE_MAX, bilingual(`出典は${VALUE_SOURCE_MAX}文字以内にしてください。`, `The source must be at most ${VALUE_SOURCE_MAX} characters.`))
    .optional(),
});

/** Body of PUT /api/shared-measures/{measureId}/periods/{period}/values/{orgCode}. */
export const sharedValueUpdateSchema = sharedValueTextSchema.extend({
  /** The version the editor started from; 0 for a first report. */
  version: z.number().int().min(0),
  value: z.unknown(),
});
export type SharedValueUpdate = z.infer<typeof sharedValueUpdateSchema>;

/**
 * A value of one measure as entered, from the form or a CSV row: the value
 * checked against the measure (type, range, items) and the same note and
 * source limits. The form's route checks sharedValueUpdateSchema first (the
 * measure is not known until the catalogue is read), then this.
 */
export function sharedValueEntrySchema(measure: SharedMeasure) {
  return sharedValueTextSchema.extend({ value: valueSchemaFor(measure) });
}
export type SharedValueEntry = z.infer<ReturnType<typeof sharedValueEntrySchema>>;

export const comparisonRowSchema = z.object({
  orgCode: z.string(),
  name: z.string(),
  kind: orgKindSchema,
  district: z.string().optional(),
  rank: z.number().int().optional(),
  value: sharedValueSchema.optional(),
  numeric: z.number().optional(),
  change: z.number().optional(),
  sample: z.boolean(),
  enteredByPrefecture: z.boolean(),
  note: z.string().optional(),
  version: z.number().int(),
});

export const comparisonSchema = z.object({
  measure: sharedMeasureSchema,
  period: z.string(),
  previousPeriod: z.string().optional(),
  rows: z.array(comparisonRowSchema),
  stats: z.object({
    reported: z.number().int(),
    total: z.number().int(),
    average: z.number().optional(),
    median: z.number().optional(),
    national: z.number().optional(),
  }),
});
export type Comparison = z.infer<typeof comparisonSchema>;

export const profileSchema = z.object({
  orgCode: z.string(),
  items: z.array(reportedValueSchema),
  nextCursor: z.string().optional(),
});
