import { beforeAll, describe, expect, it } from 'vitest';
import { Match, type Template } from 'aws-cdk-lib/assertions';
import { CachePolicy, OriginRequestPolicy } from 'aws-cdk-lib/aws-cloudfront';
import { SPA_REWRITE_CODE } from '../../infra/constructs/web';
import { only, portalTemplate, type CfnResource } from './support';

let template: Template;
let resources: Record<string, CfnResource>;
let config: Record<string, any>;
let siteBucketId: string;
let logsBucketId: string;

beforeAll(() => {
  template = portalTemplate().template;
  resources = template.toJSON().Resources as Record<string, CfnResource>;
  config = only(template, 'AWS::CloudFront::Distribution').Properties.DistributionConfig;
  const site = Object.entries(template.findResources('AWS::S3::Bucket', { Properties: { LoggingConfiguration: Match.anyValue() } })).filter(([id]) => id.startsWith('WebSite'));
  expect(site).toHaveLength(1);
  siteBucketId = site[0]![0];
  logsBucketId = site[0]![1].Properties.LoggingConfiguration.DestinationBucketName.Ref;
});

describe('S3 buckets', () => {
  it('are private, encrypted, TLS-only and kept on stack deletion (no auto-delete)', () => {
    const buckets = template.findResources('AWS::S3::Bucket');
    const attachmentsBucketId = Object.keys(buckets).find((id) => id.startsWith('AttachmentsBucket'))!;
    expect(Object.keys(buckets).sort()).toEqual([logsBucketId, siteBucketId, attachmentsBucketId].sort());
    for (const [id, bucket] of Object.entries(buckets)) {
      expect(bucket.Properties.PublicAccessBlockConfiguration, id).toEqual({
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      });
      expect(bucket.Properties.BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault.SSEAlgorithm, id).toMatch(/^(AES256|aws:kms)$/);
      expect(bucket.DeletionPolicy, id).toBe('Retain');
      template.hasResourceProperties('AWS::S3::BucketPolicy', {
        Bucket: { Ref: id },
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({ Effect: 'Deny', Action: 's3:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          ]),
        },
      });
    }
    template.resourceCountIs('Custom::S3AutoDeleteObjects', 0);
  });

  it('log the site bucket’s access to the logs bucket, which expires logs', () => {
    expect(resources[siteBucketId]!.Properties.LoggingConfiguration).toEqual({ DestinationBucketName: { Ref: logsBucketId }, LogFilePrefix: 's3/' });
    expect(resources[logsBucketId]!.Properties.LifecycleConfiguration.Rules[0]).toMatchObject({ Status: 'Enabled', ExpirationInDays: 400 });
  });

  it('receive web/dist through two BucketDeployments: hashed assets cached for a year, index.html revalidated and published after them', () => {
    const deployments = Object.entries(template.findResources('Custom::CDKBucketDeployment'));
    expect(deployments).toHaveLength(2);
    for (const [, d] of deployments) {
      expect(d.Properties.DestinationBucketName).toEqual({ Ref: siteBucketId });
      expect(d.Properties.Prune).toBe(false);
    }
    const assets = deployments.find(([, d]) => d.Properties.Include?.includes('assets/*'))!;
    const pages = deployments.find(([, d]) => d.Properties.Exclude?.includes('assets/*') && !d.Properties.Include)!;
    expect(assets[1].Properties.SystemMetadata['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(pages[1].Properties.SystemMetadata['cache-control']).toBe('no-cache');
    expect(pages[1].DependsOn).toContain(assets[0]);
  });
});

describe('CloudFront distribution', () => {
  it('reads the site bucket through origin access control (not an OAI), allowed by the bucket policy', () => {
    const oac = only(template, 'AWS::CloudFront::OriginAccessControl');
    expect(oac.Properties.OriginAccessControlConfig).toMatchObject({ OriginAccessControlOriginType: 's3', SigningBehavior: 'always', SigningProtocol: 'sigv4' });
    template.resourceCountIs('AWS::CloudFront::CloudFrontOriginAccessIdentity', 0);
    const s3Origin = config.Origins.find((o: any) => o.S3OriginConfig);
    expect(s3Origin.DomainName).toEqual({ 'Fn::GetAtt': [siteBucketId, 'RegionalDomainName'] });
    expect(s3Origin.OriginAccessControlId).toEqual({ 'Fn::GetAtt': [oac.id, 'Id'] });
    expect(s3Origin.S3OriginConfig.OriginAccessIdentity).toBe('');
    const distributionId = only(template, 'AWS::CloudFront::Distribution').id;
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: siteBucketId },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Allow',
            Principal: { Service: 'cloudfront.amazonaws.com' },
            Action: 's3:GetObject',
            Condition: { StringEquals: { 'AWS:SourceArn': Match.objectLike({ 'Fn::Join': Match.arrayWith([Match.arrayWith([{ Ref: distributionId }])]) }) } },
          }),
        ]),
      },
    });
  });

  it('serves index.html at the root and redirects HTTP to HTTPS', () => {
    expect(config.DefaultRootObject).toBe('index.html');
    expect(config.DefaultCacheBehavior.ViewerProtocolPolicy).toBe('redirect-to-https');
    expect(config.Enabled).toBe(true);
  });

  it('routes SPA paths to index.html with a viewer-request function, not with error responses (they would rewrite API errors)', () => {
    const fn = only(template, 'AWS::CloudFront::Function');
    expect(config.DefaultCacheBehavior.FunctionAssociations).toEqual([{ EventType: 'viewer-request', FunctionARN: { 'Fn::GetAtt': [fn.id, 'FunctionARN'] } }]);
    expect(config.CustomErrorResponses).toBeUndefined();
    expect(fn.Properties.FunctionCode).toBe(SPA_REWRITE_CODE);
    expect(fn.Properties.FunctionConfig.Runtime).toBe('cloudfront-js-2.0');
  });

  it('the rewrite function sends extension-less paths to /index.html and leaves files alone', () => {
    const handler = new Function(`${SPA_REWRITE_CODE}; return handler;`)() as (e: { request: { uri: string } }) => { uri: string };
    const rewrite = (uri: string) => handler({ request: { uri } }).uri;
    expect(rewrite('/')).toBe('/index.html');
    expect(rewrite('/measures')).toBe('/index.html');
    expect(rewrite('/organisations/141003/profile')).toBe('/index.html');
    expect(rewrite('/index.html')).toBe('/index.html');
    expect(rewrite('/assets/index-BP79g8gD.js')).toBe('/assets/index-BP79g8gD.js');
    expect(rewrite('/assets/index-DvUtEwxK.css')).toBe('/assets/index-DvUtEwxK.css');
    expect(rewrite('/favicon.ico')).toBe('/favicon.ico');
  });

  it('sends /api/* to the HTTP API uncached, all methods, all viewer headers but Host', () => {
    expect(config.CacheBehaviors).toHaveLength(1);
    const api = config.CacheBehaviors[0];
    expect(api).toMatchObject({
      PathPattern: '/api/*',
      ViewerProtocolPolicy: 'https-only',
      CachePolicyId: CachePolicy.CACHING_DISABLED.cachePolicyId,
      OriginRequestPolicyId: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER.originRequestPolicyId,
    });
    expect([...api.AllowedMethods].sort()).toEqual(['DELETE', 'GET', 'HEAD', 'OPTIONS', 'PATCH', 'POST', 'PUT']);
    expect(api.FunctionAssociations).toBeUndefined();

    const origin = config.Origins.find((o: any) => o.Id === api.TargetOriginId);
    const httpApi = only(template, 'AWS::ApiGatewayV2::Api');
    // The host part of https://<apiId>.execute-api.<region>.amazonaws.com.
    expect(origin.DomainName).toEqual({ 'Fn::Select': [2, { 'Fn::Split': ['/', { 'Fn::GetAtt': [httpApi.id, 'ApiEndpoint'] }] }] });
    expect(origin.CustomOriginConfig).toMatchObject({ OriginProtocolPolicy: 'https-only' });
  });

  it('writes access logs to the logs bucket', () => {
    expect(config.Logging).toEqual({ Bucket: { 'Fn::GetAtt': [logsBucketId, 'RegionalDomainName'] }, Prefix: 'cloudfront/' });
  });
});

describe('security headers', () => {
  it('are one response headers policy on both behaviours', () => {
    const policy = only(template, 'AWS::CloudFront::ResponseHeadersPolicy');
    expect(config.DefaultCacheBehavior.ResponseHeadersPolicyId).toEqual({ Ref: policy.id });
    expect(config.CacheBehaviors[0].ResponseHeadersPolicyId).toEqual({ Ref: policy.id });
  });

  it('set HSTS (≥ 1 year, subdomains, preload), nosniff, DENY framing, the referrer policy and XSS protection', () => {
    const h = only(template, 'AWS::CloudFront::ResponseHeadersPolicy').Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig;
    expect(h.StrictTransportSecurity).toMatchObject({ IncludeSubdomains: true, Preload: true, Override: true });
    expect(h.StrictTransportSecurity.AccessControlMaxAgeSec).toBeGreaterThanOrEqual(31_536_000);
    expect(h.ContentTypeOptions).toEqual({ Override: true });
    expect(h.FrameOptions).toEqual({ FrameOption: 'DENY', Override: true });
    expect(h.ReferrerPolicy).toEqual({ ReferrerPolicy: 'strict-origin-when-cross-origin', Override: true });
    expect(h.XSSProtection).toMatchObject({ Protection: true, ModeBlock: true });
  });

  it('set a Content-Security-Policy without inline scripts that lets the app reach Cognito, its managed login domain and S3 (presigned uploads) in its region', () => {
    const csp = only(template, 'AWS::CloudFront::ResponseHeadersPolicy').Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig
      .ContentSecurityPolicy;
    expect(csp.Override).toBe(true);
    // The region and the sign-in domain's prefix are deploy-time tokens, so the policy is an Fn::Join: join its literal parts.
    const prefix = only(template, 'AWS::Cognito::UserPoolDomain').Properties.Domain;
    const [, parts] = csp.ContentSecurityPolicy['Fn::Join'] as [string, unknown[]];
    const text = parts
      .map((p) => (typeof p === 'string' ? p : JSON.stringify(p) === JSON.stringify({ Ref: 'AWS::Region' }) ? '${region}' : JSON.stringify(p) === JSON.stringify(prefix) ? '${prefix}' : '?'))
      .join('');
    const directives = Object.fromEntries(text.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['connect-src']).toEqual([
      "'self'",
      'https://cognito-idp.${region}.amazonaws.com',
      // The token endpoint of the user pool's own domain (the code exchange and renewals), no other amazoncognito.com host.
      'https://${prefix}.auth.${region}.amazoncognito.com',
      'https://*.s3.${region}.amazonaws.com',
    ]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    expect(directives['base-uri']).toEqual(["'self'"]);
    expect(text).not.toMatch(/unsafe-eval/);
  });
});
