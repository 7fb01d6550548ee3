import type { SharedMeasure } from '../../../../shared/shared-measures/definition';
import { ITEM_STATUS_LABELS, type ItemStatus } from '../../../../shared/shared-measures/status';
import type { SharedValue } from '../../../../shared/shared-measures/status';
import { VALUE_TYPES } from '../../../../shared/shared-measures/value-types';
import { lang, pick, tr } from '../../app/lang';

/** A value as a person reads it, as its kind writes it (shared/shared-measures/value-types.ts). */
export function valueText(measure: SharedMeasure, value: SharedValue | undefined): string {
  if (value === undefined) return tr('未報告', 'not reported');
  return VALUE_TYPES[measure.valueType].format(value, measure.unit, lang());
}

export const statusLabel = (s: ItemStatus) => pick(ITEM_STATUS_LABELS[s]);

export const KIND_GROUPS = [
  { id: 'designated_city', label: '政令市', labelEn: 'Designated cities', kinds: ['designated_city'] },
  { id: 'city', label: '市', labelEn: 'Cities', kinds: ['city'] },
  { id: 'town_village', label: '町村', labelEn: 'Towns and villages', kinds: ['town', 'village'] },
] as const;
