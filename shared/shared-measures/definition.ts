import { z } from 'zod';
import { localizedTextSchema } from '../localized';

/** How a shared measure's value is expressed. `status` is one state per item (e.g. per standardised system). */
export const sharedValueTypeSchema = z.enum(['number', 'percent', 'boolean', 'status']);
export type SharedValueType = z.infer<typeof sharedValueTypeSchema>;

/** The reporting period: a month (2024-08), a fiscal year (FY2024) or an as-of date (2024-08-31). */
export const periodKindSchema = z.enum(['month', 'fiscal_year', 'as_of']);
export type PeriodKind = z.infer<typeof periodKindSchema>;

/** States of one item of a `status` measure, e.g. one of the 20 standardised business systems. */
export const ITEM_STATUSES = ['not_started', 'in_progress', 'migrated', 'not_applicable'] as const;
export const itemStatusSchema = z.enum(ITEM_STATUSES);
export type ItemStatus = z.infer<typeof itemStatusSchema>;
export const ITEM_STATUS_LABELS: Record<ItemStatus, { ja: string; en: string }> = {
  not_started: { ja: '未着手', en: 'Not started' },
  in_progress: { ja: '作業中', en: 'In progress' },
  migrated: { ja: '移行完了', en: 'Migrated' },
  not_applicable: { ja: '対象外', en: 'Not applicable' },
};

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
  items: z.array(z.object({ id: z.string().regex(/^[a-z][a-z0-9_]*$/), name: localizedTextSchema })).max(100).optional(),
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
  /** The latest period anyone has reported (kept up to date as values arrive); pages open on it. */
  latestPeriod: z.string().optional(),
  /** Catalogue entries are edited with optimistic locking, like everything else. */
  version: z.number().int().optional(),
});
export type SharedMeasure = z.infer<typeof sharedMeasureSchema>;
export type SharedMeasureInput = z.input<typeof sharedMeasureSchema>;
