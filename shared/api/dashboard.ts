import { z } from 'zod';

/** The headline municipal figures of the council dashboard (県議会向けサマリー). */
export const headlinesSchema = z.object({
  myNumberCard: z
    .object({
      period: z.string(),
      periodLabel: z.string(),
      average: z.number().optional(),
      median: z.number().optional(),
      national: z.number().optional(),
      /** Municipalities at or above the national rate. */
      atOrAboveNational: z.number(),
      reported: z.number(),
      total: z.number(),
      sample: z.boolean(),
    })
    .nullable(),
  openData: z.object({ period: z.string(), periodLabel: z.string(), adopted: z.number(), total: z.number(), sample: z.boolean() }).nullable(),
  jointProjects: z.object({
    projects: z.number(),
    /** Municipalities taking part in at least one project. */
    participants: z.number(),
    /** Municipalities live (導入・運用) in at least one project. */
    liveMunicipalities: z.number(),
    items: z.array(z.object({ id: z.string(), name: z.string(), participants: z.number(), live: z.number() })),
  }),
});
export type Headlines = z.infer<typeof headlinesSchema>;
