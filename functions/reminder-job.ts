import { configureLogging, errorFields, log } from './platform/logging/log';
import { emitMetrics, REMINDER_METRICS } from './platform/logging/metrics';
import { runReminders } from './features/joint-projects/report-reminders';
import { runCalendarReminders } from './features/shared-measures/calendar-reminders';
import { runSurveyReminders } from './features/surveys';

/**
 * One run of the scheduled reminder job (EventBridge, daily at 09:00 JST):
 * in-app notices and SES emails for joint-project reports and shared-measure
 * values (their reporting calendars) due soon or overdue, logged and counted
 * for the alarms (docs/runbook.md).
 */
export const runReminderJob = async (_event?: unknown, context?: { awsRequestId?: string }) => {
  configureLogging({ service: 'reminders' });
  const started = performance.now();
  const lambdaRequestId = context?.awsRequestId;
  try {
    const now = new Date();
    // One after the other: each is safe to re-run, so a retry after a failure in the second repeats nothing of the first.
    const reports = await runReminders(now);
    const values = await runCalendarReminders(now);
    const surveys = await runSurveyReminders(now);
    const run = { notices: reports.notices + values.notices + surveys.notices, emails: reports.emails + values.emails + surveys.emails };
    log.info('reminder run finished', { lambdaRequestId, notices: run.notices, emails: run.emails, latencyMs: Math.round(performance.now() - started) });
    emitMetrics({
      [REMINDER_METRICS.failed]: { value: 0, unit: 'Count' },
      [REMINDER_METRICS.notices]: { value: run.notices, unit: 'Count' },
      [REMINDER_METRICS.emails]: { value: run.emails, unit: 'Count' },
    });
    return run;
  } catch (error) {
    log.error('reminder run failed', { lambdaRequestId, ...errorFields(error, { stack: true }) });
    emitMetrics({ [REMINDER_METRICS.failed]: { value: 1, unit: 'Count' } });
    // Rethrown so Lambda counts the failure (the alarm) and retries the run, which skips the reminders already recorded.
    throw error;
  }
};
