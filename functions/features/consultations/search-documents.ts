import type { Principal } from '../../../shared/auth/roles';
import { CATEGORY_LABELS } from '../../../shared/consultations/labels';
import type { SearchDocument } from '../../../shared/search/search-document';
import { allPublishedFaq } from './faq.table';

/**
 * Published FAQ entries as search documents, for those who read the FAQ (municipalities and the prefecture; council
 * members read summaries, not the desk). Consultations themselves are never searched: they are the asker's.
 */
export async function faqSearchDocuments(prefCode: string, principal: Principal): Promise<SearchDocument[]> {
  if (principal.role === 'council') return [];
  const entries = await allPublishedFaq(prefCode);
  return entries.map((e) => ({
    kind: 'faq' as const,
    id: e.id,
    title: { ja: e.question.slice(0, 120), en: e.question.slice(0, 120) },
    body: `${CATEGORY_LABELS[e.category].ja}\n${e.question}\n${e.answer}`,
    link: `/faq/${e.id}`,
    date: e.publishedAt.slice(0, 10),
  }));
}
