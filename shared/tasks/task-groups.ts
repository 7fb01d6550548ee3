import type { Task } from './task';

/**
 * How the tasks page shows tasks (no zod here: the web's tasks page imports this without the schema library).
 */
const RETURNED: ReadonlySet<string> = new Set(['value_returned', 'report_returned']);
/** Returned by the prefecture: the municipality owes a correction. */
export const isReturned = (t: Pick<Task, 'kind'>) => RETURNED.has(t.kind);

/** Where the tasks page puts a task: 差戻し, 期限超過, 今週 (deadline within 7 days), それ以降, 確認待ち (no deadline). */
export type TaskGroup = 'returned' | 'overdue' | 'this_week' | 'later' | 'review';
export const TASK_GROUPS: readonly TaskGroup[] = ['overdue', 'this_week', 'later', 'returned', 'review'];
export const TASK_GROUP_LABELS: Record<TaskGroup, { ja: string; en: string }> = {
  overdue: { ja: '期限超過', en: 'Overdue' },
  returned: { ja: '差戻し', en: 'Returned' },
  this_week: { ja: '今週', en: 'This week' },
  later: { ja: 'それ以降', en: 'Later' },
  review: { ja: '確認待ち', en: 'Awaiting review' },
};

export function groupOf(task: Task): TaskGroup {
  if (isReturned(task)) return 'returned';
  if (task.daysLeft === undefined) return 'review';
  if (task.daysLeft < 0) return 'overdue';
  return task.daysLeft <= 7 ? 'this_week' : 'later';
}

/** 「あと3日」「本日まで」「5日超過」: the days left in words. */
export function daysLeftWords(daysLeft: number): { ja: string; en: string } {
  if (daysLeft === 0) return { ja: '本日まで', en: 'Due today' };
  if (daysLeft > 0) return { ja: `あと${daysLeft}日`, en: `${daysLeft} ${daysLeft === 1 ? 'day' : 'days'} left` };
  const late = -daysLeft;
  return { ja: `${late}日超過`, en: `${late} ${late === 1 ? 'day' : 'days'} overdue` };
}
