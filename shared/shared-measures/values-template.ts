import { openedWindows, type ReportingWindow } from './calendar';
import type { SharedMeasure } from './definition';
import { periodLabel } from './periods';
import type { ReviewState } from './review';
import { ITEM_STATUS_LABELS, ITEM_STATUSES, type ItemStatus, type SharedValue } from './status';
import type { ValuesFileKey } from './values-file';

/**
 * What a municipality still has to report, as the rows of its values template (issue 15): every measure it
 * reports itself, for every period whose reporting has opened and whose value the prefecture has not confirmed
 * yet (missing, awaiting review, or returned), prefilled with what is there now. A confirmed value is done and
 * left out, so the file is the municipality's to-do list and nothing more.
 */
export type TemplateMeasure = Pick<SharedMeasure, 'id' | 'name' | 'unit' | 'valueType' | 'items' | 'period' | 'reportedBy' | 'order'> & {
  calendar?: readonly ReportingWindow[];
};

/** The fields of a stored value the template reads; values stored before review existed were published, so confirmed. */
export interface TemplateValue {
  measureId: string;
  period: string;
  value: SharedValue;
  note?: string;
  source?: string;
  review?: ReviewState;
}

export type TemplateCell = string | number;

export interface TemplateRow {
  cells: Record<ValuesFileKey, TemplateCell>;
  /** The drop-down list the value cell offers: yes/no, or an item's status. */
  choices?: 'boolean' | 'status';
}

/** The choices of the value cell's drop-down lists, as the import reads them back (shared/shared-measures/value-types.ts). */
export const TEMPLATE_CHOICES = {
  boolean: ['はい', 'いいえ'],
  status: ITEM_STATUSES.map((s) => ITEM_STATUS_LABELS[s].ja),
} as const;

function valueCell(measure: TemplateMeasure, value: SharedValue | undefined, itemId?: string): TemplateCell {
  if (value === undefined) return '';
  if (measure.valueType === 'boolean') return value === true ? TEMPLATE_CHOICES.boolean[0] : value === false ? TEMPLATE_CHOICES.boolean[1] : '';
  if (measure.valueType === 'status') {
    const status = typeof value === 'object' && itemId ? (value as Record<string, ItemStatus>)[itemId] : undefined;
    return status ? ITEM_STATUS_LABELS[status].ja : '';
  }
  return typeof value === 'number' ? value : '';
}

/** The template's rows for one municipality, in catalogue order then period order; status measures one row per item. */
export function templateRows(input: {
  measures: readonly TemplateMeasure[];
  org: { code: string; name: string };
  values: readonly TemplateValue[];
  now: Date;
}): TemplateRow[] {
  const current = new Map(input.values.map((v) => [`${v.measureId}#${v.period}`, v]));
  const measures = input.measures.filter((m) => m.reportedBy === 'municipality').sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  const rows: TemplateRow[] = [];
  for (const measure of measures) {
    for (const window of openedWindows(measure, input.now)) {
      const stored = current.get(`${measure.id}#${window.period}`);
      if (stored && (stored.review ?? 'confirmed') === 'confirmed') continue;
      const base = {
        measure_id: measure.id,
        measure_name: measure.name.ja,
        period: window.period,
        period_label: periodLabel(measure.period, window.period, 'ja'),
        org_code: input.org.code,
        org_name: input.org.name,
        unit: measure.unit,
        note: stored?.note ?? '',
        source: stored?.source ?? '',
      };
      if (measure.valueType === 'status') {
        // The note and source belong to the value, not an item: written once, on its first row, so the file never
        // holds two versions of them for the import to choose between.
        (measure.items ?? []).forEach((item, i) => {
          const text = i === 0 ? {} : { note: '', source: '' };
          rows.push({ cells: { ...base, ...text, item: item.name.ja, value: valueCell(measure, stored?.value, item.id) }, choices: 'status' });
        });
      } else {
        rows.push({
          cells: { ...base, item: '', value: valueCell(measure, stored?.value) },
          ...(measure.valueType === 'boolean' ? { choices: 'boolean' as const } : {}),
        });
      }
    }
  }
  return rows;
}
