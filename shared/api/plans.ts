import { z } from 'zod';
import { yearPublicationSchema } from '../plan/publication';
import { MAX_GROUP_LEVELS, planDefinitionSchema } from '../plan/definition';
import { indicatorSchema, planGroupSchema } from '../plan/structure';
import { figureSchema, indicatorValueSchema, measureResultSchema } from '../plan/result';

/** Counts of measures per rating level id. */
export const ratingCountsSchema = z.record(z.string(), z.number().int());
export type RatingCounts = z.infer<typeof ratingCountsSchema>;

export interface SummaryGroup {
  id: string;
  name: string;
  /** The English name, when the plan declares one. */
  nameEn?: string;
  level: string;
  counts: RatingCounts;
  groups: SummaryGroup[];
}
/**
 * A summary group and its subgroups. Spelled out to the deepest tree a plan
 * may declare rather than with z.lazy: the OpenAPI generator cannot follow
 * recursive schemas.
 */
function summaryGroupAtDepth(depth: number): z.ZodType<SummaryGroup> {
  return z.object({
    id: z.string(),
    name: z.string(),
    nameEn: z.string().optional(),
    level: z.string(),
    counts: ratingCountsSchema,
    groups: depth <= 1 ? z.array(z.object({})).max(0) : z.array(summaryGroupAtDepth(depth - 1)),
  }) as z.ZodType<SummaryGroup>;
}
export const summaryGroupSchema = summaryGroupAtDepth(MAX_GROUP_LEVELS);

/** Contract (docs/architecture.md, "Contracts"): GET /api/plans/{planId}/years/{fiscalYear}/summary. */
export const planSummarySchema = z.object({
  planId: z.string(),
  fiscalYear: z.number().int(),
  total: z.object({ counts: ratingCountsSchema }),
  groups: z.array(summaryGroupSchema),
});
export type PlanSummary = z.infer<typeof planSummarySchema>;

/** Contract (docs/architecture.md, "Contracts"): GET …/discrepancies. */
export const discrepancySchema = z.object({
  measureNo: z.string(),
  name: z.string(),
  computed: z.string().nullable(),
  official: z.string(),
  reason: z.string(),
});
export const discrepanciesSchema = z.object({ items: z.array(discrepancySchema) });
export type Discrepancy = z.infer<typeof discrepancySchema>;

export const planResponseSchema = z.object({
  plan: planDefinitionSchema.extend({
    years: z.array(z.number().int()),
    version: z.number().int(),
    /** Each readable year's publication state (shared/plan/publication.ts); a year missing here is 作成中. */
    publications: z.record(z.string(), yearPublicationSchema).optional(),
  }),
  groups: z.array(planGroupSchema),
  /** The とりまとめ局 of the plan's measures, for filters. */
  bureaus: z.array(z.string()),
});
export type PlanResponse = z.infer<typeof planResponseSchema>;

export const planListSchema = z.object({
  items: z.array(z.object({ id: z.string(), name: planDefinitionSchema.shape.name, years: z.array(z.number().int()) })),
  nextCursor: z.string().optional(),
});

/** One row of the measures list: the measure, its indicators with this year's values, and its ratings. */
export const measureRowSchema = z.object({
  measureNo: z.string(),
  name: z.string(),
  bureau: z.string(),
  groupPath: z.string(),
  /** The group at each level from the root, e.g. [pillar, area]. */
  groups: z.array(z.object({ level: z.string(), key: z.string(), name: z.string(), nameEn: z.string().optional() })),
  abolished: z.boolean(),
  indicators: z.array(indicatorSchema.extend({ target: figureSchema.optional(), actual: figureSchema.optional() })),
  targetText: z.string(),
  actualText: z.string(),
  computedRating: z.string().nullable(),
  confirmedRating: z.string().nullable(),
  /** The confirmed rating where there is one, else the computed one. */
  officialRating: z.string().nullable(),
  reason: z.string(),
  version: z.number().int(),
});
export type MeasureRow = z.infer<typeof measureRowSchema>;

export const measureListSchema = z.object({
  items: z.array(measureRowSchema),
  total: z.number().int(),
  nextCursor: z.string().optional(),
});
export type MeasureList = z.infer<typeof measureListSchema>;

export const measureListQuerySchema = z.object({
  group: z.string().optional(),
  bureau: z.string().optional(),
  rating: z.string().optional(),
  q: z.string().max(200).optional(),
  sort: z.enum(['measureNo', 'name', 'bureau', 'rating']).optional(),
  order: z.enum(['asc', 'desc']).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
  cursor: z.string().max(200).optional(),
});
export type MeasureListQuery = z.infer<typeof measureListQuerySchema>;

export const measureDetailSchema = z.object({
  planId: z.string(),
  measure: measureRowSchema.omit({ indicators: true, targetText: true, actualText: true, computedRating: true, confirmedRating: true, officialRating: true, reason: true, version: true }).extend({
    indicators: z.array(indicatorSchema),
  }),
  /** Every fiscal year on record, oldest first. */
  results: z.array(measureResultSchema.extend({ officialRating: z.string().nullable() })),
});
export type MeasureDetail = z.infer<typeof measureDetailSchema>;

/** Body of PUT /api/plans/{planId}/years/{fiscalYear}/measures/{measureNo}. */
export const measureResultUpdateSchema = z.object({
  /** The version the editor started from; 0 when the measure has no result for the year yet. */
  version: z.number().int().min(0),
  values: z.array(indicatorValueSchema).max(20),
  targetText: z.string().max(500).optional(),
  actualText: z.string().max(500).optional(),
  reason: z.string().max(4000),
  /** null = the computed rating stands. */
  confirmedRating: z.string().max(63).nullable(),
  confirmReason: z.string().max(2000).optional(),
  /** Required once the year is published (公表済): the change is published as an erratum (正誤) with this reason. */
  erratumReason: z.string().max(1000).optional(),
});
export type MeasureResultUpdate = z.infer<typeof measureResultUpdateSchema>;

/** Body of POST /api/plans/{planId}/years/{fiscalYear}/publication: the plan version the administrator saw. */
export const yearPublicationRequestSchema = z.object({ version: z.number().int().min(0) });

export const auditRecordSchema = z.object({
  id: z.string(),
  entity: z.string(),
  action: z.string(),
  actor: z.object({ userId: z.string(), role: z.string() }),
  at: z.string(),
  fiscalYear: z.number().int().optional(),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
  reason: z.string().optional(),
});
export type AuditRecord = z.infer<typeof auditRecordSchema>;
export const auditListSchema = z.object({ items: z.array(auditRecordSchema), nextCursor: z.string().optional() });

/** The plan import's request and answer (with its preview of changes): shared/api/plan-import.ts. */
export { planImportRequestSchema, planImportResultSchema, type PlanImportRequest, type PlanImportResult } from './plan-import';
