import { z } from 'zod';
import { isReturned } from './task-groups';

/**
 * やること (issue 15): what a signed-in person should do next, each with one link that opens the right page.
 * Municipal staff see what their municipality owes (shared-measure values, joint-project progress reports);
 * prefecture staff the mirror image (what waits for their review, who is late). Built from the calendar and the
 * stored states, never stored itself.
 */
export const TASK_KINDS = [
  'value_due',
  'value_overdue',
  'value_returned',
  'report_due',
  'report_overdue',
  'report_returned',
  'review_values',
  'review_reports',
  'late_values',
  'late_reports',
  // Issue 17: surveys (照会), the consultation desk (相談窓口) and the council's action items (推進会議).
  'survey_due',
  'survey_overdue',
  'consultation_answered',
  'consultations_waiting',
  'action_item_due',
  'action_item_overdue',
] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

const localized = z.object({ ja: z.string(), en: z.string() });

export const taskSchema = z.object({
  kind: z.enum(TASK_KINDS),
  /** What to do, naming the measure or report and its period (also the link's text). */
  title: localized,
  /** The deadline (YYYY-MM-DD, a day in Japan), when the task has one. */
  deadline: z.string().optional(),
  /** Whole days from today (JST) to the deadline: 0 on the day, negative once passed. */
  daysLeft: z.number().int().optional(),
  /** The portal page that does it. */
  link: z.string(),
  /** How many values, reports or municipalities the task covers (the prefecture's tasks). */
  count: z.number().int().optional(),
});
export type Task = z.infer<typeof taskSchema>;

export const taskListSchema = z.object({ items: z.array(taskSchema) });
export type TaskList = z.infer<typeof taskListSchema>;

/**
 * Most urgent first: what was returned (the prefecture is waiting for it), then by deadline, the most overdue
 * first; tasks without a deadline (reviews) last, the largest first.
 */
export function byUrgency(a: Task, b: Task): number {
  const returned = Number(isReturned(b)) - Number(isReturned(a));
  if (returned !== 0) return returned;
  const da = a.daysLeft ?? Number.POSITIVE_INFINITY;
  const db = b.daysLeft ?? Number.POSITIVE_INFINITY;
  if (da !== db) return da < db ? -1 : 1;
  return (b.count ?? 0) - (a.count ?? 0) || a.title.ja.localeCompare(b.title.ja);
}
