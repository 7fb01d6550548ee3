import type { SharedMeasure } from '../../../../shared/shared-measures/definition';
import type { SharedValue } from '../../../../shared/shared-measures/status';
import { VALUE_TYPES } from '../../../../shared/shared-measures/value-types';

/**
 * What a reviewer needs to judge one submitted value at a glance: how far it moved from the previous period.
 * Pure, so unit tests can read it without a browser.
 */
export interface Change {
  /** New minus previous, on the measure's comparable number. */
  difference: number;
  /** The relative change, in percent of the previous value (undefined when that was 0). */
  percent?: number;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export function changeOf(measure: Pick<SharedMeasure, 'valueType'>, value: SharedValue, previous: SharedValue | undefined): Change | undefined {
  if (previous === undefined) return undefined;
  const { comparable } = VALUE_TYPES[measure.valueType];
  const now = comparable(value);
  const before = comparable(previous);
  if (now === undefined || before === undefined) return undefined;
  const difference = round1(now - before);
  // A share of a yes/no (1/0) or of a completion rate says nothing more than the difference does.
  if (before === 0 || measure.valueType !== 'number') return { difference };
  return { difference, percent: round1(((now - before) / Math.abs(before)) * 100) };
}

/** 「+1,144（+733.3%）」 */
export function changeText(change: Change | undefined): string {
  if (!change) return '―';
  const signed = (n: number) => `${n > 0 ? '+' : n < 0 ? '−' : '±'}${Math.abs(n).toLocaleString('ja-JP')}`;
  return change.percent === undefined ? signed(change.difference) : `${signed(change.difference)}（${signed(change.percent)}%）`;
}

/** The API confirms at most `size` values in one request: a period's values in requests of that size, in order. */
export function inBatches<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
