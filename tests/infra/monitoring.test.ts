import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Match, type Template } from 'aws-cdk-lib/assertions';
import { only, portalTemplate, type CfnResource } from './support';

let template: Template;
let topic: { Ref: string };
let ids: { api: string; apiFn: string; usersFn: string; reminderFn: string; table: string };

/** Every alarm of the template, by the construct id that ends its logical id (e.g. "Api5xxRate"). */
function alarm(name: string, t: Template = template): CfnResource {
  const found = Object.entries(t.findResources('AWS::CloudWatch::Alarm')).filter(([id]) => id.startsWith(`Monitoring${name}`));
  expect(found, `alarm ${name}`).toHaveLength(1);
  return found[0]![1] as CfnResource;
}

/** The metrics of a metric-math alarm, by id. */
const mathMetrics = (a: CfnResource) => Object.fromEntries((a.Properties.Metrics as { Id: string }[]).map((m) => [m.Id, m])) as Record<string, any>;

beforeAll(() => {
  const built = portalTemplate();
  template = built.template;
  topic = { Ref: only(template, 'AWS::SNS::Topic').id };
  const idOf = (fn: { node: { defaultChild?: unknown } }) => built.stack.getLogicalId(fn.node.defaultChild as never);
  ids = {
    api: only(template, 'AWS::ApiGatewayV2::Api').id,
    apiFn: idOf(built.stack.api.handler),
    usersFn: idOf(built.stack.api.usersHandler),
    reminderFn: idOf(built.stack.reminders.handler),
    table: only(template, 'AWS::DynamoDB::Table').id,
  };
});

describe('alarms, each notifying the alarm topic when it fires and when it clears', () => {
  it('every alarm has the topic as its alarm and OK action, and points to the runbook', () => {
    const alarms = Object.values(template.findResources('AWS::CloudWatch::Alarm')) as CfnResource[];
    expect(alarms.length).toBe(11);
    for (const a of alarms) {
      expect(a.Properties.AlarmActions).toEqual([topic]);
      expect(a.Properties.OKActions).toEqual([topic]);
      expect(a.Properties.AlarmDescription).toMatch(/docs\/runbook\.md#[a-z0-9]+$/);
    }
  });

  it('the runbook has a section for every alarm the description points to', () => {
    const runbook = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'runbook.md'), 'utf8');
    for (const a of Object.values(template.findResources('AWS::CloudWatch::Alarm')) as CfnResource[]) {
      const anchor = /runbook\.md#([a-z0-9]+)$/.exec(a.Properties.AlarmDescription)![1]!;
      expect(runbook.includes(`### ${anchor}\n`) || runbook.includes(`id="${anchor}"`), anchor).toBe(true);
    }
  });

  it('the HTTP API’s 5xx rate: 100 × 5xx / requests ≥ 5 % in 2 of 3 five-minute periods', () => {
    const a = alarm('Api5xxRate');
    expect(a.Properties).toMatchObject({ Threshold: 5, ComparisonOperator: 'GreaterThanOrEqualToThreshold', EvaluationPeriods: 3, DatapointsToAlarm: 2, TreatMissingData: 'notBreaching' });
    const m = mathMetrics(a);
    expect(m.expr_1.Expression).toBe('100 * FILL(errors, 0) / requests');
    for (const [id, name] of [['errors', '5xx'], ['requests', 'Count']] as const) {
      expect(m[id].MetricStat).toMatchObject({ Period: 300, Metric: { Namespace: 'AWS/ApiGateway', MetricName: name, Dimensions: [{ Name: 'ApiId', Value: { Ref: ids.api } }] } });
    }
  });

  it('the API’s latency: p99 ≥ 5 s for three five-minute periods', () => {
    expect(alarm('ApiLatencyP99').Properties).toMatchObject({
      Namespace: 'AWS/ApiGateway',
      MetricName: 'Latency',
      ExtendedStatistic: 'p99',
      Dimensions: [{ Name: 'ApiId', Value: { Ref: ids.api } }],
      Period: 300,
      Threshold: 5000,
      EvaluationPeriods: 3,
    });
  });

  it.each([
    ['ApiFunctionErrors', 'Errors', 'apiFn'],
    ['ApiFunctionThrottles', 'Throttles', 'apiFn'],
    ['UsersFunctionErrors', 'Errors', 'usersFn'],
    ['UsersFunctionThrottles', 'Throttles', 'usersFn'],
    ['ReminderFunctionErrors', 'Errors', 'reminderFn'],
    ['ReminderFunctionThrottles', 'Throttles', 'reminderFn'],
  ] as const)('%s: any Lambda %s of the function in five minutes', (name, metric, fn) => {
    expect(alarm(name).Properties).toMatchObject({
      Namespace: 'AWS/Lambda',
      MetricName: metric,
      Dimensions: [{ Name: 'FunctionName', Value: { Ref: ids[fn] } }],
      Statistic: 'Sum',
      Period: 300,
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      EvaluationPeriods: 1,
      TreatMissingData: 'notBreaching',
    });
  });

  it('a reminder run that never happened: no invocation in 25 hours, silence counting as breaching', () => {
    expect(alarm('ReminderNotRun').Properties).toMatchObject({
      Namespace: 'AWS/Lambda',
      MetricName: 'Invocations',
      Dimensions: [{ Name: 'FunctionName', Value: { Ref: ids.reminderFn } }],
      Period: 3600,
      EvaluationPeriods: 25,
      Threshold: 1,
      ComparisonOperator: 'LessThanThreshold',
      TreatMissingData: 'breaching',
    });
  });

  it.each([
    ['TableSystemErrors', 'SystemErrors'],
    ['TableThrottles', 'ThrottledRequests'],
  ])('%s: DynamoDB %s summed over every operation the portal calls, in 2 of 3 five-minute periods', (name, metric) => {
    const a = alarm(name);
    expect(a.Properties).toMatchObject({ Threshold: 1, EvaluationPeriods: 3, DatapointsToAlarm: 2, ComparisonOperator: 'GreaterThanOrEqualToThreshold' });
    const stats = Object.values(mathMetrics(a))
      .filter((m) => m.MetricStat)
      .map((m) => m.MetricStat);
    const operations = stats.map((s) => s.Metric.Dimensions.find((d: { Name: string }) => d.Name === 'Operation').Value);
    expect(operations).toEqual(expect.arrayContaining(['GetItem', 'BatchGetItem', 'Query', 'UpdateItem', 'BatchWriteItem', 'TransactWriteItems']));
    for (const s of stats) {
      expect(s).toMatchObject({ Period: 300, Stat: 'Sum', Metric: { Namespace: 'AWS/DynamoDB', MetricName: metric } });
      expect(s.Metric.Dimensions).toContainEqual({ Name: 'TableName', Value: { Ref: ids.table } });
    }
  });
});

describe('the alarm topic', () => {
  it('without -c alarmTopicArn the stack creates one, encrypted with a rotated key CloudWatch may use, publishing over TLS only', () => {
    const t = only(template, 'AWS::SNS::Topic');
    const key = only(template, 'AWS::KMS::Key');
    expect(t.Properties.KmsMasterKeyId).toEqual({ 'Fn::GetAtt': [key.id, 'Arn'] });
    expect(key.Properties.EnableKeyRotation).toBe(true);
    expect(key.Properties.KeyPolicy.Statement).toContainEqual(
      expect.objectContaining({ Principal: { Service: 'cloudwatch.amazonaws.com' }, Action: ['kms:Decrypt', 'kms:GenerateDataKey*'] }),
    );
    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: { Statement: [Match.objectLike({ Effect: 'Deny', Action: 'sns:Publish', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })] },
    });
    expect(template.findResources('AWS::SNS::Subscription')).toEqual({});
  });

  it('-c alarmEmail subscribes that address to it', () => {
    const t = portalTemplate({ context: { alarmEmail: 'dx-ops@pref.example.lg.jp' } }).template;
    t.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: 'dx-ops@pref.example.lg.jp' });
  });

  it('-c alarmTopicArn: every alarm notifies that topic, and the stack creates none', () => {
    const arn = 'arn:aws:sns:ap-northeast-1:123456789012:dx-portal-alarms';
    const t = portalTemplate({ context: { alarmTopicArn: arn } }).template;
    expect(t.findResources('AWS::SNS::Topic')).toEqual({});
    expect(t.findResources('AWS::KMS::Key')).toEqual({});
    const alarms = Object.values(t.findResources('AWS::CloudWatch::Alarm')) as CfnResource[];
    expect(alarms).toHaveLength(11);
    for (const a of alarms) expect([a.Properties.AlarmActions, a.Properties.OKActions]).toEqual([[arn], [arn]]);
    expect(alarm('Api5xxRate', t).Properties.Threshold).toBe(5);
  });

  it('a malformed alarmTopicArn fails the synth with what is expected', () => {
    expect(() => portalTemplate({ context: { alarmTopicArn: 'dx-portal-alarms' } })).toThrow(/alarmTopicArn must be an SNS topic ARN/);
  });
});

describe('where to look', () => {
  it('saves the runbook’s Logs Insights queries on the app’s log groups (API and user administration) and the reminders’, and outputs the names', () => {
    const queries = Object.values(template.findResources('AWS::Logs::QueryDefinition')) as CfnResource[];
    const byName = Object.fromEntries(queries.map((q) => [q.Properties.Name, q.Properties]));
    const logGroupOf = (fnId: string) => ({ Ref: (template.toJSON().Resources[fnId] as CfnResource).Properties.LoggingConfig.LogGroup.Ref as string });
    expect(Object.keys(byName).sort()).toEqual(['portal/api-5xx-by-route', 'portal/api-errors', 'portal/api-latency-by-route', 'portal/api-requests-by-org', 'portal/reminder-runs']);
    for (const name of ['portal/api-5xx-by-route', 'portal/api-errors', 'portal/api-latency-by-route', 'portal/api-requests-by-org']) {
      expect(byName[name].LogGroupNames, name).toEqual([logGroupOf(ids.apiFn), logGroupOf(ids.usersFn)]);
    }
    expect(byName['portal/reminder-runs'].LogGroupNames).toEqual([logGroupOf(ids.reminderFn)]);
    const outputs = template.findOutputs('*');
    expect(outputs.AlarmTopicArn!.Value).toEqual(topic);
    expect(outputs.ApiLogGroup!.Value).toEqual(logGroupOf(ids.apiFn));
    expect(outputs.ReminderLogGroup!.Value).toEqual(logGroupOf(ids.reminderFn));
  });
});
