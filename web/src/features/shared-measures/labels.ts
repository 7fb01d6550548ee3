import type { SharedMeasure } from '../../../../shared/shared-measures/definition';
import { ITEM_STATUS_LABELS, type ItemStatus } from '../../../../shared/shared-measures/status';
import { completionRate, type SharedValue } from '../../../../shared/shared-measures/status';
import { pick, tr } from '../../app/lang';

/** A value as a person reads it: 74.4%, 812件, はい/いいえ, 移行完了 12/19（63.2%）. */
export function valueText(measure: SharedMeasure, value: SharedValue | undefined): string {
  if (value === undefined) return tr('未報告', 'not reported');
  if (typeof value === 'boolean') return value ? tr('はい（取組済）', 'yes') : tr('いいえ', 'no');
  if (typeof value === 'number') return `${value.toLocaleString('ja-JP')}${measure.unit}`;
  const statuses = Object.values(value);
  const applicable = statuses.filter((s) => s !== 'not_applicable').length;
  const migrated = statuses.filter((s) => s === 'migrated').length;
  return tr(`移行完了 ${migrated}/${applicable}（${completionRate(value) ?? 0}%）`, `migrated ${migrated}/${applicable} (${completionRate(value) ?? 0}%)`);
}

export const statusLabel = (s: ItemStatus) => pick(ITEM_STATUS_LABELS[s]);

export const KIND_GROUPS = [
  { id: 'designated_city', label: '政令市', kinds: ['designated_city'] },
  { id: 'city', label: '市', kinds: ['city'] },
  { id: 'town_village', label: '町村', kinds: ['town', 'village'] },
] as const;
