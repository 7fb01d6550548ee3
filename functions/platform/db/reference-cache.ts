import { config } from '../config';

/**
 * Reference data (a prefecture's organisations, its shared-measure catalogue) changes a few times a year, so each
 * process keeps it for a minute. That leaves a comparison to one Query of values rather than three. The cache lives
 * here rather than in a feature so that every feature can keep its own reference data in it and one call forgets
 * them all.
 */
const TTL_MS = 60_000;
const cache = new Map<string, { at: number; value: Promise<unknown> }>();

/** `load()`'s answer, kept per table for a minute; a failed load is not kept. */
export function cached<T>(name: string, load: () => Promise<T>, now = Date.now()): Promise<T> {
  const key = `${config().tableName}:${name}`;
  const hit = cache.get(key);
  if (hit && now - hit.at < TTL_MS) return hit.value as Promise<T>;
  const value = load();
  cache.set(key, { at: now, value });
  value.catch(() => cache.delete(key));
  return value;
}

/** Drops the cached reference data, after the catalogue or organisations change (and between tests). */
export function forgetReferenceData(): void {
  cache.clear();
}
