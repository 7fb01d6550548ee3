import type { Principal } from '../../../shared/auth/roles';
import { expectedWindows, type CalendarMeasure, type ValueState } from '../../../shared/shared-measures/owed-values';
import { municipalTasks } from '../../../shared/tasks/municipal-tasks';
import { prefectureTasks } from '../../../shared/tasks/prefecture-tasks';
import { byUrgency, type Task, type TaskList } from '../../../shared/tasks/task';
import { consultationTasks } from '../consultations';
import { listAllBoards } from '../joint-projects';
import { actionItemTasks } from '../meetings';
import { organisationsOf } from '../organisations';
import { catalogueOf, listAllOrganisationValues, listTrendValues } from '../shared-measures';
import { surveyTasks } from '../surveys';

/**
 * Every municipality's values of the windows that have opened: one Query on GSI1 per measure (pattern 4) from
 * its first opened period to its last, in parallel; bounded by the calendar (at most 120 windows a measure).
 */
async function openedWindowValues(prefCode: string, measures: readonly CalendarMeasure[], now: Date): Promise<ValueState[]> {
  const ranges = new Map<string, { from: string; to: string }>();
  for (const { measure, window } of expectedWindows(measures, now)) {
    const range = ranges.get(measure.id);
    ranges.set(measure.id, {
      from: range && range.from < window.period ? range.from : window.period,
      to: range && range.to > window.period ? range.to : window.period,
    });
  }
  const lists = await Promise.all([...ranges].map(([id, { from, to }]) => listTrendValues(prefCode, id, from, to)));
  return lists.flat();
}

/**
 * The caller's やること: a municipality's owed values and reports, or the prefecture's reviews and late
 * municipalities. Council members have no tasks in the portal (they read, they do not report).
 */
export async function myTasks(principal: Principal, prefCode: string, now = new Date()): Promise<TaskList> {
  if (principal.role === 'council') return { items: [] };
  // Surveys, consultations and the council's action items each know their own tasks (their index.ts).
  const [reporting, ...working] = await Promise.all([
    reportingTasks(principal, prefCode, now),
    surveyTasks(prefCode, principal, now),
    consultationTasks(prefCode, principal, now),
    actionItemTasks(prefCode, principal, now),
  ]);
  return { items: [...reporting, ...working.flat()].sort(byUrgency) };
}

/** What is owed or waits for review of shared-measure values and joint-project reports. */
async function reportingTasks(principal: Principal, prefCode: string, now: Date): Promise<Task[]> {
  const [measures, boards] = await Promise.all([catalogueOf(prefCode), listAllBoards(prefCode)]);
  if (principal.role === 'municipal_staff') {
    const values = await listAllOrganisationValues(prefCode, principal.orgCode);
    return municipalTasks({ measures, values, boards, orgCode: principal.orgCode }, now);
  }
  const [values, organisations] = await Promise.all([openedWindowValues(prefCode, measures, now), organisationsOf(prefCode)]);
  const municipalities = organisations.filter((o) => o.kind !== 'prefecture').map((o) => o.code);
  return prefectureTasks({ measures, values, municipalities, boards }, now);
}
