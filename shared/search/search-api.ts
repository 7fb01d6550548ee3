import { z } from 'zod';
import { bilingual } from '../validation/messages';
import { SEARCH_KINDS, SEARCH_QUERY_MAX, type SearchKind } from './kinds';
import { searchHitSchema } from './search-document';

export { SEARCH_KIND_LABELS, SEARCH_QUERY_MAX } from './kinds';

/** GET /api/search: the words, optionally one kind, and a page. */
export const searchQuerySchema = z.object({
  q: z
    .string(bilingual('検索する言葉を入力してください。', 'Enter the words to search for.'))
    .trim()
    .min(1, bilingual('検索する言葉を入力してください。', 'Enter the words to search for.'))
    .max(SEARCH_QUERY_MAX, bilingual(`検索する言葉は${SEARCH_QUERY_MAX}文字以内で入力してください。`, `Enter at most ${SEARCH_QUERY_MAX} characters to search for.`)),
  kind: z
    .enum(SEARCH_KINDS, bilingual(`種類は ${SEARCH_KINDS.join(', ')} のいずれかを指定してください。`, `The kind must be one of ${SEARCH_KINDS.join(', ')}.`))
    .optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
  cursor: z.string().max(1000).optional(),
});
export type SearchQuery = z.infer<typeof searchQuerySchema>;

/** One page of hits, how many there are for the kind asked, and how many of each kind (for the kind filter). */
export const searchResultSchema = z.object({
  items: z.array(searchHitSchema),
  nextCursor: z.string().optional(),
  total: z.number().int(),
  byKind: z.object(Object.fromEntries(SEARCH_KINDS.map((k) => [k, z.number().int()])) as Record<SearchKind, z.ZodNumber>),
});
export type SearchResult = z.infer<typeof searchResultSchema>;
