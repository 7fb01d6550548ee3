import { z } from 'zod';

/** Text shown to people, in Japanese (the default) and English. */
export const localizedTextSchema = z.object({
  // Bounded so that no entry (a plan, a catalogue measure) can outgrow DynamoDB's 400 KB item, audit copy included.
  ja: z.string().min(1).max(1000),
  en: z.string().min(1).max(1000),
});

/** A label (an item of a status measure): short, since a measure may have a hundred of them. */
export const localizedLabelSchema = z.object({
  ja: z.string().min(1).max(100),
  en: z.string().min(1).max(100),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;
