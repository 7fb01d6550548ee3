import { beforeAll, describe, expect, it } from 'vitest';
import { Match, type Template } from 'aws-cdk-lib/assertions';
import { API_THROTTLE } from '../../infra/constructs/api';
import { only, portalTemplate, type CfnResource } from './support';

let template: Template;
let handler: CfnResource & { id: string };

beforeAll(() => {
  template = portalTemplate().template;
  // The API is the function given the user pool (the reminder job has no use for it; the third function is CDK's BucketDeployment).
  const [entry, ...others] = Object.entries(
    template.findResources('AWS::Lambda::Function', {
      Properties: { Environment: { Variables: Match.objectLike({ AUTH_MODE: 'cognito', COGNITO_USER_POOL_ID: Match.anyValue() }) } },
    }),
  );
  expect(entry).toBeDefined();
  expect(others).toEqual([]);
  handler = { id: entry![0], ...(entry![1] as CfnResource) };
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
});

describe('HTTP API', () => {
  it('is an HTTP API whose catch-all $default route goes to the function, with no gateway authorizer', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', { ProtocolType: 'HTTP' });
    const integration = only(template, 'AWS::ApiGatewayV2::Integration');
    expect(integration.Properties).toMatchObject({
      IntegrationType: 'AWS_PROXY',
      PayloadFormatVersion: '2.0',
      IntegrationUri: { 'Fn::GetAtt': [handler.id, 'Arn'] },
    });
    const route = only(template, 'AWS::ApiGatewayV2::Route');
    expect(route.Properties).toMatchObject({
      RouteKey: '$default',
      AuthorizationType: 'NONE',
      Target: { 'Fn::Join': ['', ['integrations/', { Ref: integration.id }]] },
    });
    // The app verifies Cognito tokens itself (some routes are public).
    template.resourceCountIs('AWS::ApiGatewayV2::Authorizer', 0);
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
