import { z } from 'zod';

/** Text shown to people, in Japanese (the default) and English. */
export const localizedTextSchema = z.object({
  ja: z.string().min(1),
  en: z.string().min(1),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;
