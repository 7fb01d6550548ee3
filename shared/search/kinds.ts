/**
 * What search finds, apart from the API's schemas (shared/search/search-api.ts), so the search page's chunk carries
 * no zod: the kinds, their names, and how long a query may be.
 */
export const SEARCH_KINDS = ['measure', 'shared_measure', 'joint_project', 'survey', 'faq', 'meeting'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export const SEARCH_QUERY_MAX = 100;

/** What each kind is called on the search page. */
export const SEARCH_KIND_LABELS: Record<SearchKind, { ja: string; en: string }> = {
  measure: { ja: '施策', en: 'Measures' },
  shared_measure: { ja: '共通指標', en: 'Shared measures' },
  joint_project: { ja: '協働事業', en: 'Joint projects' },
  survey: { ja: '照会', en: 'Surveys' },
  faq: { ja: 'よくある相談', en: 'FAQ' },
  meeting: { ja: '推進会議', en: 'Council meetings' },
};
