import { describe, expect, it } from 'vitest';
import { fold, queryTerms } from '../../shared/search/fold';
import { rankDocuments } from '../../shared/search/match';
import type { SearchDocument } from '../../shared/search/search-document';

/**
 * Search runs on every request over text that people wrote (consultations, survey questions, minutes) with a query
 * anyone signed in types. Like the parsers (tests/unit/linear-time-parsing.test.ts), it must take time linear in
 * what it reads: a quadratic step over 100 KB of minutes would stall the server for seconds or minutes. The limit is
 * far above what linear code needs (a few ms once compiled; tens on a cold, busy machine) and far below that.
 */
const KB100 = 100_000;
const LIMIT_MS = 250;

function millis(run: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < 3 && best >= LIMIT_MS; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

const run = (n: number, unit: string) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

const ADVERSARIAL: Record<string, string> = {
  'one letter repeated': run(KB100, 'a'),
  'spaces': run(KB100, ' '),
  'ideographic spaces': run(KB100, '\u3000'),
  'line breaks': run(KB100, '\n'),
  'one letter and thousands of combining accents': `a${run(KB100, '\u0301')}`,
  'half-width katakana and voiced marks': run(KB100, 'ﾊﾞ'),
  'voiced marks alone': run(KB100, 'ﾞ'),
  'katakana': run(KB100, 'ア'),
  'characters outside the BMP': run(KB100, '𠮷'),
  'compatibility characters': run(KB100, '㍻'),
  'full-width letters': run(KB100, 'Ａ'),
};

const doc = (body: string, title = 't'): SearchDocument => ({ kind: 'faq', id: 'x', title: { ja: title, en: title }, body, link: '/faq/x' });

describe('search runs in linear time on 100 KB of adversarial text', () => {
  it.each(Object.entries(ADVERSARIAL))('folding %s', (_, text) => {
    expect(millis(() => fold(text))).toBeLessThan(LIMIT_MS);
  });

  it.each(Object.entries(ADVERSARIAL))('matching a near-miss query of 100 characters in %s', (_, text) => {
    // The longest query: its terms almost match everywhere and fail on their last character.
    const unit = [...text][0] ?? 'a';
    const q = `${run(49, unit)}b ${run(49, unit)}c`;
    expect(millis(() => rankDocuments([doc(text, `題${unit}`)], queryTerms(q)))).toBeLessThan(LIMIT_MS);
  });

  it('splitting a query of 100 KB of spaces and letters into terms', () => {
    expect(millis(() => queryTerms(run(KB100, 'a ')))).toBeLessThan(LIMIT_MS);
  });

  it('ranking five thousand matching documents', () => {
    const docs = Array.from({ length: 5000 }, (_, i) => ({ ...doc(`本文 ${i} マイナンバー`, `題 ${i}`), id: String(i), date: `2026-01-${String((i % 28) + 1).padStart(2, '0')}` }));
    expect(millis(() => rankDocuments(docs, queryTerms('マイナンバー 本文')))).toBeLessThan(LIMIT_MS);
  });
});
