import type { Figure } from './result';

const MULTIPLIERS: Record<string, number> = { 万: 10_000, 億: 100_000_000 };

/**
 * Circled and parenthesised numbers (①, ⑴, ㉑ …). NFKC turns ① into "1", so
 * `①100%` would read as 1100: texts that number their parts are not one figure.
 */
const ENCLOSED_NUMBER = /[\u2460-\u24FF\u2776-\u2793\u3251-\u325F\u32B1-\u32BF]/;

/**
 * The number at the start of a figure's text. It is followed by an optional
 * 万/億 and a short unit with no digits in it (read by readFigure): the unit's
 * length is bounded so that a stated state such as
 * `10月から軽油引取税電子申告開始` is not mistaken for the figure 10, and the
 * no-digits rule refuses texts holding two figures (`12路線 26箇所`).
 *
 * Only the number is a regular expression: the spaces, 万/億 and unit after it
 * are read by hand, because `\s*(万|億)?\s*[^\d]{0,8}$` tries every split of a
 * run of spaces and took seconds on a cell of a few thousand spaces.
 */
const NUMBER = /^-?\d+(?:\.\d+)?/;
const MAX_UNIT_LENGTH = 8;
const DIGIT = /\d/;
const SUFFIXES = ['以上', '(累計)'];

/**
 * The text of a figure as the data README normalises it before reading the
 * number: NFKC (`５`→`5`, `％`→`%`), commas removed, a leading 約/年間 and a
 * trailing 以上/(累計) dropped.
 */
export function normaliseFigureText(text: string): string {
  let s = text
    .normalize('NFKC')
    .replace(/,/g, '')
    .trim()
    .replace(/^(約|年間)\s*/, '');
  // Not `/\s*(以上|…)$/`: unanchored at the start, it rescans a run of spaces from each of its positions.
  const suffix = SUFFIXES.find((x) => s.endsWith(x));
  if (suffix) s = s.slice(0, -suffix.length);
  return s.trim();
}

/**
 * Reads the number in a printed figure, as the data README describes:
 * `５万人` → 50000, `1,200万件` → 12000000, `4.31億円` → 431000000,
 * `99.94%` → 99.94, `約1,700件` → 1700, `10,000人(累計)` → 10000.
 * Undefined when the text is not one number with a unit: `※`, `実績なし`,
 * `―`, milestones (`実施`), several figures (`12路線 26箇所`) or numbered
 * parts (`②・③合計 3,915件`). Used for staff-typed actuals and for imports
 * that give no value columns.
 */
export function parseFigure(text: string): number | undefined {
  return readFigure(text)?.value;
}

/** Like parseFigure, with the unit that follows the number: `５万人` → { value: 50000, unit: '人' }. */
export function readFigure(text: string): { value: number; unit: string } | undefined {
  if (ENCLOSED_NUMBER.test(text)) return undefined;
  const normalised = normaliseFigureText(text);
  const number = NUMBER.exec(normalised)?.[0];
  if (number === undefined) return undefined;
  let rest = normalised.slice(number.length).trimStart();
  const multiplier = MULTIPLIERS[rest[0] ?? ''];
  if (multiplier) rest = rest.slice(1).trimStart();
  if (rest.length > MAX_UNIT_LENGTH || DIGIT.test(rest)) return undefined;
  // toPrecision(15) undoes binary floating-point noise: 4.31 × 1億 is 430999999.99999994 otherwise.
  const value = Number((Number(number) * (multiplier ?? 1)).toPrecision(15));
  return Number.isFinite(value) ? { value, unit: rest.trim() } : undefined;
}

/** A figure from its printed text, with the value read from it where it is a number. */
export function figureOf(text: string, value?: number): Figure {
  return value === undefined ? { text } : { text, value };
}
