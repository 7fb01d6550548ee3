import { logService, writeJsonLine } from './log';

/**
 * Custom CloudWatch metrics as Embedded Metric Format (EMF) log lines: CloudWatch
 * turns each line into metric data points, with no PutMetricData call and no
 * extra permission.
 *
 * The API emits none of its own: API Gateway's 5xx/Count/Latency and Lambda's
 * and DynamoDB's metrics already describe every request, and the alarms use
 * those (infra/constructs/monitoring.ts). What they cannot show is what a
 * reminder run did (how many notices and e-mails), so the job reports that here.
 */
export const METRICS_NAMESPACE = 'KanagawaDxPortal';

export const REMINDER_METRICS = {
  /** 1 when a run threw (it is retried by EventBridge), 0 when it finished. */
  failed: 'ReminderRunFailed',
  notices: 'ReminderNotices',
  emails: 'ReminderEmails',
} as const;

export type MetricUnit = 'Count' | 'Milliseconds';

/**
 * One EMF document with the given values and a single `service` dimension
 * (one metric series per function: per-route dimensions would multiply the
 * custom-metric bill, and Logs Insights slices by route instead).
 */
export function emitMetrics(values: Record<string, { value: number; unit: MetricUnit }>, service = logService()): void {
  const names = Object.keys(values);
  if (names.length === 0) return;
  writeJsonLine({
    _aws: {
      Timestamp: Date.now(),
      CloudWatchMetrics: [{ Namespace: METRICS_NAMESPACE, Dimensions: [['service']], Metrics: names.map((name) => ({ Name: name, Unit: values[name]!.unit })) }],
    },
    service,
    ...Object.fromEntries(names.map((name) => [name, values[name]!.value])),
  });
}
