import { formatDate, reportingPeriodLabel } from '../fiscal-year';
import { daysUntil } from '../japan-days';
import { overdueReports } from '../joint-projects/deadlines';
import { owedValues, valueKey, windowNames, type CalendarMeasure, type ValueState } from '../shared-measures/owed-values';
import type { Board } from './municipal-tasks';
import { byUrgency, type Task } from './task';

export const REVIEW_PAGE = '/shared-measures/review';
export const REPORTING_PAGE = '/shared-measures/reporting';

/** Values waiting for the prefecture's review, one task per measure and period with how many. */
export function reviewValueTasks(measures: readonly CalendarMeasure[], values: readonly ValueState[]): Task[] {
  const counts = new Map<string, { measure: CalendarMeasure; period: string; count: number }>();
  const measureOf = new Map(measures.map((m) => [m.id, m]));
  for (const v of values) {
    const measure = measureOf.get(v.measureId);
    if (!measure || v.review !== 'submitted') continue;
    const entry = counts.get(valueKey(v)) ?? { measure, period: v.period, count: 0 };
    entry.count += 1;
    counts.set(valueKey(v), entry);
  }
  return [...counts.values()].map(({ measure, period, count }) => {
    const names = windowNames(measure, period);
    return {
      kind: 'review_values',
      title: { ja: `「${names.measure.ja}」（${names.period.ja}）の確認待ち ${count}件`, en: `Review ${count} ${count === 1 ? 'value' : 'values'}: ${names.measure.en} (${names.period.en})` },
      link: REVIEW_PAGE,
      count,
    };
  });
}

/** Municipalities with no value for a deadline that has passed, one task per deadline with how many. */
export function lateValueTasks(measures: readonly CalendarMeasure[], values: readonly ValueState[], municipalities: readonly string[], now: Date): Task[] {
  const byOrg = new Map<string, ValueState[]>();
  for (const v of values) byOrg.set(v.orgCode, [...(byOrg.get(v.orgCode) ?? []), v]);
  const late = new Map<string, Set<string>>();
  for (const org of municipalities) {
    for (const owed of owedValues(measures, byOrg.get(org) ?? [], now)) {
      if (owed.state !== 'missing' || daysUntil(owed.window.deadline, now) >= 0) continue;
      late.set(owed.window.deadline, (late.get(owed.window.deadline) ?? new Set()).add(org));
    }
  }
  return [...late].map(([deadline, orgs]) => ({
    kind: 'late_values',
    title: {
      ja: `${formatDate(deadline)}期限の共通指標を報告していない団体 ${orgs.size}団体`,
      en: `${orgs.size} ${orgs.size === 1 ? 'municipality has' : 'municipalities have'} not reported shared measures due ${formatDate(deadline, 'en')}`,
    },
    deadline,
    daysLeft: daysUntil(deadline, now),
    link: `${REPORTING_PAGE}?from=${deadline}&to=${deadline}`,
    count: orgs.size,
  }));
}

/** Progress reports waiting for review, and municipalities late with one, per project and period. */
export function reportReviewTasks(boards: readonly Board[], now: Date): Task[] {
  return boards.flatMap(({ project, participants }) => {
    const link = `/joint-projects/${project.id}`;
    const waiting: Task[] = project.periods.flatMap((period) => {
      const count = participants.filter((p) => p.reports[period.id]?.state === 'submitted').length;
      if (count === 0) return [];
      const subject = { ja: `${project.name}（${period.label}）`, en: `${project.name} (${reportingPeriodLabel(period, 'en')})` };
      return [{ kind: 'review_reports' as const, title: { ja: `進捗報告「${subject.ja}」の確認待ち ${count}件`, en: `Review ${count} progress ${count === 1 ? 'report' : 'reports'}: ${subject.en}` }, link, count }];
    });
    const overdue = overdueReports(project, participants, now);
    const late: Task[] = project.periods.flatMap((period) => {
      const count = overdue.filter((o) => o.periodId === period.id).length;
      if (count === 0) return [];
      return [
        {
          kind: 'late_reports' as const,
          title: { ja: `進捗報告「${project.name}（${period.label}）」が未提出の団体 ${count}団体`, en: `${count} ${count === 1 ? 'municipality is' : 'municipalities are'} late with the progress report: ${project.name} (${reportingPeriodLabel(period, 'en')})` },
          deadline: period.deadline,
          daysLeft: daysUntil(period.deadline, now),
          link,
          count,
        },
      ];
    });
    return [...waiting, ...late];
  });
}

/** The prefecture's tasks, most urgent first. */
export function prefectureTasks(
  input: { measures: readonly CalendarMeasure[]; values: readonly ValueState[]; municipalities: readonly string[]; boards: readonly Board[] },
  now: Date,
): Task[] {
  return [
    ...reviewValueTasks(input.measures, input.values),
    ...lateValueTasks(input.measures, input.values, input.municipalities, now),
    ...reportReviewTasks(input.boards, now),
  ].sort(byUrgency);
}
