import type { SharedMeasure } from '../../../shared/shared-measures/definition';
import { previousPeriod } from '../../../shared/shared-measures/periods';
import { comparedMeasures } from '../../../shared/shared-measures/plausibility';
import type { SharedValue } from '../../../shared/shared-measures/status';
import type { ReportedValueRecord } from '../../../shared/api/shared-measures';
import { getValues, type ValueKey } from './shared-values.table';

/** What a save must read besides the catalogue: the value itself, and what its plausibility rules compare it with. */
export interface StoredContext {
  current?: ReportedValueRecord;
  previous?: SharedValue;
  others: Record<string, SharedValue | undefined>;
}

const keyText = (k: ValueKey) => `${k.measureId}|${k.period}|${k.orgCode}`;

/** The keys one entry needs: the value, its previous period's (only when a `change` rule reads it), the `not_above` measures'. */
function keysOf(measure: SharedMeasure, target: ValueKey) {
  const before = measure.rules.some((r) => r.kind === 'change') ? previousPeriod(measure.period, target.period) : undefined;
  return {
    current: target,
    previous: before ? { ...target, period: before } : undefined,
    others: comparedMeasures(measure).map((measureId) => ({ ...target, measureId })),
  };
}

/**
 * Reads what the given entries need in one BatchGetItem (one round trip for a form's save; an import's keys in
 * parallel chunks). `pending` holds values being written in the same import: a row's previous period or compared
 * measure in the same file is checked against the file, not against what it replaces.
 */
export async function readContexts(
  prefCode: string,
  entries: readonly { measure: SharedMeasure; target: ValueKey }[],
  pending: ReadonlyMap<string, SharedValue> = new Map(),
): Promise<StoredContext[]> {
  const wanted = entries.map((e) => keysOf(e.measure, e.target));
  const all = wanted.flatMap((w) => [w.current, ...(w.previous ? [w.previous] : []), ...w.others]);
  const stored = await getValues(prefCode, all);
  const byKey = new Map(all.map((k, i) => [keyText(k), stored[i]]));
  const valueAt = (k: ValueKey) => (pending.has(keyText(k)) ? pending.get(keyText(k)) : byKey.get(keyText(k))?.value);
  return wanted.map((w) => ({
    current: byKey.get(keyText(w.current)),
    previous: w.previous ? valueAt(w.previous) : undefined,
    others: Object.fromEntries(w.others.map((k) => [k.measureId, valueAt(k)])),
  }));
}

export const pendingKey = keyText;
