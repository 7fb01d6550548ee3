import { describe, expect, it } from 'vitest';
import type { Participation } from '../../shared/joint-projects/participation';
import type { CalendarMeasure, ValueState } from '../../shared/shared-measures/owed-values';
import { municipalTasks, type Board } from '../../shared/tasks/municipal-tasks';
import { prefectureTasks } from '../../shared/tasks/prefecture-tasks';
import { daysLeftWords, groupOf } from '../../shared/tasks/task-groups';

/** 2026-11-28, 12:00 in Japan. */
const NOW = new Date('2026-11-28T03:00:00Z');
const ORG = '142051';

const openData: CalendarMeasure = {
  id: 'open-data',
  name: { ja: 'オープンデータ数', en: 'Open datasets' },
  period: 'fiscal_year',
  reportedBy: 'municipality',
  calendar: [
    { period: 'FY2024', opensOn: '2025-04-01', deadline: '2025-05-31' },
    { period: 'FY2025', opensOn: '2026-04-01', deadline: '2026-05-31' },
    { period: 'FY2026', opensOn: '2027-04-01', deadline: '2027-05-31' }, // not open yet
  ],
};
const cardRate: CalendarMeasure = {
  id: 'card-rate',
  name: { ja: 'マイナンバーカード交付率', en: 'My Number Card rate' },
  period: 'month',
  reportedBy: 'municipality',
  calendar: [
    { period: '2026-10', opensOn: '2026-11-01', deadline: '2026-11-15' },
    { period: '2026-11', opensOn: '2026-11-20', deadline: '2026-12-01' },
  ],
};
const prefectureEntered: CalendarMeasure = { ...openData, id: 'national-stat', reportedBy: 'prefecture' };
const measures = [openData, cardRate, prefectureEntered];

const v = (measureId: string, period: string, orgCode: string, review: ValueState['review']): ValueState => ({
  measureId,
  period,
  orgCode,
  review,
  updatedAt: '2026-01-01T00:00:00Z',
});
const participant = (orgCode: string, reports: Participation['reports'], phaseSince = '2026-08-01T00:00:00Z'): Participation => ({
  projectId: 'joint-procurement',
  orgCode,
  phaseId: 'live',
  contactEmails: [],
  phaseSince,
  reports,
  approvedFigures: {},
  sample: false,
  version: 1,
  updatedAt: phaseSince,
});
const board: Board = {
  project: {
    id: 'joint-procurement',
    name: '共同調達',
    periods: [
      { id: '2026-Q0', label: '第0四半期', deadline: '2026-04-15' }, // before it joined
      { id: '2026-Q1', label: '第1四半期', deadline: '2026-07-15' },
      { id: '2026-Q2', label: '第2四半期', deadline: '2026-10-15' },
      { id: '2026-Q3', label: '第3四半期', deadline: '2027-01-15' },
      { id: '2026-Q4', label: '第4四半期', deadline: '2027-04-15' }, // not the current period yet
    ],
  },
  participants: [
    participant(ORG, { '2026-Q1': { state: 'approved', at: '2026-07-01T00:00:00Z' }, '2026-Q3': { state: 'draft', at: '2026-11-01T00:00:00Z' } }),
    participant('141003', { '2026-Q2': { state: 'submitted', at: '2026-10-10T00:00:00Z' }, '2026-Q3': { state: 'submitted', at: '2026-11-10T00:00:00Z' } }),
  ],
};

describe('a municipality’s tasks (やること)', () => {
  const values = [v('open-data', 'FY2024', ORG, 'confirmed'), v('open-data', 'FY2025', ORG, 'returned'), v('national-stat', 'FY2025', ORG, 'confirmed')];
  const tasks = municipalTasks({ measures, values, boards: [board], orgCode: ORG }, NOW);

  it('lists what is returned, overdue and due, most urgent first, each with its deadline, days left and the page that does it', () => {
    expect(tasks.map((t) => [t.kind, t.deadline, t.daysLeft, t.link])).toEqual([
      ['value_returned', '2026-05-31', -181, '/shared-measures/open-data?period=FY2025'],
      ['report_overdue', '2026-10-15', -44, '/joint-projects/joint-procurement/reports/2026-Q2/142051'],
      ['value_overdue', '2026-11-15', -13, '/shared-measures/card-rate?period=2026-10'],
      ['value_due', '2026-12-01', 3, '/shared-measures/card-rate?period=2026-11'],
      ['report_due', '2027-01-15', 48, '/joint-projects/joint-procurement/reports/2026-Q3/142051'],
    ]);
  });

  it('names the measure and the period in 令和 (and in English) in each title', () => {
    expect(tasks[0]!.title.ja).toBe('差し戻された「オープンデータ数」（令和7年度）を修正する');
    expect(tasks[3]!.title).toEqual({ ja: '「マイナンバーカード交付率」（2026年11月）を報告する', en: 'Report My Number Card rate (Nov 2026)' });
    expect(tasks[4]!.title.ja).toBe('進捗報告「共同調達（第3四半期）」を提出する');
  });

  it('has nothing to do once everything is reported and nothing was returned', () => {
    const all = [...values.filter((x) => x.period !== 'FY2025'), v('open-data', 'FY2025', ORG, 'submitted'), v('card-rate', '2026-10', ORG, 'submitted'), v('card-rate', '2026-11', ORG, 'confirmed')];
    expect(municipalTasks({ measures, values: all, boards: [], orgCode: ORG }, NOW)).toEqual([]);
  });

  it('groups tasks for the page and says the days left in words', () => {
    expect(tasks.map(groupOf)).toEqual(['returned', 'overdue', 'overdue', 'this_week', 'later']);
    expect(daysLeftWords(3).ja).toBe('あと3日');
    expect(daysLeftWords(-5)).toEqual({ ja: '5日超過', en: '5 days overdue' });
    expect(daysLeftWords(0).ja).toBe('本日まで');
  });
});

describe('the prefecture’s tasks: the mirror image', () => {
  const values = [
    v('open-data', 'FY2025', '141003', 'submitted'),
    v('open-data', 'FY2025', '142034', 'submitted'),
    v('open-data', 'FY2025', ORG, 'confirmed'),
    v('card-rate', '2026-10', '141003', 'confirmed'),
    v('card-rate', '2026-10', '142034', 'returned'),
    v('open-data', 'FY2024', '141003', 'confirmed'),
    v('open-data', 'FY2024', '142034', 'confirmed'),
    v('open-data', 'FY2024', ORG, 'confirmed'),
  ];
  const tasks = prefectureTasks({ measures, values, municipalities: ['141003', '142034', ORG], boards: [board] }, NOW);

  it('shows who is late per deadline and what waits for review, with counts', () => {
    expect(tasks.map((t) => [t.kind, t.count, t.deadline, t.link])).toEqual([
      ['late_reports', 1, '2026-10-15', '/joint-projects/joint-procurement'],
      ['late_values', 1, '2026-11-15', '/shared-measures/reporting?from=2026-11-15&to=2026-11-15'],
      ['review_values', 2, undefined, '/shared-measures/review'],
      ['review_reports', 1, undefined, '/joint-projects/joint-procurement'],
      ['review_reports', 1, undefined, '/joint-projects/joint-procurement'],
    ]);
    expect(tasks[1]!.title.ja).toBe('令和8年11月15日期限の共通指標を報告していない団体 1団体');
    expect(tasks[2]!.title.ja).toBe('「オープンデータ数」（令和7年度）の確認待ち 2件');
  });
});
