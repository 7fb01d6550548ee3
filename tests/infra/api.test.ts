import { beforeAll, describe, expect, it } from 'vitest';
import type { Template } from 'aws-cdk-lib/assertions';
import { API_THROTTLE } from '../../infra/constructs/api';
import { only, portalTemplate, type CfnResource } from './support';

let template: Template;
let handler: CfnResource & { id: string };

beforeAll(() => {
  const built = portalTemplate();
  template = built.template;
  const id = built.stack.getLogicalId(built.stack.api.handler.node.defaultChild as never);
  handler = { id, ...(template.toJSON().Resources[id] as CfnResource) };
});

describe('API function', () => {
  it('runs on Node.js 22 or later, on arm64', () => {
    const version = Number(/^nodejs(\d+)\.x$/.exec(handler.Properties.Runtime)?.[1]);
    expect(version).toBeGreaterThanOrEqual(22);
    expect(handler.Properties.Architectures).toEqual(['arm64']);
  });

  it('has 512 MB, a 10 s timeout, active X-Ray tracing and JSON logs', () => {
    expect(handler.Properties).toMatchObject({
      MemorySize: 512,
      Timeout: 10,
      TracingConfig: { Mode: 'Active' },
      LoggingConfig: { LogFormat: 'JSON' },
    });
  });

  it('logs to its own log group, kept for a year', () => {
    const logGroupId = handler.Properties.LoggingConfig.LogGroup.Ref as string;
    expect(template.toJSON().Resources[logGroupId]).toMatchObject({ Type: 'AWS::Logs::LogGroup', Properties: { RetentionInDays: 365 } });
  });

  it('is told the table, Cognito mode, the user pool, the app client and the attachments bucket', () => {
    const pool = only(template, 'AWS::Cognito::UserPool');
    const client = only(template, 'AWS::Cognito::UserPoolClient');
    const table = only(template, 'AWS::DynamoDB::Table');
    const attachments = Object.keys(template.findResources('AWS::S3::Bucket')).find((id) => id.startsWith('AttachmentsBucket'));
    expect(handler.Properties.Environment.Variables).toEqual({
      TABLE_NAME: { Ref: table.id },
      AUTH_MODE: 'cognito',
      COGNITO_USER_POOL_ID: { Ref: pool.id },
      COGNITO_CLIENT_ID: { Ref: client.id },
      ATTACHMENTS_BUCKET: { Ref: attachments },
      FILE_STORE: 's3',
      CURSOR_SECRET: { 'Fn::Join': ['', ['{{resolve:secretsmanager:', { Ref: only(template, 'AWS::SecretsManager::Secret').id }, ':SecretString:::}}']] },
      NODE_OPTIONS: '--enable-source-maps',
    });
  });

  it('has its own role, without AWS managed policies', () => {
    const roleId = handler.Properties.Role['Fn::GetAtt'][0] as string;
    const role = template.toJSON().Resources[roleId] as CfnResource;
    expect(role.Properties.ManagedPolicyArns).toBeUndefined();
  });

  it('cannot administer users: no cognito-idp permission at all (only the user-administration function has one)', () => {
    const roleId = handler.Properties.Role['Fn::GetAtt'][0] as string;
    const policies = Object.values(template.findResources('AWS::IAM::Policy')).filter((p) => JSON.stringify(p.Properties.Roles).includes(roleId));
    expect(policies.length).toBeGreaterThan(0);
    expect(JSON.stringify(policies)).not.toMatch(/cognito-idp/);
  });
});

describe('HTTP API', () => {
  it('is an HTTP API whose catch-all $default route goes to the function, with no gateway authorizer', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', { ProtocolType: 'HTTP' });
    const [integrationId, integration] = Object.entries(template.findResources('AWS::ApiGatewayV2::Integration')).find(
      ([, i]) => JSON.stringify(i.Properties.IntegrationUri) === JSON.stringify({ 'Fn::GetAtt': [handler.id, 'Arn'] }),
    )!;
    expect(integration.Properties).toMatchObject({ IntegrationType: 'AWS_PROXY', PayloadFormatVersion: '2.0' });
    const routes = Object.values(template.findResources('AWS::ApiGatewayV2::Route')) as CfnResource[];
    const toApi = routes.filter((r) => JSON.stringify(r.Properties.Target).includes(integrationId));
    // Only the catch-all: /api/users goes to the user-administration function (users-function.test.ts).
    expect(toApi.map((r) => r.Properties)).toEqual([
      { ApiId: expect.anything(), RouteKey: '$default', AuthorizationType: 'NONE', Target: { 'Fn::Join': ['', ['integrations/', { Ref: integrationId }]] } },
    ]);
    // The app verifies Cognito tokens itself (some routes are public).
    template.resourceCountIs('AWS::ApiGatewayV2::Authorizer', 0);
    for (const r of routes) expect(r.Properties.AuthorizationType).toBe('NONE');
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      Principal: 'apigateway.amazonaws.com',
      FunctionName: { 'Fn::GetAtt': [handler.id, 'Arn'] },
    });
  });

  it('serves on the $default stage (no path prefix), auto-deployed and throttled', () => {
    const stage = only(template, 'AWS::ApiGatewayV2::Stage');
    expect(stage.Properties).toMatchObject({
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: API_THROTTLE.rateLimit, ThrottlingBurstLimit: API_THROTTLE.burstLimit },
    });
    expect(API_THROTTLE).toEqual({ rateLimit: 50, burstLimit: 100 });
  });

  it('writes access logs to a log group kept for a year, without tokens or query strings', () => {
    const stage = only(template, 'AWS::ApiGatewayV2::Stage');
    const logGroupId = stage.Properties.AccessLogSettings.DestinationArn['Fn::GetAtt'][0] as string;
    expect(template.toJSON().Resources[logGroupId]).toMatchObject({ Type: 'AWS::Logs::LogGroup', Properties: { RetentionInDays: 365 } });
    const format = JSON.parse(stage.Properties.AccessLogSettings.Format as string) as Record<string, string>;
    expect(format).toMatchObject({ requestId: '$context.requestId', status: '$context.status', path: '$context.path' });
    expect(Object.values(format).join(' ')).not.toMatch(/authorization|querystring/i);
  });
});
