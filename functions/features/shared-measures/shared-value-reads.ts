import { reportedValueSchema, type ReportedValueRecord } from '../../../shared/api/shared-measures';
import type { Principal } from '../../../shared/auth/roles';
import { relationOf, visibleTo, type Viewer } from '../../../shared/auth/visibility';
import { valueSeenBy } from '../../../shared/shared-measures/review';
import { buildComparison } from '../../../shared/shared-measures/comparison';
import { isValidPeriod, previousPeriod } from '../../../shared/shared-measures/periods';
import { readHistory } from '../../platform/db/history';
import { invalidInput, notFound } from '../../../shared/errors';
import { organisationsOf } from '../organisations';
import { catalogueOf } from './catalogue-cache';
import { listOrganisationValues, listTrendValues, NATIONAL, valueKeys } from './shared-values.table';

async function measureOf(prefCode: string, id: string, periodKey?: string) {
  const measure = (await catalogueOf(prefCode)).find((m) => m.id === id);
  if (!measure) throw notFound({ ja: `共通指標「${id}」`, en: `Shared measure "${id}"` });
  if (periodKey !== undefined && !isValidPeriod(measure.period, periodKey)) {
    throw invalidInput({ ja: `期間「${periodKey}」はこの指標の期間の形式ではありません。`, en: `"${periodKey}" is not a period of this measure.` });
  }
  return measure;
}

/**
 * The values this viewer may see, as they may see them: unconfirmed values only for the prefecture and the owner,
 * the last confirmed value for everyone else (valueSeenBy, shared/shared-measures/review.ts), then the fields of
 * each (shared/auth/visibility.ts).
 */
export const valuesSeenBy = (viewer: Viewer, values: readonly ReportedValueRecord[]): ReportedValueRecord[] =>
  values.flatMap((v) => {
    const seen = valueSeenBy(viewer, v);
    return seen ? [visibleTo(reportedValueSchema, seen, relationOf(viewer, v.orgCode))] : [];
  });

/** One measure, one period, every municipality: rank, change, average, median and the national figure. */
export async function comparison(viewer: Viewer, prefCode: string, id: string, key: string) {
  const measure = await measureOf(prefCode, id, key);
  const before = previousPeriod(measure.period, key);
  // One Query (GSI1, sorted by period) returns this period and the one before it, for the change column.
  const [organisations, stored] = await Promise.all([organisationsOf(prefCode), listTrendValues(prefCode, id, before ?? key, key)]);
  const values = stored.flatMap((v) => valueSeenBy(viewer, v) ?? []);
  const current = values.filter((v) => v.period === key);
  const previous = values.filter((v) => v.period === before);
  const national = current.find((v) => v.orgCode === NATIONAL)?.value;
  const { rows, stats } = buildComparison({
    measure,
    municipalities: organisations.filter((o) => o.kind !== 'prefecture'),
    current,
    previous,
    national,
  });
  return { measure, period: key, ...(before ? { previousPeriod: before } : {}), rows, stats };
}

/** One measure over a range of periods, every municipality, oldest first. */
export async function trends(viewer: Viewer, prefCode: string, id: string, from: string, to: string) {
  const measure = await measureOf(prefCode, id);
  if (!isValidPeriod(measure.period, from) || !isValidPeriod(measure.period, to) || from > to) {
    throw invalidInput({ ja: '期間の指定（from・to）が正しくありません。', en: 'The period range (from, to) is not valid.' });
  }
  const values = await listTrendValues(prefCode, id, from, to);
  return { items: valuesSeenBy(viewer, values) };
}

/** One page of a municipality's values across shared measures and periods. */
export async function organisationProfile(viewer: Principal, prefCode: string, orgCode: string, limit: number, cursor?: string) {
  const page = await listOrganisationValues(prefCode, orgCode, limit, cursor);
  return { orgCode, items: valuesSeenBy(viewer, page.items), nextCursor: page.nextCursor };
}

/** One page of a value's change history: the municipality's and the prefecture's (platform/db/history.ts). */
export function valueHistory(
  target: { measureId: string; period: string; orgCode: string },
  viewer: Principal,
  prefCode: string,
  page: { limit?: number; cursor?: string },
) {
  return readHistory({ kind: 'sharedValue', entity: valueKeys.entity(prefCode, target), owner: target.orgCode }, viewer, page);
}
