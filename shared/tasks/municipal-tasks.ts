import { reportingPeriodLabel } from '../fiscal-year';
import { daysUntil } from '../japan-days';
import { currentPeriod, deadlineStatus, stillOwed } from '../joint-projects/deadlines';
import type { JointProject } from '../joint-projects/definition';
import type { Participation } from '../joint-projects/participation';
import { owedValues, valueFormLink, windowNames, type CalendarMeasure, type ValueState } from '../shared-measures/owed-values';
import { byUrgency, type Task } from './task';

/** The page of one municipality's progress report for one period. */
export const reportPageLink = (projectId: string, periodId: string, orgCode: string) => `/joint-projects/${projectId}/reports/${periodId}/${orgCode}`;

/** The values a municipality owes, one task per measure and period. */
export function valueTasks(measures: readonly CalendarMeasure[], values: readonly ValueState[], now: Date): Task[] {
  return owedValues(measures, values, now).map(({ measure, window, state }) => {
    const { measure: name, period } = windowNames(measure, window.period);
    const daysLeft = daysUntil(window.deadline, now);
    const kind = state === 'returned' ? 'value_returned' : daysLeft < 0 ? 'value_overdue' : 'value_due';
    const title =
      state === 'returned'
        ? { ja: `差し戻された「${name.ja}」（${period.ja}）を修正する`, en: `Correct the returned value: ${name.en} (${period.en})` }
        : { ja: `「${name.ja}」（${period.ja}）を報告する`, en: `Report ${name.en} (${period.en})` };
    return { kind, title, deadline: window.deadline, daysLeft, link: valueFormLink(measure.id, window.period) };
  });
}

export interface Board {
  project: Pick<JointProject, 'id' | 'name' | 'periods'>;
  participants: readonly Participation[];
}

/**
 * The progress reports a municipality owes across every joint project it takes part in: the period being
 * written now, every period past its deadline not yet submitted, and whatever the prefecture returned.
 * Periods whose deadline came before the municipality joined were never owed.
 */
export function reportTasks(boards: readonly Board[], orgCode: string, now: Date): Task[] {
  return boards.flatMap(({ project, participants }) => {
    const me = participants.find((p) => p.orgCode === orgCode);
    if (!me) return [];
    const current = currentPeriod(project, now);
    return project.periods.flatMap((period): Task[] => {
      const state = me.reports[period.id]?.state;
      const status = deadlineStatus(state, period.deadline, now);
      if (!stillOwed(status)) return [];
      if (me.phaseSince.slice(0, 10) > period.deadline && !state) return [];
      const daysLeft = daysUntil(period.deadline, now);
      const returned = state === 'returned';
      if (!returned && daysLeft >= 0 && period.id !== current?.id) return [];
      const kind = returned ? 'report_returned' : daysLeft < 0 ? 'report_overdue' : 'report_due';
      const subject = `${project.name}（${period.label}）`;
      const title = returned
        ? { ja: `差し戻された進捗報告「${subject}」を再提出する`, en: `Resubmit the returned progress report: ${project.name} (${reportingPeriodLabel(period, 'en')})` }
        : { ja: `進捗報告「${subject}」を提出する`, en: `Submit the progress report: ${project.name} (${reportingPeriodLabel(period, 'en')})` };
      return [{ kind, title, deadline: period.deadline, daysLeft, link: reportPageLink(project.id, period.id, orgCode) }];
    });
  });
}

/** A municipality's tasks, most urgent first. */
export function municipalTasks(input: { measures: readonly CalendarMeasure[]; values: readonly ValueState[]; boards: readonly Board[]; orgCode: string }, now: Date): Task[] {
  return [...valueTasks(input.measures, input.values, now), ...reportTasks(input.boards, input.orgCode, now)].sort(byUrgency);
}
