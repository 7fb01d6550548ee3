import { z } from 'zod';
import { CONSULTATION_CATEGORIES, CONSULTATION_STATUSES } from './labels';

const statusCounts = z.object(Object.fromEntries(CONSULTATION_STATUSES.map((s) => [s, z.number().int()])) as Record<(typeof CONSULTATION_STATUSES)[number], z.ZodNumber>);

/** GET /api/consultations/statistics (shared/consultations/statistics.ts computes it). */
export const consultationFiguresSchema = z.object({
  fiscalYear: z.number().int(),
  total: z.number().int(),
  byCategory: z.object(Object.fromEntries(CONSULTATION_CATEGORIES.map((c) => [c, statusCounts])) as Record<(typeof CONSULTATION_CATEGORIES)[number], typeof statusCounts>),
  byStatus: statusCounts,
  technical: z.number().int(),
  answered: z.number().int(),
  medianHoursToFirstAnswer: z.number().optional(),
  meanHoursToFirstAnswer: z.number().optional(),
});

export const statisticsQuery = z.object({ fiscalYear: z.coerce.number().int().min(2000).max(2100) });
