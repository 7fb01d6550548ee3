import { beforeAll, describe, expect, it } from 'vitest';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { buildPortalApp } from '../../infra/portal-stack';
import { ROLES } from '../../shared/auth/roles';

let template: Template;

beforeAll(() => {
  // Template-only assertions: skip esbuild bundling (one test below bundles for real).
  const { stack } = buildPortalApp({ context: { 'aws:cdk:bundling-stacks': [] } });
  template = Template.fromStack(stack);
});

describe('data', () => {
  it('is one on-demand table with point-in-time recovery, deletion protection and encryption, kept on stack deletion', () => {
    template.resourceCountIs('AWS::DynamoDB::GlobalTable', 1);
    template.hasResource('AWS::DynamoDB::GlobalTable', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({
        BillingMode: 'PAY_PER_REQUEST',
        KeySchema: [
          { AttributeName: 'pk', KeyType: 'HASH' },
          { AttributeName: 'sk', KeyType: 'RANGE' },
        ],
        GlobalSecondaryIndexes: [Match.objectLike({ IndexName: 'gsi1' }), Match.objectLike({ IndexName: 'gsi2' })],
        SSESpecification: { SSEEnabled: true },
        Replicas: [
          Match.objectLike({
            DeletionProtectionEnabled: true,
            PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
          }),
        ],
      }),
    });
  });
});

describe('API', () => {
  it('runs the Hono app on a supported Node runtime on arm64, told its table and Cognito pool', () => {
    const fns = template.findResources('AWS::Lambda::Function', {
      Properties: { Environment: { Variables: Match.objectLike({ AUTH_MODE: 'cognito' }) } },
    });
    const [fn] = Object.values(fns) as { Properties: { Runtime: string; Architectures: string[]; Environment: { Variables: Record<string, unknown> } } }[];
    expect(fn).toBeDefined();
    expect(Number(/^nodejs(\d+)\.x$/.exec(fn!.Properties.Runtime)?.[1])).toBeGreaterThanOrEqual(22);
    expect(fn!.Properties.Architectures).toEqual(['arm64']);
    expect(Object.keys(fn!.Properties.Environment.Variables)).toEqual(
      expect.arrayContaining(['TABLE_NAME', 'COGNITO_USER_POOL_ID', 'COGNITO_CLIENT_ID']),
    );
  });

  it('is an HTTP API on the $default stage, throttled, with access logs', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', { ProtocolType: 'HTTP' });
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: Match.anyValue(), ThrottlingBurstLimit: Match.anyValue() },
      AccessLogSettings: Match.objectLike({ DestinationArn: Match.anyValue() }),
    });
  });
});

describe('sign-in', () => {
  it('has a Cognito user pool without self sign-up, MFA, and the organisation code as a claim', () => {
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      MfaConfiguration: 'ON',
      Schema: Match.arrayWith([Match.objectLike({ Name: 'orgCode', AttributeDataType: 'String' })]),
    });
  });

  it('has the four roles as groups', () => {
    for (const role of ROLES) template.hasResourceProperties('AWS::Cognito::UserPoolGroup', { GroupName: role });
    template.resourceCountIs('AWS::Cognito::UserPoolGroup', 4);
  });
});

describe('web', () => {
  it('keeps the site bucket private and read by CloudFront through origin access control', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      VersioningConfiguration: { Status: 'Enabled' },
    });
    template.resourceCountIs('AWS::CloudFront::OriginAccessControl', 1);
  });

  it('routes /api/* to the HTTP API uncached, and everything else to the bucket', () => {
    template.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        DefaultRootObject: 'index.html',
        CacheBehaviors: [
          Match.objectLike({
            PathPattern: '/api/*',
            AllowedMethods: Match.arrayWith(['PUT', 'POST', 'DELETE']),
            CachePolicyId: '4135ea2d-6df8-44a3-9df3-4b5a84be39ad',
          }),
        ],
      }),
    });
  });

  it('sends security headers: HSTS, nosniff, frame DENY, referrer policy and a CSP without inline scripts', () => {
    const policies = template.findResources('AWS::CloudFront::ResponseHeadersPolicy');
    const config = (Object.values(policies)[0] as { Properties: { ResponseHeadersPolicyConfig: { SecurityHeadersConfig: Record<string, Record<string, unknown>> } } })
      .Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig;
    expect(config.StrictTransportSecurity).toMatchObject({ IncludeSubdomains: true, Preload: true });
    expect(Number(config.StrictTransportSecurity!.AccessControlMaxAgeSec)).toBeGreaterThanOrEqual(31_536_000);
    expect(config.ContentTypeOptions).toBeDefined();
    expect(config.FrameOptions).toMatchObject({ FrameOption: 'DENY' });
    expect(config.ReferrerPolicy).toMatchObject({ ReferrerPolicy: 'strict-origin-when-cross-origin' });
    // The CSP names the region's Cognito endpoint, so it is an Fn::Join: read it as JSON text.
    const csp = JSON.stringify(config.ContentSecurityPolicy!.ContentSecurityPolicy);
    expect(csp).toContain("script-src 'self';");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
  });
});

describe('bundling', () => {
  it('bundles functions/lambda.ts with the local esbuild', () => {
    const { stack } = buildPortalApp();
    const fns = Template.fromStack(stack).findResources('AWS::Lambda::Function', {
      Properties: { Environment: { Variables: Match.objectLike({ AUTH_MODE: 'cognito' }) } },
    });
    const code = (Object.values(fns)[0] as { Properties: { Code: { S3Key: unknown } } }).Properties.Code;
    expect(JSON.stringify(code.S3Key)).toMatch(/[0-9a-f]{64}\.zip/);
  }, 120_000);
});
