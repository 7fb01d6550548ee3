import { z } from 'zod';
import { seenBy } from '../auth/visibility';
import { orgKindSchema } from '../org/organisation';
import { itemStatusSchema, sharedMeasureSchema } from '../shared-measures/definition';

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

/** Body of PUT /api/shared-measures/{measureId}/periods/{period}/values/{orgCode}. */
export const sharedValueUpdateSchema = z.object({
  /** The version the editor started from; 0 for a first report. */
  version: z.number().int().min(0),
  value: z.unknown(),
  note: z.string().max(1000).optional(),
  source: z.string().max(500).optional(),
});
export type SharedValueUpdate = z.infer<typeof sharedValueUpdateSchema>;

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
