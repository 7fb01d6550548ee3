import type { JointProject, ReportingPeriod } from './definition';

/** Periods in deadline order, which is the order reports are due. */
export function periodsByDeadline(project: Pick<JointProject, 'periods'>): ReportingPeriod[] {
  return [...project.periods].sort((a, b) => a.deadline.localeCompare(b.deadline) || a.id.localeCompare(b.id));
}
