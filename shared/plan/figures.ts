import type { Figure } from './result';

const MULTIPLIERS: Record<string, number> = { 万: 10_000, 億: 100_000_000 };

/**
 * Circled and parenthesised numbers (①, ⑴, ㉑ …). NFKC turns ① into "1", so
 * `①100%` would read as 1100: texts that number their parts are not one figure.
 */
const ENCLOSED_NUMBER = /[\u2460-\u24FF\u2776-\u2793\u3251-\u325F\u32B1-\u32BF]/;

/**
 * A number, an optional 万/億, then a short unit with no digits in it. The
 * unit's length is bounded so that a stated state such as
 * `10月から軽油引取税電子申告開始` is not mistaken for the figure 10, and the
 * no-digits rule refuses texts holding two figures (`12路線 26箇所`).
 */
const FIGURE = /^(-?\d+(?:\.\d+)?)\s*(万|億)?\s*([^\d]{0,8})$/;

/**
 * The text of a figure as the data README normalises it before reading the
 * number: NFKC (`５`→`5`, `％`→`%`), commas removed, a leading 約/年間 and a
 * trailing 以上/(累計) dropped.
 */
export function normaliseFigureText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/,/g, '')
    .trim()
    .replace(/^(約|年間)\s*/, '')
    .replace(/\s*(以上|\(累計\))$/, '')
    .trim();
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
  const match = FIGURE.exec(normaliseFigureText(text));
  if (!match) return undefined;
  const multiplier = match[2] ? MULTIPLIERS[match[2]]! : 1;
  // toPrecision(15) undoes binary floating-point noise: 4.31 × 1億 is 430999999.99999994 otherwise.
  const value = Number((Number(match[1]) * multiplier).toPrecision(15));
  return Number.isFinite(value) ? { value, unit: match[3]!.trim() } : undefined;
}

/** A figure from its printed text, with the value read from it where it is a number. */
export function figureOf(text: string, value?: number): Figure {
  return value === undefined ? { text } : { text, value };
}
