import { describe, expect, it } from 'vitest';
import { reportingRates } from '../../shared/shared-measures/reporting-rates';
import type { CalendarMeasure, ValueState } from '../../shared/shared-measures/owed-values';

/** 2026-11-28, in Japan. */
const NOW = new Date('2026-11-28T03:00:00Z');
const RANGE = { from: '2025-11-28', to: '2026-11-28' };

const openData: CalendarMeasure = {
  id: 'open-data',
  name: { ja: 'オープンデータ数', en: 'Open datasets' },
  period: 'fiscal_year',
  reportedBy: 'municipality',
  calendar: [
    { period: 'FY2024', opensOn: '2025-04-01', deadline: '2025-05-31' }, // before the range
    { period: 'FY2025', opensOn: '2026-04-01', deadline: '2026-05-31' },
  ],
};
const cardRate: CalendarMeasure = {
  id: 'card-rate',
  name: { ja: 'マイナンバーカード交付率', en: 'My Number Card rate' },
  period: 'month',
  reportedBy: 'municipality',
  calendar: [
    { period: '2026-09', opensOn: '2026-10-01', deadline: '2026-10-15' },
    { period: '2026-10', opensOn: '2026-11-01', deadline: '2026-11-15' },
    { period: '2026-11', opensOn: '2026-12-01', deadline: '2026-12-15' }, // not yet due
  ],
};
const national: CalendarMeasure = {
  id: 'national-stat',
  name: { ja: '県が入力する指標', en: 'Entered by the prefecture' },
  period: 'fiscal_year',
  reportedBy: 'prefecture',
  calendar: [{ period: 'FY2025', opensOn: '2026-04-01', deadline: '2026-05-31' }],
};
const municipalities = ['A', 'B', 'C'].map((code) => ({ code, name: { ja: `${code}市`, en: `${code} City` } }));

const value = (measureId: string, period: string, orgCode: string, at: Partial<ValueState>): ValueState => ({
  measureId,
  period,
  orgCode,
  review: 'confirmed',
  updatedAt: at.submittedAt ?? '2026-01-01T00:00:00Z',
  ...at,
});

const values: ValueState[] = [
  // The deadline is a day in Japan: 23:59:59 JST on 31 May is on time, midnight is a day late.
  value('open-data', 'FY2025', 'A', { submittedAt: '2026-05-31T14:59:59Z' }),
  value('open-data', 'FY2025', 'B', { submittedAt: '2026-05-31T15:00:00Z' }),
  value('open-data', 'FY2024', 'C', { submittedAt: '2025-05-01T00:00:00Z' }), // outside the range
  // A value stored before submittedAt existed counts from updatedAt; a returned value is still reported.
  { measureId: 'card-rate', period: '2026-09', orgCode: 'A', updatedAt: '2026-10-01T00:00:00Z' },
  value('card-rate', '2026-09', 'B', { review: 'returned', submittedAt: '2026-10-14T00:00:00Z', updatedAt: '2026-11-20T00:00:00Z' }),
  value('card-rate', '2026-09', 'C', { review: 'submitted', submittedAt: '2026-10-20T00:00:00Z' }),
  // Corrected after the deadline: first submitted on time, and corrections do not move that.
  value('card-rate', '2026-10', 'A', { submittedAt: '2026-11-10T00:00:00Z', updatedAt: '2026-11-25T00:00:00Z' }),
  value('card-rate', '2026-10', 'national', { submittedAt: '2026-11-01T00:00:00Z' }),
  value('national-stat', 'FY2025', 'A', { submittedAt: '2026-09-01T00:00:00Z' }),
];

describe('reporting rates (DHIS2: reported of expected, on time of expected)', () => {
  const rates = reportingRates([openData, cardRate, national], municipalities, values, RANGE, NOW);

  it('counts every municipality once per window whose deadline lies in the range and has passed', () => {
    expect(rates.total).toEqual({ expected: 9, reported: 6, onTime: 4, reportingRate: 66.7, onTimeRate: 44.4 });
    expect(rates.periods.map((p) => [p.measureId, p.period, p.deadline])).toEqual([
      ['open-data', 'FY2025', '2026-05-31'],
      ['card-rate', '2026-09', '2026-10-15'],
      ['card-rate', '2026-10', '2026-11-15'],
    ]);
  });

  it('per municipality: late values lower the on-time rate, not the reporting rate', () => {
    const byOrg = Object.fromEntries(rates.municipalities.map((m) => [m.orgCode, m]));
    expect(byOrg.A).toMatchObject({ expected: 3, reported: 3, onTime: 3, reportingRate: 100, onTimeRate: 100 });
    expect(byOrg.B).toMatchObject({ expected: 3, reported: 2, onTime: 1, reportingRate: 66.7, onTimeRate: 33.3 });
    expect(byOrg.C).toMatchObject({ expected: 3, reported: 1, onTime: 0, reportingRate: 33.3, onTimeRate: 0 });
    expect(byOrg.C!.name).toEqual({ ja: 'C市', en: 'C City' });
  });

  it('per measure and per period (the trend), prefecture-entered measures never expected of municipalities', () => {
    expect(rates.measures).toEqual([
      { measureId: 'open-data', name: openData.name, expected: 3, reported: 2, onTime: 1, reportingRate: 66.7, onTimeRate: 33.3 },
      { measureId: 'card-rate', name: cardRate.name, expected: 6, reported: 4, onTime: 3, reportingRate: 66.7, onTimeRate: 50 },
    ]);
    expect(rates.periods[0]!.periodLabel).toEqual({ ja: '令和7年度', en: 'FY2025' });
    expect(rates.periods.map((p) => p.onTimeRate)).toEqual([33.3, 66.7, 33.3]);
  });

  it('a range with nothing due has nothing expected and no rate (never a division by zero)', () => {
    const none = reportingRates([openData, cardRate], municipalities, values, { from: '2026-06-01', to: '2026-10-14' }, NOW);
    expect(none.total).toEqual({ expected: 0, reported: 0, onTime: 0 });
    // The same range seen on 14 October: the 15 October deadline has not passed, so it is not counted yet.
    const before = reportingRates([cardRate], municipalities, values, { from: '2026-10-01', to: '2026-10-31' }, new Date('2026-10-14T03:00:00Z'));
    expect(before.total.expected).toBe(0);
  });
});
