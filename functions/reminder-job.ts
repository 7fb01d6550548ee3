import { configureLogging, errorFields, log } from './platform/logging/log';
import { emitMetrics, REMINDER_METRICS } from './platform/logging/metrics';
import { runReminders } from './features/joint-projects/report-reminders';

/**
 * One run of the scheduled reminder job (EventBridge, daily at 09:00 JST):
 * in-app notices and SES emails for joint-project reports due soon or
 * overdue, logged and counted for the alarms (docs/runbook.md).
 */
export const runReminderJob = async (_event?: unknown, context?: { awsRequestId?: string }) => {
  configureLogging({ service: 'reminders' });
  const started = performance.now();
  const lambdaRequestId = context?.awsRequestId;
  try {
    const run = await runReminders(new Date());
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
