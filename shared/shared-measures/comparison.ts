import type { Organisation } from '../org/organisation';
import type { SharedMeasure } from './definition';
import type { ReviewState } from './review';
import { ITEM_STATUSES, type ItemStatus, type SharedValue } from './status';
import { VALUE_TYPES } from './value-types';
import { median } from '../median';

export interface ReportedValue {
  orgCode: string;
  value: SharedValue;
  sample: boolean;
  enteredByPrefecture: boolean;
  updatedAt: string;
  note?: string;
  version?: number;
  review?: ReviewState;
}

export interface ComparisonRow {
  orgCode: string;
  name: string;
  kind: Organisation['kind'];
  district?: string;
  /** 1 = best, by the measure's direction; ties share a rank. Undefined when not reported. */
  rank?: number;
  value?: SharedValue;
  numeric?: number;
  /** Change of the comparable number since the previous period. */
  change?: number;
  sample: boolean;
  enteredByPrefecture: boolean;
  note?: string;
  /** The stored value's version, for the next edit (0 when not reported). */
  version: number;
  /** Set when the value shown is not confirmed yet (only the prefecture and the owner see such a value). */
  review?: ReviewState;
}

export interface ComparisonStats {
  reported: number;
  total: number;
  /** number / percent: a simple mean of the municipalities (単純平均), not weighted by population. */
  average?: number;
  median?: number;
  national?: number;
  /** boolean: how many answered yes, of `reported`. */
  yes?: number;
  /** status: items per status, summed over the reporting municipalities. */
  statusCounts?: Record<ItemStatus, number>;
}

/**
 * Whether ranks, averages and medians mean anything for a kind of value: a yes/no answer is counted, not ranked
 * (「はい 1位/33」 and an average of 0.73 say nothing), and statuses are counted per status.
 */
const RANKED = { number: true, percent: true, boolean: false, status: false } as const;

const round = (n: number) => Math.round(n * 100) / 100;

export { median } from '../median';

/**
 * One measure, one period, every municipality: rank (ties share the better
 * rank), value, change since the previous period, and the prefecture's
 * average and median beside the national reference.
 */
export function buildComparison(input: {
  measure: SharedMeasure;
  municipalities: readonly Organisation[];
  current: readonly ReportedValue[];
  previous: readonly ReportedValue[];
  national?: SharedValue;
}): { rows: ComparisonRow[]; stats: ComparisonStats } {
  const { comparable: comparableValue } = VALUE_TYPES[input.measure.valueType];
  const current = new Map(input.current.map((v) => [v.orgCode, v]));
  const previous = new Map(input.previous.map((v) => [v.orgCode, comparableValue(v.value)]));
  const sign = input.measure.direction === 'lower' ? 1 : -1;
  const ranked = RANKED[input.measure.valueType];
  const numbers = input.municipalities
    .map((o) => {
      const v = current.get(o.code);
      return v ? comparableValue(v.value) : undefined;
    })
    .filter((n): n is number => n !== undefined);
  const ordered = [...numbers].sort((a, b) => sign * (a - b));
  const rows = input.municipalities.map((org): ComparisonRow => {
    const reported = current.get(org.code);
    const numeric = reported ? comparableValue(reported.value) : undefined;
    const before = previous.get(org.code);
    return {
      orgCode: org.code,
      name: org.name,
      kind: org.kind,
      district: org.district,
      rank: numeric === undefined || !ranked ? undefined : ordered.indexOf(numeric) + 1,
      value: reported?.value,
      numeric,
      change: numeric !== undefined && before !== undefined ? round(numeric - before) : undefined,
      sample: reported?.sample ?? false,
      enteredByPrefecture: reported?.enteredByPrefecture ?? false,
      note: reported?.note,
      version: reported?.version ?? 0,
      ...(reported?.review && reported.review !== 'confirmed' ? { review: reported.review } : {}),
    };
  });
  const national = input.national === undefined ? undefined : comparableValue(input.national);
  const base = { reported: numbers.length, total: input.municipalities.length, ...(national === undefined ? {} : { national }) };
  if (input.measure.valueType === 'boolean') {
    return { rows, stats: { ...base, reported: rows.filter((r) => r.value !== undefined).length, yes: rows.filter((r) => r.value === true).length } };
  }
  if (input.measure.valueType === 'status') {
    const statusCounts = Object.fromEntries(ITEM_STATUSES.map((s) => [s, 0])) as Record<ItemStatus, number>;
    for (const r of rows) {
      if (typeof r.value !== 'object') continue;
      for (const s of Object.values(r.value)) statusCounts[s] += 1;
    }
    return { rows, stats: { ...base, reported: rows.filter((r) => r.value !== undefined).length, statusCounts } };
  }
  const average = numbers.length ? round(numbers.reduce((s, n) => s + n, 0) / numbers.length) : undefined;
  const med = median(numbers);
  return {
    rows,
    stats: { ...base, ...(average === undefined ? {} : { average }), ...(med === undefined ? {} : { median: round(med) }) },
  };
}
