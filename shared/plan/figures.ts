import type { Figure } from './result';

const MULTIPLIERS: Record<string, number> = { 万: 10_000, 億: 100_000_000 };

/**
 * Reads the number in a printed figure, as the data README describes:
 * NFKC, commas removed, a leading 約/年間 and a trailing 以上/(累計) dropped,
 * 万 ×10,000 and 億 ×100,000,000. `５万人` → 50000, `4.31億円` → 431000000,
 * `99.94%` → 99.94. Undefined when the text is not a number (※, 実績なし).
 */
export function parseFigure(text: string): number | undefined {
  const normalised = text
    .normalize('NFKC')
    .replace(/,/g, '')
    .trim()
    .replace(/^(約|年間)/, '')
    .replace(/(以上|\(累計\))$/, '')
    .trim();
  const match = /^(-?\d+(?:\.\d+)?)\s*(万|億)?/.exec(normalised);
  if (!match) return undefined;
  // toPrecision(15) undoes binary floating-point noise: 4.31 × 1億 is 430999999.99999994 otherwise.
  const value = Number((Number(match[1]) * (match[2] ? MULTIPLIERS[match[2]]! : 1)).toPrecision(15));
  return Number.isFinite(value) ? value : undefined;
}

/** A figure from its printed text, with the value read from it where it is a number. */
export function figureOf(text: string, value?: number): Figure {
  return value === undefined ? { text } : { text, value };
}
