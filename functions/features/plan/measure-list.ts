import type { MeasureListQuery, MeasureRow } from '../../../shared/api/plans';
import type { RatingScheme } from '../../../shared/rating/scheme';
import { invalidInput } from '../../../shared/errors';
import { cursorScope, decodeCursor, encodeCursor } from '../../platform/db/pagination';
import { compareJapanese, compareNumbered } from '../../../shared/text';

const normalise = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

/** The text a free-text search looks through: number, name, bureau, indicators, figures and reason. */
function haystack(row: MeasureRow): string {
  return normalise(
    [row.measureNo, row.name, row.bureau, row.targetText, row.actualText, row.reason, ...row.indicators.map((i) => i.name)].join(' '),
  );
}

/** Compares measure numbers like 1-2 < 1-10 < 2-1. */
export function compareMeasureNo(a: string, b: string): number {
  return compareNumbered(a, b);
}

export function filterAndSort(rows: MeasureRow[], query: MeasureListQuery, scheme: RatingScheme): MeasureRow[] {
  const q = query.q ? normalise(query.q) : '';
  const filtered = rows.filter(
    (r) =>
      (!query.group || r.groupPath === query.group || r.groupPath.startsWith(`${query.group}/`)) &&
      (!query.bureau || r.bureau === query.bureau) &&
      (!query.rating || r.officialRating === query.rating) &&
      (!q || haystack(r).includes(q)),
  );
  const rank = new Map(scheme.levels.map((l) => [l.id, l.rank]));
  const sort = query.sort ?? 'measureNo';
  const compare: Record<NonNullable<MeasureListQuery['sort']>, (a: MeasureRow, b: MeasureRow) => number> = {
    measureNo: (a, b) => compareMeasureNo(a.measureNo, b.measureNo),
    name: (a, b) => compareJapanese(a.name, b.name),
    bureau: (a, b) => compareJapanese(a.bureau, b.bureau) || compareMeasureNo(a.measureNo, b.measureNo),
    rating: (a, b) =>
      (rank.get(b.officialRating ?? '') ?? -99) - (rank.get(a.officialRating ?? '') ?? -99) ||
      compareMeasureNo(a.measureNo, b.measureNo),
  };
  const sign = query.order === 'desc' ? -1 : 1;
  return [...filtered].sort((a, b) => sign * compare[sort](a, b));
}

/**
 * Pages over an already filtered and sorted list. The cursor is the offset:
 * the whole year's results come from one Query, so paging happens after it.
 * It is sealed like every other cursor, bound to the list's plan, year and
 * filters (`scope`), so a cut-short or foreign cursor is a 400, not a page.
 */
export function pageOf<T>(rows: T[], limit: number, cursor: string | undefined, scope: unknown): { items: T[]; nextCursor?: string } {
  const bound = cursorScope({ list: 'measures', scope });
  const offset = decodeCursor(cursor, bound)?.offset ?? 0;
  if (typeof offset !== 'number' || !Number.isInteger(offset) || offset < 0 || offset > rows.length) {
    throw invalidInput({
      ja: 'ページ位置（cursor）が正しくありません。一覧を最初から読み込み直してください。',
      en: 'The page cursor is not valid. Reload the list from the start.',
    });
  }
  const end = offset + limit;
  return { items: rows.slice(offset, end), nextCursor: end < rows.length ? encodeCursor({ offset: end }, bound) : undefined };
}
