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

/** An organisation's name in both languages, found by code among `organisations`; its code when it is not there. */
export function organisationNames(organisations: readonly Organisation[], code: string): { ja: string; en: string } {
  const org = organisations.find((o) => o.code === code);
  return { ja: org?.name ?? code, en: org?.nameEn || org?.name || code };
}

/** An organisation's official name in both languages by its code (shared/org/kanagawa-names.ts, free of zod for the web's first load). */
export { orgName } from './kanagawa-names';
