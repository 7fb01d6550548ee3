import type { ReportedValueRecord } from '../../../../shared/api/shared-measures';
import type { SharedMeasure } from '../../../../shared/shared-measures/definition';
import { VALUE_TYPES } from '../../../../shared/shared-measures/value-types';
import { defaultPeriod } from './period-choices';

/** One line of a municipality's profile: a measure, its current period, the municipality's value then, and its trend. */
type CatalogueMeasure = SharedMeasure & { currentPeriod?: string };

export interface ProfileLine {
  measure: CatalogueMeasure;
  period: string;
  /** The municipality's value for that period, as this viewer may see it; undefined when not reported. */
  record?: ReportedValueRecord;
  /** The comparable number of every period up to the current one, oldest first. */
  series: (number | undefined)[];
}

/**
 * The profile's rows from the profile alone (one endpoint, no comparison per measure): each catalogue measure in
 * catalogue order, at the period the calendar makes current — the same period the comparison opens on.
 */
export function profileRows(catalogue: readonly CatalogueMeasure[], values: readonly ReportedValueRecord[], now: Date): ProfileLine[] {
  const byMeasure = new Map<string, ReportedValueRecord[]>();
  for (const v of values) byMeasure.set(v.measureId, [...(byMeasure.get(v.measureId) ?? []), v]);
  return catalogue.map((measure) => {
    const period = defaultPeriod(measure, now);
    const own = (byMeasure.get(measure.id) ?? []).filter((v) => v.period <= period).sort((a, b) => a.period.localeCompare(b.period));
    const { comparable } = VALUE_TYPES[measure.valueType];
    return { measure, period, record: own.find((v) => v.period === period), series: own.map((v) => comparable(v.value)) };
  });
}
