import { Duration, Stack, Token } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, MathExpression, TreatMissingData, type IMetric } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { Operation } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import { CfnQueryDefinition, type ILogGroup } from 'aws-cdk-lib/aws-logs';
import { Topic, type ITopic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import type { PortalApi } from './api';
import type { PortalData } from './data';
import type { PortalReminders } from './reminders';

export interface PortalMonitoringProps {
  api: PortalApi;
  reminders: PortalReminders;
  data: PortalData;
  /** An existing SNS topic for the alarms (`-c alarmTopicArn=…`), in the stack's region; without it the stack creates one. */
  alarmTopicArn?: string;
  /** Subscribes this address to the topic the stack creates (`-c alarmEmail=…`); ignored with alarmTopicArn. */
  alarmEmail?: string;
}

/**
 * Every threshold in one place (docs/runbook.md explains each alarm). Periods
 * are five minutes unless said otherwise; "m of n" means m breaching periods
 * among the last n, which keeps a single slow or failed request from paging.
 */
export const ALARMS = {
  api5xxRate: { percent: 5, evaluationPeriods: 3, datapointsToAlarm: 2 },
  apiLatencyP99: { milliseconds: 5000, evaluationPeriods: 3 },
  functionErrors: { count: 1 },
  functionThrottles: { count: 1 },
  tableSystemErrors: { count: 1, evaluationPeriods: 3, datapointsToAlarm: 2 },
  tableThrottles: { count: 1, evaluationPeriods: 3, datapointsToAlarm: 2 },
  /** The daily run must have been invoked within the last 25 hours. */
  reminderNotRun: { hours: 25 },
} as const;

/** The DynamoDB operations the portal's repositories call (a metric-math alarm may hold at most 10 metrics). */
export const TABLE_OPERATIONS = [
  Operation.GET_ITEM,
  Operation.BATCH_GET_ITEM,
  Operation.QUERY,
  Operation.PUT_ITEM,
  Operation.UPDATE_ITEM,
  Operation.DELETE_ITEM,
  Operation.BATCH_WRITE_ITEM,
  Operation.TRANSACT_WRITE_ITEMS,
];

const FIVE_MINUTES = Duration.minutes(5);

/**
 * CloudWatch alarms on the API (HTTP API 5xx rate and latency), every
 * function (errors, throttles), the table (system errors, throttles) and the
 * daily reminder run (a failed run is a Lambda error, whether it threw, timed
 * out or could not start; and a run that never happened), each notifying one SNS topic
 * when it fires and when it clears; and saved Logs Insights queries on the
 * structured logs (functions/platform/logging).
 */
export class PortalMonitoring extends Construct {
  readonly topic: ITopic;
  readonly alarms: Alarm[] = [];

  constructor(scope: Construct, id: string, props: PortalMonitoringProps) {
    super(scope, id);
    this.topic = props.alarmTopicArn ? importedTopic(this, props.alarmTopicArn) : this.createTopic(props.alarmEmail);
    const { api, reminders, data } = props;
    const httpApi = api.httpApi;

    this.alarm('Api5xxRate', {
      description: 'API: 5xx 応答の割合が 5% 以上 / more than 5% of API responses were server errors (500 bug, 503 database unavailable)',
      metric: new MathExpression({
        expression: '100 * FILL(errors, 0) / requests',
        usingMetrics: { errors: httpApi.metricServerError({ period: FIVE_MINUTES }), requests: httpApi.metricCount({ period: FIVE_MINUTES }) },
        label: '5xx %',
        period: FIVE_MINUTES,
      }),
      threshold: ALARMS.api5xxRate.percent,
      evaluationPeriods: ALARMS.api5xxRate.evaluationPeriods,
      datapointsToAlarm: ALARMS.api5xxRate.datapointsToAlarm,
    });
    this.alarm('ApiLatencyP99', {
      description: 'API: 応答時間 p99 が 5 秒以上 / API latency p99 at or above 5 s for 15 minutes',
      metric: httpApi.metricLatency({ statistic: 'p99', period: FIVE_MINUTES }),
      threshold: ALARMS.apiLatencyP99.milliseconds,
      evaluationPeriods: ALARMS.apiLatencyP99.evaluationPeriods,
    });
    const functions = [
      ['Api', api.handler, 'API'],
      // The same app for /api/users: its failures are users' failures too, but API Gateway's metrics cannot tell them apart.
      ['Users', api.usersHandler, 'user-administration'],
      ['Reminder', reminders.handler, 'reminder job'],
    ] as const;
    for (const [name, fn, label] of functions) {
      this.alarm(`${name}FunctionErrors`, {
        description: `${label}: Lambda のエラー（例外・タイムアウト・起動失敗） / Lambda errors of the ${label} function (crash, timeout or start-up failure)`,
        metric: fn.metricErrors({ period: FIVE_MINUTES, statistic: 'Sum' }),
        threshold: ALARMS.functionErrors.count,
      });
      this.alarm(`${name}FunctionThrottles`, {
        description: `${label}: Lambda の同時実行数の上限 / the ${label} function was throttled (account concurrency exhausted)`,
        metric: fn.metricThrottles({ period: FIVE_MINUTES, statistic: 'Sum' }),
        threshold: ALARMS.functionThrottles.count,
      });
    }
    this.alarm('ReminderNotRun', {
      description: 'リマインド: 25 時間実行されていない / the daily reminder job has not been invoked for 25 hours (schedule disabled or deleted)',
      metric: reminders.handler.metricInvocations({ period: Duration.hours(1), statistic: 'Sum' }),
      threshold: 1,
      comparisonOperator: ComparisonOperator.LESS_THAN_THRESHOLD,
      evaluationPeriods: ALARMS.reminderNotRun.hours,
      treatMissingData: TreatMissingData.BREACHING,
    });
    this.alarm('TableSystemErrors', {
      description: 'DynamoDB: システムエラー / DynamoDB answered with internal server errors',
      metric: data.table.metricSystemErrorsForOperations({ operations: TABLE_OPERATIONS, period: FIVE_MINUTES }),
      threshold: ALARMS.tableSystemErrors.count,
      evaluationPeriods: ALARMS.tableSystemErrors.evaluationPeriods,
      datapointsToAlarm: ALARMS.tableSystemErrors.datapointsToAlarm,
    });
    this.alarm('TableThrottles', {
      description: 'DynamoDB: スロットリング / DynamoDB throttled requests (on-demand limits or a hot partition)',
      metric: data.table.metricThrottledRequestsForOperations({ operations: TABLE_OPERATIONS, period: FIVE_MINUTES }),
      threshold: ALARMS.tableThrottles.count,
      evaluationPeriods: ALARMS.tableThrottles.evaluationPeriods,
      datapointsToAlarm: ALARMS.tableThrottles.datapointsToAlarm,
    });

    this.savedQueries([api.handler.logGroup, api.usersHandler.logGroup], reminders.handler.logGroup);
  }

  private alarm(
    id: string,
    props: {
      description: string;
      metric: IMetric;
      threshold: number;
      evaluationPeriods?: number;
      datapointsToAlarm?: number;
      comparisonOperator?: ComparisonOperator;
      treatMissingData?: TreatMissingData;
    },
  ): void {
    const alarm = new Alarm(this, id, {
      alarmDescription: `${props.description} — docs/runbook.md#${id.toLowerCase()}`,
      metric: props.metric,
      threshold: props.threshold,
      evaluationPeriods: props.evaluationPeriods ?? 1,
      datapointsToAlarm: props.datapointsToAlarm,
      comparisonOperator: props.comparisonOperator ?? ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      // No traffic is no failure; only the "not run" alarm counts silence against it.
      treatMissingData: props.treatMissingData ?? TreatMissingData.NOT_BREACHING,
    });
    const action = new SnsAction(this.topic);
    alarm.addAlarmAction(action);
    alarm.addOkAction(action);
    this.alarms.push(alarm);
  }

  /**
   * A topic of the stack's own, encrypted with a customer-managed key:
   * CloudWatch cannot publish to a topic under the AWS-managed aws/sns key,
   * because that key's policy cannot grant it.
   */
  private createTopic(email: string | undefined): ITopic {
    const key = new Key(this, 'AlarmTopicKey', { description: 'かながわDX連携ポータル: encrypts the alarm topic', enableKeyRotation: true });
    key.addToResourcePolicy(
      new PolicyStatement({
        principals: [new ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        resources: ['*'],
        conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(this).account } },
      }),
    );
    const topic = new Topic(this, 'AlarmTopic', { displayName: 'かながわDX連携ポータル アラーム', masterKey: key, enforceSSL: true });
    if (email) topic.addSubscription(new EmailSubscription(email));
    return topic;
  }

  /**
   * Logs Insights queries the runbook refers to, saved in the account under `portal/`. The API's queries read
   * both functions of the app (the API and user administration): their log lines are alike.
   */
  private savedQueries(appLogs: ILogGroup[], reminderLogs: ILogGroup): void {
    const queries: [string, ILogGroup[], string][] = [
      ['portal/api-errors', appLogs, 'fields @timestamp, requestId, route, errorName, errorMessage, role, orgCode\n| filter level = "ERROR" or level = "WARN"\n| sort @timestamp desc\n| limit 100'],
      ['portal/api-5xx-by-route', appLogs, 'filter message = "request" and status >= 500\n| stats count(*) as failures by route, status, errorCode\n| sort failures desc'],
      ['portal/api-latency-by-route', appLogs, 'filter message = "request"\n| stats count(*) as requests, pct(latencyMs, 50) as p50, pct(latencyMs, 99) as p99 by route\n| sort p99 desc'],
      ['portal/api-requests-by-org', appLogs, 'filter message = "request" and ispresent(orgCode)\n| stats count(*) as requests by role, orgCode, status\n| sort requests desc'],
      ['portal/reminder-runs', [reminderLogs], 'fields @timestamp, message, notices, emails, errorName, errorMessage, lambdaRequestId\n| filter service = "reminders"\n| sort @timestamp desc\n| limit 50'],
    ];
    for (const [name, logGroups, queryString] of queries) {
      new CfnQueryDefinition(this, name.replace(/\W/g, '-'), { name, queryString, logGroupNames: logGroups.map((g) => g.logGroupName) });
    }
  }
}

/** The operator's topic; a malformed ARN fails the synth instead of the deploy. */
function importedTopic(scope: Construct, arn: string): ITopic {
  if (!Token.isUnresolved(arn) && !/^arn:aws[a-z-]*:sns:[a-z0-9-]+:\d{12}:[\w-]{1,256}$/.test(arn)) {
    throw new Error(`alarmTopicArn must be an SNS topic ARN (arn:aws:sns:<region>:<account>:<name>), not "${arn}"`);
  }
  return Topic.fromTopicArn(scope, 'AlarmTopic', arn);
}
