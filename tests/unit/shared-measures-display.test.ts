import { describe, expect, it } from 'vitest';
import type { ReportedValueRecord } from '../../shared/api/shared-measures';
import type { SharedMeasure } from '../../shared/shared-measures/definition';
import { addMonths, suggestNextWindow } from '../../web/src/features/shared-measures/calendar-draft';
import { defaultPeriod, periodChoices } from '../../web/src/features/shared-measures/period-choices';
import { profileRows } from '../../web/src/features/shared-measures/profile-rows';
import { changeOf, changeText, inBatches } from '../../web/src/features/shared-measures/review-view';
import { fromDraft, toDraft } from '../../web/src/features/shared-measures/rules-draft';
import { isRanked, reviewMark, statusCounts, yesShare } from '../../web/src/features/shared-measures/stats-text';

const NOW = new Date('2026-11-28T01:00:00Z');

const fy = (id: string, extra: Partial<SharedMeasure> = {}) =>
  ({
    id,
    category: { ja: 'オープンデータ', en: 'Open data' },
    name: { ja: id, en: id },
    unit: '件',
    valueType: 'number',
    period: 'fiscal_year',
    definition: { ja: '', en: '' },
    reportedBy: 'municipality',
    hasNationalReference: false,
    order: 0,
    ...extra,
  }) as SharedMeasure;

const FY_CALENDAR = [2022, 2023, 2024, 2025].map((y) => ({ period: `FY${y}`, opensOn: `${y + 1}-04-01`, deadline: `${y + 1}-05-31` }));

describe('statistics that fit the value', () => {
  it('writes a yes/no measure as yes of reported and the share, never as an average', () => {
    expect(yesShare({ yes: 29, reported: 33, total: 33 })).toEqual({ ja: '29/33団体（88%）', en: '29 of 33 (88%)' });
    expect(yesShare({ yes: 0, reported: 0, total: 33 }).ja).toBe('0/0団体（―）');
    expect(isRanked({ valueType: 'boolean' })).toBe(false);
    expect(isRanked({ valueType: 'status' })).toBe(false);
    expect(isRanked({ valueType: 'percent' })).toBe(true);
  });

  it('lists every status with its count, zero when none', () => {
    const counts = statusCounts({ reported: 3, total: 33, statusCounts: { migrated: 12, in_progress: 5 } });
    expect(counts.map((c) => `${c.label.ja} ${c.count}`)).toEqual(['未着手 0', '作業中 5', '移行完了 12', '対象外 0']);
  });

  it('marks unconfirmed and returned values in words, confirmed ones not at all', () => {
    expect(reviewMark('submitted')?.ja).toBe('未確認');
    expect(reviewMark('returned')?.ja).toBe('差戻し');
    expect(reviewMark('confirmed')).toBeUndefined();
    expect(reviewMark(undefined)).toBeUndefined();
  });
});

describe('the period pages open on', () => {
  it('is the current period the API computed from the calendar, not the newest period reported', () => {
    expect(defaultPeriod({ period: 'fiscal_year', calendar: FY_CALENDAR, currentPeriod: 'FY2025' }, NOW)).toBe('FY2025');
    expect(periodChoices({ period: 'fiscal_year', calendar: FY_CALENDAR, currentPeriod: 'FY2025' }, NOW)).toEqual(['FY2025', 'FY2024', 'FY2023', 'FY2022', 'FY2021']);
  });

  it('offers a window being reported now, newer than the current period', () => {
    const calendar = [
      { period: '2026-09', opensOn: '2026-10-01', deadline: '2026-10-15' },
      { period: '2026-10', opensOn: '2026-11-01', deadline: '2026-12-15' },
    ];
    expect(periodChoices({ period: 'month', calendar, currentPeriod: '2026-09' }, NOW).slice(0, 2)).toEqual(['2026-10', '2026-09']);
  });

  it('falls back to the period running now for a measure without a calendar', () => {
    expect(defaultPeriod({ period: 'fiscal_year' }, NOW)).toBe('FY2026');
  });
});

describe('the profile from one request', () => {
  const record = (measureId: string, period: string, value: number, review?: 'submitted'): ReportedValueRecord =>
    ({ measureId, period, orgCode: '142123', value, sample: false, enteredByPrefecture: false, version: 1, updatedAt: '2026-05-01T00:00:00Z', ...(review ? { review } : {}) }) as ReportedValueRecord;

  it('shows each measure at its current period with the trend up to it, and nothing reported as undefined', () => {
    const catalogue = [fy('open-data-datasets', { calendar: FY_CALENDAR, currentPeriod: 'FY2024' } as Partial<SharedMeasure>), fy('rpa-processes')];
    const rows = profileRows(catalogue, [record('open-data-datasets', 'FY2023', 10), record('open-data-datasets', 'FY2024', 12), record('open-data-datasets', 'FY2025', 30, 'submitted')], NOW);
    expect(rows[0]).toMatchObject({ period: 'FY2024', series: [10, 12] });
    expect(rows[0]!.record?.value).toBe(12);
    expect(rows[1]).toMatchObject({ period: 'FY2026', record: undefined, series: [] });
  });
});

describe('what a reviewer sees', () => {
  it('gives the change from the previous period and its percentage', () => {
    const m = { valueType: 'number' } as const;
    expect(changeText(changeOf(m, 1300, 156))).toBe('+1,144（+733.3%）');
    expect(changeText(changeOf(m, 5, 0))).toBe('+5');
    expect(changeText(changeOf(m, 5, undefined))).toBe('―');
    expect(changeText(changeOf(m, 140, 156))).toBe('−16（−10.3%）');
    expect(changeText(changeOf({ valueType: 'boolean' }, true, false))).toBe('+1');
    expect(changeText(changeOf({ valueType: 'percent' }, 48.5, 40))).toBe('+8.5');
  });

  it('sends a period of more values than one request takes in batches, in order', () => {
    expect(inBatches([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(inBatches(Array.from({ length: 33 }, (_, i) => i), 50)).toHaveLength(1);
  });
});

describe('the calendar and rule editors', () => {
  it('suggests the next window one step after the newest', () => {
    expect(suggestNextWindow('fiscal_year', FY_CALENDAR, '2026-11-28')).toEqual({ period: 'FY2026', opensOn: '2027-04-01', deadline: '2027-05-31' });
    expect(suggestNextWindow('month', [{ period: '2026-12', opensOn: '2027-01-01', deadline: '2027-01-31' }], '2026-11-28')).toEqual({ period: '2027-01', opensOn: '2027-02-01', deadline: '2027-02-28' });
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
  });

  it('keeps only the parameters of a rule’s kind, and leaves text that is not a number for the API to name', () => {
    expect(fromDraft({ ...toDraft({ kind: 'change', maxRatio: 2, severity: 'warning' }), min: '5' })).toEqual({ kind: 'change', maxRatio: 2, severity: 'warning' });
    expect(fromDraft({ ...toDraft({ kind: 'range', max: 100, severity: 'error' }) })).toEqual({ kind: 'range', max: 100, severity: 'error' });
    expect(fromDraft({ ...toDraft({ kind: 'range', severity: 'error' }), min: 'abc' })).toEqual({ kind: 'range', min: 'abc', severity: 'error' });
  });
});
