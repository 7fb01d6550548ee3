import { compareNumbered } from '../text';
import { fold, SEPARATOR, type Folded } from './fold';
import { SEARCH_KINDS, type SearchDocument, type SearchHit, type SearchKind } from './search-document';

/** About how much of the body an excerpt shows, and how much of it comes before the match. */
export const EXCERPT_LENGTH = 80;
const LEAD = 24;

interface Match {
  hit: SearchHit;
  /** How many of the terms the title holds: more ranks first. */
  inTitle: number;
}

/**
 * Every document that holds every term (in its title or its body), ranked: the more terms the title holds the
 * earlier (a title match above a body match), then the newest date first (undated last), then by kind in the order
 * of SEARCH_KINDS and by title, so the same query gives the same order and offsets into it stay valid between pages.
 * Only indexOf on folded text (shared/search/fold.ts): linear in the documents' size times the terms' count.
 */
export function rankDocuments(documents: readonly SearchDocument[], terms: readonly string[]): SearchHit[] {
  if (terms.length === 0) return [];
  const matches: Match[] = [];
  for (const doc of documents) {
    const title = fold(`${doc.title.ja}\n${doc.title.en}`).text;
    const body = fold(doc.body);
    let inTitle = 0;
    let all = true;
    let first = -1;
    for (const term of terms) {
      const titleAt = title.indexOf(term);
      const bodyAt = body.text.indexOf(term);
      if (titleAt >= 0) inTitle++;
      if (titleAt < 0 && bodyAt < 0) {
        all = false;
        break;
      }
      if (bodyAt >= 0 && (first < 0 || bodyAt < first)) first = bodyAt;
    }
    if (!all) continue;
    const { body: _body, ...rest } = doc;
    matches.push({ inTitle, hit: { ...rest, excerpt: excerpt(doc.body, body, first) } });
  }
  const kindOrder = (kind: SearchKind) => SEARCH_KINDS.indexOf(kind);
  matches.sort(
    (a, b) =>
      b.inTitle - a.inTitle ||
      compareDates(a.hit.date, b.hit.date) ||
      kindOrder(a.hit.kind) - kindOrder(b.hit.kind) ||
      compareNumbered(a.hit.title.ja, b.hit.title.ja) ||
      (a.hit.id < b.hit.id ? -1 : a.hit.id > b.hit.id ? 1 : 0),
  );
  return matches.map((m) => m.hit);
}

/** Newest first; a document without a date after every dated one. */
function compareDates(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a < b ? 1 : -1;
}

/**
 * About EXCERPT_LENGTH characters of the body around its first match (`at`, an index into the folded body), or
 * the body's beginning when only the title matched; whitespace runs read as one space, and … marks a cut.
 */
export function excerpt(original: string, folded: Folded, at: number): string {
  if (original.length === 0) return '';
  let start = at >= 0 ? Math.max(0, folded.origin[at]! - LEAD) : 0;
  let end = Math.min(original.length, start + EXCERPT_LENGTH);
  if (end - start < EXCERPT_LENGTH) start = Math.max(0, end - EXCERPT_LENGTH);
  // Never cut a character outside the BMP in two.
  if (start > 0 && isLowSurrogate(original.charCodeAt(start))) start--;
  if (end < original.length && isLowSurrogate(original.charCodeAt(end))) end++;
  const text = collapseSpaces(original.slice(start, end));
  return `${start > 0 ? '…' : ''}${text}${end < original.length ? '…' : ''}`;
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

function collapseSpaces(text: string): string {
  let out = '';
  let space = false;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code <= 0x20 || code === 0x3000 || code === 0xa0 || ch === SEPARATOR) {
      space = out.length > 0;
      continue;
    }
    if (space) out += ' ';
    out += ch;
    space = false;
  }
  return out;
}
