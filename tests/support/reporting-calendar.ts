import { putSampleValues } from '../../functions/features/shared-measures/shared-values.table';
import { putSharedMeasures } from '../../functions/features/shared-measures/shared-measures.table';
import { forgetReferenceData } from '../../functions/platform/db/reference-cache';
import type { ReportedValueRecord } from '../../shared/api/shared-measures';
import { sharedMeasureSchema, type SharedMeasure } from '../../shared/shared-measures/definition';
import type { ReportingWindow } from '../../shared/shared-measures/calendar';

/**
 * A catalogue of its own for tests of the reporting calendar (tasks, reporting rates, reminders), in place of
 * the sample one, so that their figures at fixed dates do not move when the sample data does.
 */
export function calendarMeasure(id: string, period: SharedMeasure['period'], calendar: ReportingWindow[], reportedBy: SharedMeasure['reportedBy'] = 'municipality'): SharedMeasure {
  const name = { 'fixture-annual': ['オープンデータ数', 'Open datasets'], 'fixture-monthly': ['オンライン申請件数', 'Online applications'] }[id] ?? [`指標 ${id}`, `Measure ${id}`];
  return {
    ...sharedMeasureSchema.parse({
      id,
      category: { ja: 'テスト', en: 'Test' },
      name: { ja: name[0], en: name[1] },
      valueType: 'number',
      period,
      definition: { ja: 'テスト用の指標', en: 'A measure for tests' },
      reportedBy,
      calendar,
    }),
    version: 1,
  };
}

export function reportedValue(measureId: string, period: string, orgCode: string, fields: Partial<ReportedValueRecord> = {}): ReportedValueRecord {
  const at = fields.submittedAt ?? fields.updatedAt ?? '2031-05-01T00:00:00.000Z';
  const record = { measureId, period, orgCode, value: 10, sample: false, enteredByPrefecture: false, version: 1, updatedAt: at, review: 'submitted', submittedAt: at, ...fields };
  // `submittedAt: undefined` stands for a value stored before issue 15, which has none.
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as ReportedValueRecord;
}

/** Writes the catalogue and the values, and forgets the cached catalogue. */
export async function putCalendarFixture(measures: SharedMeasure[], values: ReportedValueRecord[]): Promise<void> {
  await putSampleValues('140007', values);
  await putSharedMeasures('140007', measures);
  forgetReferenceData();
}
