import { describe, expect, it } from 'vitest';
import { fold, queryTerms } from '../../shared/search/fold';
import { highlight } from '../../shared/search/highlight';
import { rankDocuments } from '../../shared/search/match';
import type { SearchDocument } from '../../shared/search/search-document';

const doc = (id: string, title: string, body: string, extra: Partial<SearchDocument> = {}): SearchDocument => ({
  kind: 'measure',
  id,
  title: { ja: title, en: title },
  body,
  link: `/measures/${id}`,
  ...extra,
});

const search = (docs: SearchDocument[], q: string) => rankDocuments(docs, queryTerms(q));
const ids = (docs: SearchDocument[], q: string) => search(docs, q).map((h) => h.id);

describe('folding: what a person types finds what a page prints', () => {
  it('full- and half-width, upper and lower case, katakana and hiragana read alike', () => {
    const docs = [doc('a', 'ＡＩ・ＲＰＡの導入', ''), doc('b', 'ﾏｲﾅﾝﾊﾞｰｶｰﾄﾞ', ''), doc('c', 'オープンデータ', '')];
    expect(ids(docs, 'ai')).toEqual(['a']);
    expect(ids(docs, 'rpa')).toEqual(['a']);
    // Half-width katakana with a separate voiced mark (ﾊﾞ) is one character once folded.
    expect(ids(docs, 'マイナンバー')).toEqual(['b']);
    expect(ids(docs, 'まいなんばー')).toEqual(['b']);
    expect(ids(docs, 'おーぷん')).toEqual(['c']);
    expect(ids(docs, 'ＯＰＥＮ')).toEqual([]);
  });

  it('spaces inside the text do not break a word, but a line break between two fields does', () => {
    const docs = [doc('a', 'マイナンバー　カード', ''), doc('b', 'x', '総務局\nカード保有率')];
    expect(ids(docs, 'マイナンバーカード')).toEqual(['a']);
    expect(ids(docs, '局カード')).toEqual([]);
    expect(ids(docs, 'カード保有率')).toEqual(['b']);
  });

  it('keeps where each folded character came from, so excerpts are cut from the original', () => {
    const folded = fold('Ａ ｶﾞ b');
    expect(folded.text).toBe('aがb');
    expect(folded.origin).toEqual([0, 2, 5]);
  });

  it('splits a query on half- and full-width spaces, and drops repeated and empty terms', () => {
    expect(queryTerms('  マイナンバー　カード  カード ')).toEqual(['まいなんばー', 'かーど']);
    expect(queryTerms(' \u3000 ')).toEqual([]);
  });
});

describe('matching and ranking', () => {
  const docs = [
    doc('body', '行政手続のオンライン化', 'マイナンバーカードを使った申請'),
    doc('title', 'マイナンバーカード取得促進', '総務局'),
    doc('both', 'カードの活用', 'マイナンバー連携'),
  ];

  it('every term must occur, in the title or the body (AND)', () => {
    expect(ids(docs, 'マイナンバー 申請')).toEqual(['body']);
    expect(ids(docs, 'マイナンバー 総務局')).toEqual(['title']);
    expect(ids(docs, 'マイナンバー 存在しない語')).toEqual([]);
  });

  it('a document whose title holds more of the terms ranks first', () => {
    expect(ids(docs, 'マイナンバー カード')).toEqual(['title', 'both', 'body']);
  });

  it('among equal title matches, the newest date first and undated last; then a stable order', () => {
    const dated = [
      doc('old', '推進会議 第1回', '', { kind: 'meeting', date: '2025-05-01' }),
      doc('none', '推進会議の進め方', '', { kind: 'faq' }),
      doc('new', '推進会議 第2回', '', { kind: 'meeting', date: '2026-05-01' }),
    ];
    expect(ids(dated, '推進会議')).toEqual(['new', 'old', 'none']);
    const numbered = [doc('17-10', '17-10 施策', ''), doc('17-2', '17-2 施策', ''), doc('2-1', '2-1 施策', '')];
    expect(ids(numbered, '施策')).toEqual(['2-1', '17-2', '17-10']);
  });

  it('the hit carries the document without its body, and an excerpt around the first match in the body', () => {
    const long = `${'前置きの文章です。'.repeat(10)}ここでマイナンバーカードの話をします。${'後ろの文章です。'.repeat(10)}`;
    const [hit] = search([doc('x', '無関係な題', long)], 'マイナンバー');
    expect(hit).not.toHaveProperty('body');
    expect(hit!.link).toBe('/measures/x');
    expect(hit!.excerpt).toContain('ここでマイナンバーカードの話をします。');
    expect(hit!.excerpt.startsWith('…')).toBe(true);
    expect(hit!.excerpt.endsWith('…')).toBe(true);
    expect(hit!.excerpt.length).toBeLessThanOrEqual(82);
    // The match stands near the excerpt's start, not at its end: what follows it is what the reader wants.
    expect(hit!.excerpt.indexOf('マイナンバー')).toBeLessThan(30);
  });

  it('when only the title matches, the excerpt is the body’s beginning; line breaks read as spaces', () => {
    const [hit] = search([doc('x', 'マイナンバー', '一行目\n\n二行目')], 'マイナンバー');
    expect(hit!.excerpt).toBe('一行目 二行目');
  });

  it('an excerpt cut near a character outside the BMP keeps it whole', () => {
    const body = `${'𠮷'.repeat(60)}マイナンバー${'𠮷'.repeat(60)}`;
    const [hit] = search([doc('x', 't', body)], 'マイナンバー');
    expect(hit!.excerpt.replace(/[…]/g, '').replace(/マイナンバー/, '')).toMatch(/^(?:𠮷)+$/u);
  });
});

describe('highlighting an excerpt', () => {
  it('marks each match as search found it, in the text as printed', () => {
    expect(highlight('…ﾏｲﾅﾝﾊﾞｰカードと マイナンバー 連携…', queryTerms('まいなんばー 連携'))).toEqual([
      { text: '…', match: false },
      { text: 'ﾏｲﾅﾝﾊﾞｰ', match: true },
      { text: 'カードと ', match: false },
      { text: 'マイナンバー', match: true },
      { text: ' ', match: false },
      { text: '連携', match: true },
      { text: '…', match: false },
    ]);
    expect(highlight('なにもない', ['x'])).toEqual([{ text: 'なにもない', match: false }]);
    expect(highlight('', ['x'])).toEqual([]);
  });
});
