import type { Organisation } from '../org/organisation';
import type { SharedMeasure } from './definition';
import type { SharedValue } from './values';
import { VALUE_TYPES } from './value-types';

export interface ReportedValue {
  orgCode: string;
  value: SharedValue;
  sample: boolean;
  enteredByPrefecture: boolean;
  updatedAt: string;
  note?: string;
  version?: number;
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
}

export interface ComparisonStats {
  reported: number;
  total: number;
  average?: number;
  median?: number;
  national?: number;
}

const round = (n: number) => Math.round(n * 100) / 100;

export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

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
      rank: numeric === undefined ? undefined : ordered.indexOf(numeric) + 1,
      value: reported?.value,
      numeric,
      change: numeric !== undefined && before !== undefined ? round(numeric - before) : undefined,
      sample: reported?.sample ?? false,
      enteredByPrefecture: reported?.enteredByPrefecture ?? false,
      note: reported?.note,
      version: reported?.version ?? 0,
    };
  });
  const average = numbers.length ? round(numbers.reduce((s, n) => s + n, 0) / numbers.length) : undefined;
  const med = median(numbers);
  const national = input.national === undefined ? undefined : comparableValue(input.national);
  return {
    rows,
    stats: {
      reported: numbers.length,
      total: input.municipalities.length,
      ...(average === undefined ? {} : { average }),
      ...(med === undefined ? {} : { median: round(med) }),
      ...(national === undefined ? {} : { national }),
    },
  };
}
