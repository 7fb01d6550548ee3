import { z } from 'zod';
import { seenBy } from '../auth/visibility';
import { orgKindSchema } from '../org/organisation';
import { ITEM_STATUSES, itemStatusSchema, sharedMeasureSchema, type SharedMeasure } from '../shared-measures/definition';
import { findingSchema } from '../shared-measures/plausibility';
import { REVIEW_STATES } from '../shared-measures/review';
import { valueSchemaFor } from '../shared-measures/values';
import { bilingual } from '../validation/messages';

export const sharedValueSchema = z.union([z.number(), z.boolean(), z.record(z.string(), itemStatusSchema)]);

/** The catalogue as served: each measure with its current period, computed from its calendar when read (never stored). */
export const sharedMeasureListSchema = z.object({
  items: z.array(sharedMeasureSchema.extend({ currentPeriod: z.string().optional() })),
  nextCursor: z.string().optional(),
});

const localized = z.object({ ja: z.string(), en: z.string() });

/** The value as the prefecture last confirmed it: what everyone but the prefecture and the owner sees. */
export const confirmedValueSchema = z.object({
  value: sharedValueSchema,
  note: z.string().optional(),
  source: z.string().optional(),
  at: z.string(),
});

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
  /** Review before publication (shared/shared-measures/review.ts). Items stored before issue 15 were published: confirmed. */
  review: z.enum(REVIEW_STATES).default('confirmed'),
  /** What was last confirmed; kept unchanged by a correction until the prefecture confirms again. */
  confirmed: confirmedValueSchema.optional(),
  /** The first time the municipality submitted this period's value (on-time counting); corrections never move it. */
  submittedAt: z.string().optional(),
  /** Why the prefecture returned it. */
  reviewComment: seenBy('owner', z.string()).optional(),
  reviewedBy: seenBy('owner', z.string()).optional(),
  reviewedAt: z.string().optional(),
  /** Plausibility warnings the reporter accepted with a note, for the reviewer. */
  flags: seenBy('owner', z.array(findingSchema)).optional(),
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
  /** Present only for the prefecture and the owner, when the value shown is not confirmed yet (未確認 / 差戻し). */
  review: z.enum(REVIEW_STATES).optional(),
});

export const comparisonSchema = z.object({
  measure: sharedMeasureSchema,
  period: z.string(),
  previousPeriod: z.string().optional(),
  rows: z.array(comparisonRowSchema),
  stats: z.object({
    reported: z.number().int(),
    total: z.number().int(),
    /** number / percent only: a simple mean of the municipalities (単純平均), not weighted by population. */
    average: z.number().optional(),
    median: z.number().optional(),
    national: z.number().optional(),
    /** boolean only: municipalities answering yes (share of `reported`). */
    yes: z.number().int().optional(),
    /** status only: items per status, summed over the reporting municipalities. */
    statusCounts: z.record(z.enum(ITEM_STATUSES), z.number().int()).optional(),
  }),
});
export type Comparison = z.infer<typeof comparisonSchema>;

export const profileSchema = z.object({
  orgCode: z.string(),
  items: z.array(reportedValueSchema),
  nextCursor: z.string().optional(),
});

/** Body of POST …/values/{orgCode}/review. */
export const valueReviewSchema = z
  .object({
    version: z.number().int().min(1),
    decision: z.enum(['confirm', 'return']),
    comment: z.string().trim().max(1000, bilingual('コメントは1000文字以内にしてください。', 'The comment must be at most 1000 characters.')).optional(),
  })
  .refine((b) => b.decision !== 'return' || !!b.comment, {
    path: ['comment'],
    ...bilingual('差し戻す理由をコメントに入力してください。', 'Give the reason for returning the value in the comment.'),
  });

/** Body of POST …/periods/{period}/confirmations: confirm many values at once, all or none. */
export const valueConfirmationsSchema = z.object({
  items: z
    .array(z.object({ orgCode: z.string().regex(/^(\d{6}|national)$/), version: z.number().int().min(1) }))
    .min(1)
    .max(50),
});

export const reviewQueueSchema = z.object({
  items: z.array(
    z.object({
      measureId: z.string(),
      measureName: localized,
      period: z.string(),
      periodLabel: localized,
      deadline: z.string().optional(),
      values: z.array(
        z.object({
          orgCode: z.string(),
          orgName: z.string(),
          value: sharedValueSchema,
          previous: sharedValueSchema.optional(),
          note: z.string().optional(),
          flags: z.array(findingSchema),
          outlier: z.boolean(),
          version: z.number().int(),
          submittedAt: z.string().optional(),
          updatedAt: z.string(),
        }),
      ),
    }),
  ),
});
export type ReviewQueue = z.infer<typeof reviewQueueSchema>;

/** Body of POST /api/shared-values/imports: exactly one source. */
export const valuesImportSchema = z
  .object({
    /** UTF-8 text, as before. */
    csv: z.string().min(1).max(2_000_000).optional(),
    /** The file's bytes (UTF-8 with or without BOM, or Shift_JIS/CP932). */
    csvBase64: z.string().min(1).max(2_800_000).optional(),
    /** An XLSX sheet read in the browser: header text → cell text, from sheet row 2 on. */
    rows: z.array(z.record(z.string().max(100), z.string().max(10_000))).min(1).max(2000).optional(),
    /** Preview only: nothing is written. */
    dryRun: z.boolean().optional(),
  })
  .refine((b) => [b.csv, b.csvBase64, b.rows].filter((x) => x !== undefined).length === 1, {
    ...bilingual('csv・csvBase64・rows のいずれか1つを送ってください。', 'Send exactly one of csv, csvBase64 and rows.'),
  });
export type ValuesImportBody = z.infer<typeof valuesImportSchema>;

export const valuesImportResultSchema = z.object({
  dryRun: z.boolean(),
  written: z.number().int(),
  changes: z.array(
    z.object({
      row: z.number().int(),
      measureId: z.string(),
      measureName: localized,
      period: z.string(),
      periodLabel: localized,
      orgCode: z.string(),
      orgName: z.string(),
      before: sharedValueSchema.optional(),
      after: sharedValueSchema,
      warnings: z.array(findingSchema),
    }),
  ),
  unchanged: z.number().int(),
});
export type ValuesImportResult = z.infer<typeof valuesImportResultSchema>;
