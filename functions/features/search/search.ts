import type { Principal } from '../../../shared/auth/roles';
import { invalidInput } from '../../../shared/errors';
import { queryTerms } from '../../../shared/search/fold';
import { rankDocuments } from '../../../shared/search/match';
import { SEARCH_KINDS, type SearchDocument, type SearchKind } from '../../../shared/search/search-document';
import type { SearchQuery, SearchResult } from '../../../shared/search/search-api';
import { cursorScope, decodeCursor, encodeCursor } from '../../platform/db/pagination';
import { faqSearchDocuments } from '../consultations';
import { jointProjectSearchDocuments } from '../joint-projects';
import { meetingSearchDocuments } from '../meetings';
import { measureSearchDocuments } from '../plan';
import { sharedMeasureSearchDocuments } from '../shared-measures';
import { surveySearchDocuments } from '../surveys';

const DEFAULT_LIMIT = 20;

type Source = (prefCode: string, principal: Principal) => Promise<SearchDocument[]>;

/**
 * Where each kind comes from. Each feature hands over only what this viewer may open (its own visibility rules),
 * so search never decides who sees what. Every set is bounded, so the whole is read and ranked in memory: about
 * 225 measures a plan and a handful of plans, tens of shared measures and of joint projects, tens of surveys and of
 * meetings a year, the FAQ's hundreds at most — a few thousand short documents.
 */
const SOURCES: Record<SearchKind, Source> = {
  measure: measureSearchDocuments,
  shared_measure: sharedMeasureSearchDocuments,
  joint_project: jointProjectSearchDocuments,
  survey: surveySearchDocuments,
  faq: faqSearchDocuments,
  meeting: meetingSearchDocuments,
};

const NO_TERMS = {
  ja: '検索する言葉を入力してください（空白や制御文字だけでは検索できません）。',
  en: 'Enter the words to search for (spaces or control characters alone cannot be searched).',
};

export async function search(prefCode: string, principal: Principal, query: SearchQuery): Promise<SearchResult> {
  const terms = queryTerms(query.q);
  if (terms.length === 0) throw invalidInput(NO_TERMS, [{ path: 'q', message: NO_TERMS }]);
  const sets = await Promise.all(SEARCH_KINDS.map((kind) => SOURCES[kind](prefCode, principal)));
  // A feature answers for its own kind only: a document of another kind would escape that kind's rules.
  const documents = sets.flatMap((set, i) => set.filter((d) => d.kind === SEARCH_KINDS[i]));
  const ranked = rankDocuments(documents, terms);
  const byKind = Object.fromEntries(SEARCH_KINDS.map((k) => [k, 0])) as Record<SearchKind, number>;
  for (const hit of ranked) byKind[hit.kind]++;
  const shown = query.kind ? ranked.filter((h) => h.kind === query.kind) : ranked;
  const limit = query.limit ?? DEFAULT_LIMIT;
  // The cursor is an offset into this ranking, sealed to the terms, the kind and the viewer: another query's (or
  // another person's) cursor is a 400, never a page of something else.
  const scope = cursorScope({ list: 'search', terms, kind: query.kind ?? null, viewer: principal.userId });
  const offset = decodeCursor(query.cursor, scope)?.offset ?? 0;
  if (typeof offset !== 'number' || !Number.isInteger(offset) || offset < 0 || offset > shown.length) {
    throw invalidInput({
      ja: 'ページ位置（cursor）が正しくありません。検索をやり直してください。',
      en: 'The page cursor is not valid. Search again from the start.',
    });
  }
  const end = offset + limit;
  return {
    items: shown.slice(offset, end),
    ...(end < shown.length ? { nextCursor: encodeCursor({ offset: end }, scope) } : {}),
    total: shown.length,
    byKind,
  };
}
