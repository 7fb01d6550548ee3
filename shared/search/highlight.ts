import { fold, unitEnd } from './fold';

export interface Segment {
  text: string;
  match: boolean;
}

/**
 * Cuts a text into the parts that match one of the terms and the parts between, matched as search matches them
 * (shared/search/fold.ts), so the page marks マイナンバー in an excerpt that prints ﾏｲﾅﾝﾊﾞｰ. Linear in the text
 * times the terms; an excerpt is about 80 characters and a query at most 50 terms.
 */
export function highlight(text: string, terms: readonly string[]): Segment[] {
  const folded = fold(text);
  const marked = new Uint8Array(text.length);
  for (const term of terms) {
    let at = folded.text.indexOf(term);
    while (at >= 0) {
      const to = unitEnd(text, folded.origin[at + term.length - 1]!);
      for (let i = folded.origin[at]!; i < to; i++) marked[i] = 1;
      at = folded.text.indexOf(term, at + term.length);
    }
  }
  const segments: Segment[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || marked[i] !== marked[start]) {
      segments.push({ text: text.slice(start, i), match: marked[start] === 1 });
      start = i;
    }
  }
  return segments;
}
