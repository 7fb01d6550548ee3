import { z } from 'zod';
import { importItemSchema } from '../plan/import-diff';
import { YEAR_STATUSES } from '../plan/publication';
import { MEASURE_NO_PATTERN } from '../plan/import/measures-file';

/**
 * Body of POST /api/imports/plans. The files travel as text: they are small (the DX plan is < 200 KB).
 * A dry run (the preview) answers what the import would change and a fingerprint of it; sending that
 * fingerprint back with the import makes the import refuse (409) if anything changed since the preview.
 */
export const planImportRequestSchema = z.object({
  plan: z.unknown(),
  measuresCsv: z.string().min(1).max(5_000_000),
  indicatorsCsv: z.string().max(5_000_000).optional(),
  fiscalYear: z.number().int().min(2000).max(2100),
  dryRun: z.boolean().optional(),
  /** The preview's fingerprint: the import must change exactly what the administrator reviewed. */
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  /** Measures whose portal edits the administrator chose to replace with the file's figures. */
  overwrite: z.array(z.string().regex(MEASURE_NO_PATTERN)).max(2000).optional(),
  /** Why a published (公表済) year changes: required then, and recorded on every erratum. */
  reason: z.string().max(1000).optional(),
});
export type PlanImportRequest = z.infer<typeof planImportRequestSchema>;

export const planImportResultSchema = z.object({
  planId: z.string(),
  fiscalYear: z.number().int(),
  dryRun: z.boolean(),
  counts: z.object({ groups: z.number().int(), measures: z.number().int(), results: z.number().int() }),
  /** Items written (or to be written), unchanged, and conflicts kept as they are. */
  changes: z.object({ created: z.number().int(), updated: z.number().int(), unchanged: z.number().int(), kept: z.number().int() }),
  /** Every measure the import creates, changes or would change, conflicts first. */
  items: z.array(importItemSchema),
  /** The year's state: importing into a 公表済 year needs a reason and writes errata. */
  yearStatus: z.enum(YEAR_STATUSES),
  reasonRequired: z.boolean(),
  /** Send back with the import to make sure it changes exactly what the preview showed. */
  fingerprint: z.string(),
  /** Errata written (published years only). */
  errata: z.number().int(),
});
export type PlanImportResult = z.infer<typeof planImportResultSchema>;
