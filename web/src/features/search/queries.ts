import { createInfiniteQuery } from '@tanstack/solid-query';
import type { SearchKind } from '../../../../shared/search/kinds';
import type { SearchResult } from '../../../../shared/search/search-api';
import { getJson } from '../../app/api';
import { searchKeys } from '../../app/query-keys';

const PAGE_SIZE = 20;

/** The hits for the words in the URL, a page at a time (もっと見る asks for the next). Nothing is asked without words. */
export const createSearchQuery = (q: () => string, kind: () => SearchKind | undefined) =>
  createInfiniteQuery(() => ({
    queryKey: searchKeys.results(q(), kind()),
    queryFn: ({ pageParam }) => {
      const params = new URLSearchParams({ q: q(), limit: String(PAGE_SIZE) });
      if (kind()) params.set('kind', kind()!);
      if (pageParam) params.set('cursor', pageParam);
      return getJson<SearchResult>(`/api/search?${params}`);
    },
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor,
    enabled: q().trim().length > 0,
  }));
