import type { Organisation } from '../../../shared/org/organisation';
import type { SharedMeasure } from '../../../shared/shared-measures/definition';
import { config } from '../../platform/config';
import { listAllOrganisations } from './organisations.table';
import { listSharedMeasures } from '../shared-measures/shared-measures.table';

/**
 * Reference data (a prefecture's organisations and shared-measure catalogue)
 * changes a few times a year, so each process keeps it for a minute. That
 * leaves a comparison to one Query of values rather than three.
 */
const TTL_MS = 60_000;
const cache = new Map<string, { at: number; value: Promise<unknown> }>();

function cached<T>(name: string, load: () => Promise<T>, now = Date.now()): Promise<T> {
  const key = `${config().tableName}:${name}`;
  const hit = cache.get(key);
  if (hit && now - hit.at < TTL_MS) return hit.value as Promise<T>;
  const value = load();
  cache.set(key, { at: now, value });
  value.catch(() => cache.delete(key));
  return value;
}

export const organisationsOf = (prefCode: string): Promise<Organisation[]> =>
  cached(`orgs:${prefCode}`, () => listAllOrganisations(prefCode));

export const catalogueOf = (prefCode: string): Promise<SharedMeasure[]> =>
  cached(`catalogue:${prefCode}`, () => listSharedMeasures(prefCode));

/** Drops the cached reference data, after the catalogue or organisations change (and between tests). */
export function forgetReferenceData(): void {
  cache.clear();
}
