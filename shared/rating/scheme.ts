import { z } from 'zod';
import { localizedTextSchema } from '../localized';

/**
 * How a rating level takes part in the summary table:
 * - `evaluated`: counted in 計 and in the 達成率 denominators (◎ ○ △);
 * - `pending`: shown in parentheses beside 計, e.g. (集計中) (■);
 * - `excluded`: not counted at all, e.g. 指標未設定 (―).
 */
export const levelRoleSchema = z.enum(['evaluated', 'pending', 'excluded']);

export const ratingLevelSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9_]{0,62}$/),
  symbol: z.string().min(1).max(10),
  /**
   * Other glyphs accepted for the symbol in imported files: the DX report's
   * legend prints ◯ (U+25EF) while its rows use ○ (U+25CB), and people type either.
   */
  symbolAliases: z.array(z.string().min(1).max(10)).max(10).optional(),
  label: localizedTextSchema,
  role: levelRoleSchema,
  /** Higher is better. A measure with several indicators takes the lowest rank. */
  rank: z.number().int(),
  /** Shown as its own 達成率 column in the summary (達成, 概ね達成). */
  showRate: z.boolean().default(false),
});
export type RatingLevel = z.infer<typeof ratingLevelSchema>;

/**
 * One threshold on the achievement ratio (actual/target, or target/actual when
 * lower is better). Thresholds are tried in order; the first that holds wins.
 */
export const ratioThresholdSchema = z.object({
  level: z.string().max(63),
  op: z.enum(['gt', 'gte']),
  ratio: z.number(),
});

/**
 * A rating scheme as data: the levels and the rules that map an indicator's
 * target and actual to a level. A plan declares its own scheme in its plan file,
 * so a second scheme (◎ above / ○ met / △ not met) needs no code change.
 */
export const ratingSchemeSchema = z.object({
  id: z.string().min(1).max(63),
  levels: z.array(ratingLevelSchema).min(2).max(20),
  rules: z.object({
    /** Ordered thresholds for numeric indicators. */
    numeric: z.array(ratioThresholdSchema).min(1).max(20),
    /** Level when no threshold holds. */
    numericOtherwise: z.string().max(63),
    milestoneMet: z.string().max(63),
    milestoneNotMet: z.string().max(63),
    /** Actual not known yet (empty or one of `pendingMarkers`), e.g. 集計中. */
    pending: z.string().max(63),
    /** The actual states there was no result at all (e.g. 実績なし). */
    noResult: z.string().max(63),
    /** No indicator set for the measure. */
    noIndicator: z.string().max(63),
    pendingMarkers: z.array(z.string().max(20)).max(20).default(['※', '']),
    noResultMarkers: z.array(z.string()).default(['実績なし']),
  }),
});
export type RatingScheme = z.infer<typeof ratingSchemeSchema>;
export type RatingSchemeInput = z.input<typeof ratingSchemeSchema>;

/** The level a symbol stands for (its own symbol or an alias), spacing and full-width forms aside. */
export function levelOfSymbol(scheme: Pick<RatingScheme, 'levels'>, symbol: string): RatingLevel | undefined {
  const wanted = symbol.normalize('NFKC').trim();
  return scheme.levels.find((l) => [l.symbol, ...(l.symbolAliases ?? [])].some((s) => s.normalize('NFKC').trim() === wanted));
}

/** A level by id. */
export function levelById(scheme: Pick<RatingScheme, 'levels'>, id: string): RatingLevel | undefined {
  return scheme.levels.find((l) => l.id === id);
}
