/**
 * Five classes for a choropleth, shared by the map and the tile grid so both
 * colour a municipality alike. Quintiles, not equal widths: one large city
 * would otherwise leave every other municipality in the lightest class.
 */
export const BIN_COUNT = 5;

export interface Bins {
  /** BIN_COUNT + 1 bounds, lowest value first; class i holds [bounds[i], bounds[i + 1]), the last class includes its top. */
  bounds: number[];
  /** The class of a value, 0 (lowest) to BIN_COUNT - 1; undefined for a missing value or when nothing was reported. */
  of: (value: number | undefined) => number | undefined;
}

export function quintiles(values: readonly (number | undefined)[]): Bins {
  const sorted = values.filter((n): n is number => n !== undefined && Number.isFinite(n)).sort((a, b) => a - b);
  const bounds = sorted.length === 0 ? [] : Array.from({ length: BIN_COUNT + 1 }, (_, i) => sorted[Math.min(sorted.length - 1, Math.floor((i / BIN_COUNT) * sorted.length))]!);
  const of = (n: number | undefined) => {
    if (n === undefined || bounds.length === 0) return undefined;
    let bin = 0;
    while (bin < BIN_COUNT - 1 && n >= bounds[bin + 1]!) bin++;
    return bin;
  };
  return { bounds, of };
}

/** A bound as printed: one decimal at most, as the comparison table prints values. */
export const boundText = (n: number) => String(Math.round(n * 10) / 10);

/** The classes' fills, light to dark: the design system's blue, as the tile grid uses. */
export const BIN_FILLS = [
  'var(--color-primitive-blue-100)',
  'var(--color-primitive-blue-300)',
  'var(--color-primitive-blue-500)',
  'var(--color-primitive-blue-800)',
  'var(--color-primitive-blue-1100)',
] as const;
