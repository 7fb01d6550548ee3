import type { Participation } from './participation';
import type { JointProject, ReportingPeriod } from './definition';
import { periodsByDeadline } from './periods';
import { STATE_LABELS, STATE_RULES, type ReportState } from './workflow';

/** Where a municipality stands with one period's report, deadline included. */
export const DEADLINE_STATUSES = ['not_started', 'draft', 'submitted', 'returned', 'approved', 'overdue'] as const;
export type DeadlineStatus = (typeof DEADLINE_STATUSES)[number];

/** The workflow's own labels (shared/joint-projects/workflow.ts), with what a deadline adds. */
export const DEADLINE_STATUS_LABELS: Record<DeadlineStatus, { ja: string; en: string }> = {
  not_started: STATE_LABELS.none,
  draft: STATE_LABELS.draft,
  submitted: STATE_LABELS.submitted,
  returned: { ja: `${STATE_LABELS.returned.ja}（再提出待ち）`, en: STATE_LABELS.returned.en },
  approved: STATE_LABELS.approved,
  overdue: { ja: '期限超過', en: 'Overdue' },
};

export { daysUntil, todayInJapan } from '../japan-days';
import { daysUntil } from '../japan-days';

/**
 * A report counts as overdue when its deadline day (JST) has passed and it is
 * not with the prefecture (submitted) or done (approved). A returned report
 * past the deadline is overdue too: the municipality owes a resubmission.
 */
export function deadlineStatus(state: ReportState | undefined, deadline: string, now: Date): DeadlineStatus {
  if (state && !STATE_RULES[state].owed) return state;
  if (daysUntil(deadline, now) < 0) return 'overdue';
  return state ?? 'not_started';
}

/** Whether the municipality still owes this period's report (not yet with the prefecture, nor done). */
export const stillOwed = (status: DeadlineStatus): boolean => status === 'not_started' || status === 'overdue' || STATE_RULES[status].owed;

/** The period reports are being written for now: the first whose deadline has not passed, else the last. */
export function currentPeriod(project: Pick<JointProject, 'periods'>, now: Date): ReportingPeriod | undefined {
  const periods = periodsByDeadline(project);
  return periods.find((p) => daysUntil(p.deadline, now) >= 0) ?? periods.at(-1);
}

export interface ParticipantStatus {
  orgCode: string;
  status: DeadlineStatus;
  updatedAt?: string;
}

/** Every participant's status for one period, with counts per status. */
export function periodStatuses(period: ReportingPeriod, participants: readonly Participation[], now: Date) {
  const rows: ParticipantStatus[] = participants.map((p) => {
    const mark = p.reports[period.id];
    return { orgCode: p.orgCode, status: deadlineStatus(mark?.state, period.deadline, now), ...(mark ? { updatedAt: mark.at } : {}) };
  });
  const counts = Object.fromEntries(DEADLINE_STATUSES.map((s) => [s, rows.filter((r) => r.status === s).length])) as Record<DeadlineStatus, number>;
  return { rows, counts };
}

export interface OverdueReport {
  periodId: string;
  periodLabel: string;
  deadline: string;
  orgCode: string;
  /** Days past the deadline. */
  daysOverdue: number;
}

/** Every report past its deadline and not submitted, over all periods, most overdue first. */
export function overdueReports(project: Pick<JointProject, 'periods'>, participants: readonly Participation[], now: Date): OverdueReport[] {
  const out: OverdueReport[] = [];
  for (const period of periodsByDeadline(project)) {
    const days = -daysUntil(period.deadline, now);
    if (days <= 0) continue;
    for (const p of participants) {
      if (deadlineStatus(p.reports[period.id]?.state, period.deadline, now) !== 'overdue') continue;
      // A municipality that joined after the deadline never owed this report.
      if (p.phaseSince.slice(0, 10) > period.deadline && !p.reports[period.id]) continue;
      out.push({ periodId: period.id, periodLabel: period.label, deadline: period.deadline, orgCode: p.orgCode, daysOverdue: days });
    }
  }
  return out.sort((a, b) => b.daysOverdue - a.daysOverdue || a.orgCode.localeCompare(b.orgCode));
}
