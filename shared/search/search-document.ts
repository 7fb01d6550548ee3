import { z } from 'zod';
import { SEARCH_KINDS, type SearchKind } from './kinds';

/**
 * Search (issue 17) reads across features. Each feature that can be searched turns what the viewer may see into
 * search documents (its `searchDocuments`, exported from its functions/features/<feature>/index.ts), so the rule of
 * who sees what stays the feature's (shared/auth/visibility.ts) and search never widens it.
 */
export { SEARCH_KINDS, type SearchKind } from './kinds';

const localized = z.object({ ja: z.string(), en: z.string() });

/** One searchable thing as a feature hands it to search: never sent to the browser as it is. */
export interface SearchDocument {
  kind: SearchKind;
  /** Unique within its kind. */
  id: string;
  title: { ja: string; en: string };
  /** The text searched besides the title (names, descriptions, questions, answers), as the viewer may see it. */
  body: string;
  /** The portal page that shows it. */
  link: string;
  /** A day (YYYY-MM-DD) the thing belongs to (a meeting's date, a survey's deadline), when it has one. */
  date?: string;
}

/** One hit as the API answers it: the document without its body, with a short excerpt around the first match. */
export const searchHitSchema = z.object({
  kind: z.enum(SEARCH_KINDS),
  id: z.string(),
  title: localized,
  link: z.string(),
  date: z.string().optional(),
  excerpt: z.string(),
});
export type SearchHit = z.infer<typeof searchHitSchema>;
