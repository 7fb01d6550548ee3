import { z } from 'zod';

export const orgKindSchema = z.enum(['prefecture', 'designated_city', 'city', 'town', 'village']);
export const organisationSchema = z.object({
  code: z.string().regex(/^\d{6}$/),
  name: z.string(),
  nameKana: z.string(),
  nameEn: z.string(),
  kind: orgKindSchema,
  district: z.string().optional(),
});
export type Organisation = z.infer<typeof organisationSchema>;
export const organisationListSchema = z.object({ items: z.array(organisationSchema), nextCursor: z.string().optional() });
