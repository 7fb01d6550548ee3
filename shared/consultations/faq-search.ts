import { fold, queryTerms } from '../search/fold';

/**
 * FAQ search (GET /api/faq?q=): every term must occur in the question or the answer, matched as the portal's search
 * matches (shared/search/fold.ts: width, case, katakana/hiragana and spaces folded). The folded text is stored with
 * the entry, so the table compares with `contains`: no expression is ever built from what people type.
 */
export const MAX_FAQ_TERMS = 10;

export const faqSearchText = (entry: { question: string; answer: string }) => fold(`${entry.question}\n${entry.answer}`).text;

export const faqTerms = (q: string | undefined) => (q ? queryTerms(q).slice(0, MAX_FAQ_TERMS) : []);
