import { z } from 'zod';

/**
 * POST /api/surveys/{surveyId}/questions/{questionId}/shared-values: a numeric question's submitted answers become
 * the municipalities' values of a shared measure for one period, entered by the prefecture (so confirmed). The
 * answer is valuesImportResultSchema (shared/api/shared-measures.ts): before → after per municipality.
 */
export const surveySharedValuesSchema = z.object({
  measureId: z.string().regex(/^[a-z][a-z0-9-]{1,62}$/),
  /** The measure's period key (FY2026, 2026-08, 2026-08-31; shared/shared-measures/periods.ts). */
  period: z.string().regex(/^[0-9A-Z-]{4,10}$/),
  /** The note kept with every value (備考): it answers the plausibility checks, e.g. a jump from the previous period. */
  note: z.string().trim().max(500).optional(),
  /** Preview only: nothing is written. */
  dryRun: z.boolean().default(true),
});
export type SurveySharedValues = z.input<typeof surveySharedValuesSchema>;
