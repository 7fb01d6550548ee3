/**
 * Text folded for search, so that what a person types finds what a page prints however either was written:
 * NFKC (全角ＡＢＣ１２３ and half-width ｶﾀｶﾅ read as ABC123 and カタカナ), lower case, katakana read as hiragana
 * (マイナンバー finds まいなんばー), and spaces dropped (マイナンバー カード finds マイナンバーカード). Line breaks
 * become one separator instead, so a term never matches across two fields of a document (a bureau and a name).
 *
 * One pass over the text, and each character looked at a fixed number of times: linear in the input, whatever it
 * holds (tests/unit/search-linear-time.test.ts). `origin[i]` is where the folded character i came from in the
 * original text, so an excerpt can be cut from the original around a match.
 */
export interface Folded {
  text: string;
  origin: number[];
}

/** Never produced by folding a term, so no term matches across it. */
export const SEPARATOR = '\u0000';

const KATAKANA_FIRST = 0x30a1; // ァ
const KATAKANA_LAST = 0x30f6; // ヶ
const KANA_SHIFT = 0x60; // ア (U+30A2) − あ (U+3042)
const MAX_UNIT = 16;
/** Folded single characters outside the fast paths; bounded, as a process reads any character people write. */
const SINGLE = new Map<string, string>();
const SINGLE_MAX = 20_000;

/** Marks that NFKC joins with the character before them (dakuten, handakuten, combining accents). */
function isJoiningMark(code: number): boolean {
  return (code >= 0x0300 && code <= 0x036f) || code === 0x3099 || code === 0x309a || code === 0xff9e || code === 0xff9f;
}

function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;
}

/** Whitespace and control characters: dropped. */
function isSpace(code: number): boolean {
  return code <= 0x20 || code === 0x7f || code === 0xa0 || code === 0x3000 || (code >= 0x2000 && code <= 0x200b) || code === 0xfeff;
}

/** Characters NFKC leaves as they are and that have no case: most Japanese text takes this path. */
function isStable(code: number): boolean {
  return (
    (code >= 0x3041 && code <= 0x3096) || // hiragana
    (code >= 0x30a1 && code <= 0x30fa) || // katakana
    code === 0x30fc || // ー
    (code >= 0x4e00 && code <= 0x9fff) // CJK unified ideographs
  );
}

export function fold(text: string): Folded {
  let out = '';
  const origin: number[] = [];
  let lastWasSeparator = true;
  const push = (ch: string, from: number) => {
    let code = ch.charCodeAt(0);
    if (isLineBreak(code)) {
      if (!lastWasSeparator) {
        out += SEPARATOR;
        origin.push(from);
        lastWasSeparator = true;
      }
      return;
    }
    if (isSpace(code)) return;
    if (code >= KATAKANA_FIRST && code <= KATAKANA_LAST) {
      code -= KANA_SHIFT;
      ch = String.fromCharCode(code);
    }
    out += ch;
    // A character outside the BMP is two code units: both come from the same place.
    for (let k = 0; k < ch.length; k++) origin.push(from);
    lastWasSeparator = false;
  };
  let i = 0;
  while (i < text.length) {
    const start = i;
    const code = text.codePointAt(i)!;
    i += code > 0xffff ? 2 : 1;
    const joined = i < text.length && isJoiningMark(text.charCodeAt(i));
    if (!joined && code < 0x80) {
      push(code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 0x20) : text[start]!, start);
      continue;
    }
    if (!joined && isStable(code)) {
      push(text[start]!, start);
      continue;
    }
    if (!joined && code >= 0xff01 && code <= 0xff5e) {
      // Full-width ASCII (ＡＢＣ１２３！): NFKC is the ASCII character.
      const ascii = code - 0xfee0;
      push(String.fromCharCode(ascii >= 0x41 && ascii <= 0x5a ? ascii + 0x20 : ascii), start);
      continue;
    }
    if (!joined) {
      // Any other single character: normalised once per process (a text repeats its characters).
      const ch = text.slice(start, i);
      let folded = SINGLE.get(ch);
      if (folded === undefined) {
        folded = ch.normalize('NFKC').toLowerCase();
        if (SINGLE.size < SINGLE_MAX) SINGLE.set(ch, folded);
      }
      for (const part of folded) push(part, start);
      continue;
    }
    // A unit is one character and its marks, at most MAX_UNIT code units: normalising it costs a constant, even
    // for a run of thousands of accents (which NFKC would otherwise reorder as one sequence).
    while (i < text.length && i - start < MAX_UNIT && isJoiningMark(text.charCodeAt(i))) i++;
    for (const ch of text.slice(start, i).normalize('NFKC').toLowerCase()) push(ch, start);
  }
  return { text: out, origin };
}

/** Where the unit (a character, its marks) that begins at `start` ends in the original text. */
export function unitEnd(text: string, start: number): number {
  let i = start + ((text.codePointAt(start) ?? 0) > 0xffff ? 2 : 1);
  while (i < text.length && i - start < MAX_UNIT && isJoiningMark(text.charCodeAt(i))) i++;
  return i;
}

/**
 * The terms of a query: split on whitespace (half- and full-width), each folded, empty and repeated ones left out.
 * A query is at most 100 characters (shared/search/search-api.ts), so this is at most 50 terms.
 */
export function queryTerms(q: string): string[] {
  const terms: string[] = [];
  let current = '';
  const flush = () => {
    const term = fold(current).text.split(SEPARATOR).join('');
    if (term && !terms.includes(term)) terms.push(term);
    current = '';
  };
  for (const ch of q) {
    if (isSpace(ch.charCodeAt(0)) || isLineBreak(ch.charCodeAt(0))) flush();
    else current += ch;
  }
  flush();
  return terms;
}
