import { beforeAll, describe, expect, it } from 'vitest';
import { myTasks } from '../../functions/features/tasks/my-tasks';
import { taskListSchema, type Task } from '../../shared/tasks/task';
import type { Principal } from '../../shared/auth/roles';
import { apiClient } from '../support/api-client';
import { useTestTable } from '../support/test-table';
import { calendarMeasure, putCalendarFixture, reportedValue } from '../support/reporting-calendar';

const api = apiClient();
const HIRATSUKA = '142034'; // in 共同調達 since 2025-04, Q1 approved (sample), nothing since
const YOKOHAMA = '141003';
const KAWASAKI = '141305';
const NOW = new Date('2026-11-28T03:00:00Z');

const muni = (orgCode: string): Principal => ({ userId: `muni-${orgCode}`, name: '職員', role: 'municipal_staff', orgCode });
const prefStaff: Principal = { userId: 'pref-staff', name: '職員', role: 'prefecture_staff', orgCode: '140007' };

beforeAll(async () => {
  await useTestTable({ jointProjects: true });
  await putCalendarFixture(
    [
      calendarMeasure('fixture-annual', 'fiscal_year', [
        { period: 'FY2024', opensOn: '2025-04-01', deadline: '2025-05-31' },
        { period: 'FY2025', opensOn: '2026-04-01', deadline: '2026-05-31' },
        { period: 'FY2026', opensOn: '2027-04-01', deadline: '2027-05-31' },
      ]),
      calendarMeasure('fixture-monthly', 'month', [
        { period: '2026-10', opensOn: '2026-11-01', deadline: '2026-11-15' },
        { period: '2026-11', opensOn: '2026-11-20', deadline: '2026-12-01' },
      ]),
      calendarMeasure('fixture-national', 'fiscal_year', [{ period: 'FY2025', opensOn: '2026-04-01', deadline: '2026-05-31' }], 'prefecture'),
    ],
    [
      reportedValue('fixture-annual', 'FY2024', HIRATSUKA, { review: 'confirmed', submittedAt: '2025-05-20T00:00:00Z' }),
      reportedValue('fixture-annual', 'FY2025', HIRATSUKA, { review: 'returned', submittedAt: '2026-05-20T00:00:00Z', reviewComment: '前年度の数値を確認してください' }),
      reportedValue('fixture-annual', 'FY2025', YOKOHAMA, { review: 'submitted', submittedAt: '2026-05-20T00:00:00Z' }),
      reportedValue('fixture-annual', 'FY2025', KAWASAKI, { review: 'submitted', submittedAt: '2026-06-20T00:00:00Z' }),
      reportedValue('fixture-monthly', '2026-10', YOKOHAMA, { review: 'confirmed', submittedAt: '2026-11-10T00:00:00Z' }),
    ],
  );
});

describe('GET /api/my/tasks', () => {
  it('a municipality’s values and reports, returned first, then by deadline, each with the page that does it', async () => {
    const { items } = await myTasks(muni(HIRATSUKA), '140007', NOW);
    const brief = items.map((t) => [t.kind, t.deadline, t.daysLeft, t.link]);
    expect(brief).toEqual([
      ['value_returned', '2026-05-31', -181, '/shared-measures/fixture-annual?period=FY2025'],
      ['report_overdue', '2026-10-15', -44, `/joint-projects/joint-procurement/reports/2026-Q2/${HIRATSUKA}`],
      ['value_overdue', '2026-11-15', -13, '/shared-measures/fixture-monthly?period=2026-10'],
      ['value_due', '2026-12-01', 3, '/shared-measures/fixture-monthly?period=2026-11'],
      ['report_due', '2027-01-15', 48, `/joint-projects/joint-procurement/reports/2026-Q3/${HIRATSUKA}`],
    ]);
    expect(items[0]!.title.ja).toBe('差し戻された「オープンデータ数」（令和7年度）を修正する');
    // Only its own values: Yokohama's October value does not settle Hiratsuka's.
    expect((await myTasks(muni(YOKOHAMA), '140007', NOW)).items.map((t) => t.link)).toEqual([
      '/shared-measures/fixture-annual?period=FY2024',
      '/shared-measures/fixture-monthly?period=2026-11',
    ]);
  });

  it('the prefecture: values waiting for review per measure and period, late municipalities per deadline, reports to review', async () => {
    const { items } = await myTasks(prefStaff, '140007', NOW);
    const review = items.find((t) => t.kind === 'review_values')!;
    expect(review).toMatchObject({ count: 2, link: '/shared-measures/review', title: { ja: '「オープンデータ数」（令和7年度）の確認待ち 2件' } });
    const late = items.filter((t) => t.kind === 'late_values');
    // 33 municipalities: 32 owe FY2024 and October; 30 owe FY2025 (Hiratsuka's returned value was reported).
    expect(late.map((t) => [t.deadline, t.count])).toEqual([
      ['2025-05-31', 32],
      ['2026-05-31', 30],
      ['2026-11-15', 32],
    ]);
    expect(items.some((t) => t.kind === 'late_reports' && t.link === '/joint-projects/joint-procurement')).toBe(true);
    // Most urgent first: every task with a deadline before those without.
    const firstWithout = items.findIndex((t) => t.daysLeft === undefined);
    expect(items.slice(firstWithout).every((t: Task) => t.daysLeft === undefined)).toBe(true);
  });

  it('answers every signed-in role through the route; council members have nothing to do', async () => {
    const council = await api.get('/api/my/tasks', 'council');
    expect(council.status).toBe(200);
    expect(await council.json()).toEqual({ items: [] });
    const res = await api.get('/api/my/tasks', `muni-${HIRATSUKA}`);
    expect(res.status).toBe(200);
    const { items } = taskListSchema.parse(await res.json());
    expect(items.map((t) => t.kind)).toContain('value_returned');
    expect(items.map((t) => t.kind)).toContain('report_overdue');
    expect((await api.get('/api/my/tasks', 'pref-admin')).status).toBe(200);
    expect((await api.get('/api/my/tasks')).status).toBe(401);
  });
});
