import { beforeAll, describe, expect, it } from 'vitest';
import { Match, type Template } from 'aws-cdk-lib/assertions';
import { portalTemplate, type CfnResource } from './support';

let template: Template;
let fnId: string;
let fn: CfnResource;
let statements: { Action: string | string[]; Resource: unknown; Condition?: unknown }[];

beforeAll(() => {
  template = portalTemplate().template;
  const found = Object.entries(template.findResources('AWS::Lambda::Function', { Properties: { Environment: { Variables: Match.objectLike({ MAIL_MODE: 'ses' }) } } }));
  expect(found).toHaveLength(1);
  [fnId, fn] = found[0]! as [string, CfnResource];
  const roleId = fn.Properties.Role['Fn::GetAtt'][0] as string;
  statements = Object.values(template.findResources('AWS::IAM::Policy'))
    .filter((p) => JSON.stringify(p.Properties.Roles).includes(roleId))
    .flatMap((p) => p.Properties.PolicyDocument.Statement);
});

describe('the daily reminder job', () => {
  it('runs on the same runtime and architecture as the API, in Cognito mode (never the local defaults), sending by SES', () => {
    const api = Object.values(template.findResources('AWS::Lambda::Function', { Properties: { Environment: { Variables: Match.objectLike({ COGNITO_USER_POOL_ID: Match.anyValue() }) } } }))[0]!;
    expect(fn.Properties.Runtime).toBe(api.Properties.Runtime);
    expect(fn.Properties.Architectures).toEqual(['arm64']);
    expect(fn.Properties.Environment.Variables).toMatchObject({ AUTH_MODE: 'cognito', MAIL_MODE: 'ses', MAIL_FROM: 'dx-portal@pref.kanagawa.lg.jp' });
    expect(JSON.stringify(fn.Properties.Environment.Variables.PORTAL_URL)).toContain('WebDistribution');
  });

  it('is started every day at 09:00 JST (00:00 UTC)', () => {
    const rules = Object.values(template.findResources('AWS::Events::Rule'));
    expect(rules).toHaveLength(1);
    expect(rules[0]!.Properties.ScheduleExpression).toBe('cron(0 0 * * ? *)');
    expect(rules[0]!.Properties.Targets).toEqual([expect.objectContaining({ Arn: { 'Fn::GetAtt': [fnId, 'Arn'] }, RetryPolicy: { MaximumRetryAttempts: 2 } })]);
    template.hasResourceProperties('AWS::Lambda::Permission', { Principal: 'events.amazonaws.com', FunctionName: { 'Fn::GetAtt': [fnId, 'Arn'] } });
  });

  it('may send email only from the portal’s SES identity, with that From address', () => {
    const ses = statements.filter((s) => JSON.stringify(s.Action).includes('ses:'));
    expect(ses).toHaveLength(1);
    expect(ses[0]!.Action).toBe('ses:SendEmail');
    expect(JSON.stringify(ses[0]!.Resource)).toMatch(/:ses:.*:identity\/pref\.kanagawa\.lg\.jp"/);
    expect(ses[0]!.Resource).not.toBe('*');
    expect(ses[0]!.Condition).toEqual({ StringEquals: { 'ses:FromAddress': 'dx-portal@pref.kanagawa.lg.jp' } });
  });

  it('reads and writes the portal table (projects, notices, reminder markers) and nothing else of the data', () => {
    const table = Object.keys(template.findResources('AWS::DynamoDB::Table'))[0]!;
    const onTable = statements.filter((s) => JSON.stringify(s.Resource).includes(table));
    expect(onTable).toHaveLength(1);
    expect(fn.Properties.Environment.Variables.TABLE_NAME).toEqual({ Ref: table });
    expect(JSON.stringify(statements)).not.toMatch(/s3:|cognito/);
  });

  it('takes the sender from -c mailFrom', () => {
    const other = portalTemplate({ context: { mailFrom: 'noreply@dx.example.lg.jp' } }).template;
    const withOther = other.findResources('AWS::Lambda::Function', { Properties: { Environment: { Variables: Match.objectLike({ MAIL_FROM: 'noreply@dx.example.lg.jp' }) } } });
    expect(Object.keys(withOther)).toHaveLength(1);
  });
});
