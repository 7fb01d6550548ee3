import { z } from 'zod';
import { seenBy } from '../auth/visibility';

/** A figure as printed (`５万人`) and, when it is a number, its value (50000). */
export const figureSchema = z.object({
  text: z.string().max(500),
  value: z.number().finite().optional(),
});
export type Figure = z.infer<typeof figureSchema>;

/** One indicator's target and actual for one fiscal year. */
export const indicatorValueSchema = z.object({
  subNo: z.number().int().min(1),
  target: figureSchema,
  actual: figureSchema,
  /** Staff may mark a milestone met when the actual's wording differs from the target's. */
  milestoneMet: z.boolean().optional(),
});
export type IndicatorValue = z.infer<typeof indicatorValueSchema>;

/**
 * A measure's result for one fiscal year: its indicators' values, the rating
 * computed from them, and the rating confirmed (published) for the year.
 */
export const measureResultSchema = z.object({
  measureNo: z.string(),
  fiscalYear: z.number().int(),
  /** Target and actual of the whole measure as the report prints them (①100% ②…). */
  targetText: z.string(),
  actualText: z.string(),
  values: z.array(indicatorValueSchema),
  /** Undefined when the figures do not allow a computation (e.g. a combined actual). */
  computedRating: z.string().optional(),
  confirmedRating: z.string().optional(),
  /** Why the confirmed rating differs from the computed one. */
  confirmReason: z.string().optional(),
  /** 未達成の理由及び今後の見込み等. */
  reason: z.string(),
  version: z.number().int().min(1),
  updatedAt: z.string(),
  /**
   * The fields as the last import wrote them: a field that differs from this was changed in the portal since,
   * and a re-import shows it as a conflict instead of overwriting it (functions/features/plan/plan-import.ts).
   */
  imported: seenBy(
    'prefecture',
    z.object({
      at: z.string(),
      targetText: z.string(),
      actualText: z.string(),
      values: z.array(indicatorValueSchema),
      confirmedRating: z.string().optional(),
      reason: z.string(),
    }),
  ).optional(),
  /** The staff member who last changed it: the prefecture's to see (shared/auth/visibility.ts). */
  updatedBy: seenBy('prefecture', z.string()).optional(),
});
export type MeasureResult = z.infer<typeof measureResultSchema>;
