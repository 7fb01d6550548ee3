import type { RatingLevel, RatingScheme } from '../../../shared/rating/scheme';

/** The scheme's level with this id, if any. */
export const levelOf = (scheme: RatingScheme, id: string | null | undefined): RatingLevel | undefined =>
  scheme.levels.find((l) => l.id === id);

/** Levels counted in 計, in the report's column order. */
export const evaluatedLevels = (scheme: RatingScheme) => scheme.levels.filter((l) => l.role === 'evaluated');
export const pendingLevels = (scheme: RatingScheme) => scheme.levels.filter((l) => l.role === 'pending');
export const rateLevels = (scheme: RatingScheme) => scheme.levels.filter((l) => l.showRate);

/** A CSS class per rank, so colours follow the scheme's order, not its level ids. */
export const rankClass = (level: RatingLevel | undefined) => (level ? `r${Math.max(0, Math.min(3, level.rank))}` : 'r0');
