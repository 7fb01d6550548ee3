import { z } from 'zod';

/** The inspection report as the print view reads it: the summary's header and cells, and the annex rows. */
export const inspectionReportViewSchema = z.object({
  title: z.string(),
  fiscalYear: z.number(),
  summaryColumns: z.array(z.string()),
  summary: z.array(z.object({ label: z.string(), total: z.boolean(), cells: z.array(z.union([z.string(), z.number()])) })),
  annex: z.array(
    z.object({
      pillar: z.string(),
      pillarEn: z.string().optional(),
      area: z.string(),
      areaEn: z.string().optional(),
      measureNo: z.string(),
      name: z.string(),
      bureau: z.string(),
      indicator: z.string(),
      target: z.string(),
      actual: z.string(),
      rating: z.string(),
      reason: z.string(),
      abolished: z.boolean(),
    }),
  ),
});
export type InspectionReportView = z.infer<typeof inspectionReportViewSchema>;
