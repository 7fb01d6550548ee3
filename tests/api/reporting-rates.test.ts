import { beforeAll, describe, expect, it } from 'vitest';
import { readReportingRates } from '../../functions/features/shared-measures/reporting-rates';
import { reportingRatesSchema } from '../../shared/shared-measures/reporting-rates';
import { apiClient } from '../support/api-client';
import { useTestTable } from '../support/test-table';
import { calendarMeasure, putCalendarFixture, reportedValue } from '../support/reporting-calendar';

const api = apiClient();
const YOKOHAMA = '141003';
const KAWASAKI = '141305';
const HIRATSUKA = '142034';
const NOW = new Date('2026-11-28T03:00:00Z');

beforeAll(async () => {
  await useTestTable();
  await putCalendarFixture(
    [
      calendarMeasure('fixture-annual', 'fiscal_year', [
        { period: 'FY2024', opensOn: '2025-04-01', deadline: '2025-05-31' },
        { period: 'FY2025', opensOn: '2026-04-01', deadline: '2026-05-31' },
      ]),
      calendarMeasure('fixture-monthly', 'month', [
        { period: '2026-10', opensOn: '2026-11-01', deadline: '2026-11-15' },
        { period: '2026-11', opensOn: '2026-12-01', deadline: '2026-12-15' },
      ]),
    ],
    [
      // Stored before issue 15: no submittedAt, counted from updatedAt.
      reportedValue('fixture-annual', 'FY2024', YOKOHAMA, { review: 'confirmed', submittedAt: undefined, updatedAt: '2025-05-30T01:00:00Z' }),
      reportedValue('fixture-annual', 'FY2025', YOKOHAMA, { review: 'confirmed', submittedAt: '2026-05-31T14:59:59Z', updatedAt: '2026-07-01T00:00:00Z' }),
      reportedValue('fixture-annual', 'FY2025', KAWASAKI, { submittedAt: '2026-06-01T00:00:00Z' }),
      reportedValue('fixture-annual', 'FY2025', HIRATSUKA, { review: 'returned', submittedAt: '2026-05-20T00:00:00Z' }),
      reportedValue('fixture-monthly', '2026-10', YOKOHAMA, { submittedAt: '2026-11-14T00:00:00Z' }),
      reportedValue('fixture-monthly', '2026-10', 'national', { submittedAt: '2026-11-14T00:00:00Z' }),
    ],
  );
});

describe('completeness and timeliness at fixed dates', () => {
  it('the last twelve months by default: every municipality expected once per window whose deadline has passed', async () => {
    const rates = await readReportingRates('140007', {}, NOW);
    expect([rates.from, rates.to]).toEqual(['2025-11-28', '2026-11-28']);
    // 33 municipalities × (FY2025 due 31 May, October due 15 November); November is not due yet.
    expect(rates.total).toEqual({ expected: 66, reported: 4, onTime: 3, reportingRate: 6.1, onTimeRate: 4.5 });
    const byOrg = Object.fromEntries(rates.municipalities.map((m) => [m.orgCode, m]));
    expect(rates.municipalities).toHaveLength(33);
    expect(byOrg[YOKOHAMA]).toMatchObject({ name: { ja: '横浜市', en: 'Yokohama City' }, expected: 2, reported: 2, onTime: 2, reportingRate: 100, onTimeRate: 100 });
    // Submitted at 09:00 on 1 June in Japan: reported, but a day late.
    expect(byOrg[KAWASAKI]).toMatchObject({ expected: 2, reported: 1, onTime: 0, reportingRate: 50, onTimeRate: 0 });
    expect(byOrg[HIRATSUKA]).toMatchObject({ expected: 2, reported: 1, onTime: 1 });
    expect(rates.measures.map((m) => [m.measureId, m.expected, m.reported, m.onTime])).toEqual([
      ['fixture-annual', 33, 3, 2],
      ['fixture-monthly', 33, 1, 1],
    ]);
    expect(rates.periods.map((p) => [p.period, p.periodLabel.ja, p.deadline, p.reportingRate])).toEqual([
      ['FY2025', '令和7年度', '2026-05-31', 9.1],
      ['2026-10', '2026年10月', '2026-11-15', 3],
    ]);
  });

  it('a range of deadlines, counting a value stored before submittedAt existed from its last update', async () => {
    const rates = await readReportingRates('140007', { from: '2025-01-01', to: '2025-12-31' }, NOW);
    expect(rates.total).toEqual({ expected: 33, reported: 1, onTime: 1, reportingRate: 3, onTimeRate: 3 });
  });
});

describe('GET /api/shared-measures/reporting-rates', () => {
  it('answers the prefecture and the council; municipalities are refused', async () => {
    const res = await api.get('/api/shared-measures/reporting-rates?from=2025-01-01&to=2026-06-30', 'council');
    expect(res.status).toBe(200);
    const rates = reportingRatesSchema.parse(await res.json());
    expect(rates.measures.map((m) => [m.measureId, m.expected, m.reported])).toEqual([['fixture-annual', 66, 4]]);
    expect((await api.get('/api/shared-measures/reporting-rates', 'pref-staff')).status).toBe(200);
    expect((await api.get('/api/shared-measures/reporting-rates', `muni-${YOKOHAMA}`)).status).toBe(403);
  });

  it('refuses a range that ends before it starts, or a date that is not one, saying what to send', async () => {
    const backwards = await api.get('/api/shared-measures/reporting-rates?from=2026-06-01&to=2026-01-01', 'pref-admin');
    expect(backwards.status).toBe(400);
    expect((await backwards.json()).error.message.ja).toContain('開始日を終了日以前にしてください');
    const bad = await api.get('/api/shared-measures/reporting-rates?from=2026-13-01', 'pref-admin');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toContain('YYYY-MM-DD');
  });
});
