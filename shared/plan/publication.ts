import { z } from 'zod';
import type { Viewer } from '../auth/audiences';

/**
 * A plan year's publication state (作成中 → 公表済). The year is a record: once
 * published, what the public reads is that year's figures, and any later change
 * is an erratum (shared/plan/errata.ts) rather than a silent edit.
 */
export const YEAR_STATUSES = ['draft', 'published'] as const;
export type YearStatus = (typeof YEAR_STATUSES)[number];

export const YEAR_STATUS_LABELS: Record<YearStatus, { ja: string; en: string }> = {
  draft: { ja: '作成中', en: 'Draft' },
  published: { ja: '公表済', en: 'Published' },
};

export const yearPublicationSchema = z.object({
  fiscalYear: z.number().int(),
  status: z.enum(YEAR_STATUSES),
  /** When the year was published (ISO 8601); the published version is the year as it stood then. */
  publishedAt: z.string().optional(),
  publishedBy: z.string().optional(),
  /** How many errata have been recorded since publication. */
  errataCount: z.number().int().min(0).default(0),
});
export type YearPublication = z.infer<typeof yearPublicationSchema>;

/** Years are kept on the plan's definition item, keyed by the fiscal year as a string ("2024"). */
export type YearPublications = Record<string, YearPublication>;

/** A year never published is a draft. */
export function yearStatusOf(publications: YearPublications | undefined, fiscalYear: number): YearStatus {
  return publications?.[String(fiscalYear)]?.status ?? 'draft';
}

/**
 * Who may read a plan year: a published year anyone, signed in or not; a draft
 * year only signed-in portal users (who see it marked 作成中). Anonymous readers
 * of a draft year get "not found", exactly as for a year that does not exist.
 */
export function mayReadYear(status: YearStatus, viewer: Viewer): boolean {
  return status === 'published' || viewer !== undefined;
}
