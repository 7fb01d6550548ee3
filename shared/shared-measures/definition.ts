import { z } from 'zod';
import { localizedLabelSchema, localizedTextSchema } from '../localized';
import { ITEM_STATUSES } from './status';
import { reportingCalendarSchema } from './calendar';
import { plausibilityRuleSchema } from './plausibility';

/** How a shared measure's value is expressed. `status` is one state per item (e.g. per standardised system). */
export const sharedValueTypeSchema = z.enum(['number', 'percent', 'boolean', 'status']);
export type SharedValueType = z.infer<typeof sharedValueTypeSchema>;

/** The reporting period: a month (2024-08), a fiscal year (FY2024) or an as-of date (2024-08-31). */
export const periodKindSchema = z.enum(['month', 'fiscal_year', 'as_of']);
export type PeriodKind = z.infer<typeof periodKindSchema>;

export const itemStatusSchema = z.enum(ITEM_STATUSES);
export { ITEM_STATUSES, ITEM_STATUS_LABELS, type ItemStatus } from './status';

/**
 * A shared DX measure (共通指標) that every municipality reports, or that the
 * prefecture enters from national statistics.
 */
export const sharedMeasureSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]{1,62}$/),
  category: localizedTextSchema,
  name: localizedTextSchema,
  unit: z.string().max(20).default(''),
  valueType: sharedValueTypeSchema,
  /** The items of a `status` measure. */
  items: z.array(z.object({ id: z.string().regex(/^[a-z][a-z0-9_]{0,62}$/), name: localizedLabelSchema })).max(100).optional(),
  direction: z.enum(['higher', 'lower']).optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  period: periodKindSchema,
  /** Definition and source of the figure (定義・出典). */
  definition: localizedTextSchema,
  /** Who enters it: each municipality itself, or the prefecture from national statistics. */
  reportedBy: z.enum(['municipality', 'prefecture']),
  /** Whether a national figure is kept beside the municipalities' (a reference line). */
  hasNationalReference: z.boolean().default(false),
  order: z.number().int().default(0),
  /**
   * The reporting calendar: each period's opening day and deadline. The period pages open on is
   * currentPeriod(measure, now) (shared/shared-measures/calendar.ts), never the newest value anyone wrote.
   */
  calendar: reportingCalendarSchema.default([]),
  /** Plausibility rules as data (shared/shared-measures/plausibility.ts). */
  rules: z.array(plausibilityRuleSchema).max(20).default([]),
  /** Catalogue entries are edited with optimistic locking, like everything else. */
  version: z.number().int().optional(),
});
export type SharedMeasure = z.infer<typeof sharedMeasureSchema>;
export type SharedMeasureInput = z.input<typeof sharedMeasureSchema>;
