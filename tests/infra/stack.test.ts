import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Token } from 'aws-cdk-lib';
import { WEB_DIST_MISSING } from '../../infra/constructs/web';
import { buildPortalApp } from '../../infra/portal-stack';
import { only, portalTemplate, SKIP_BUNDLING, tempDir } from './support';

describe('the stack', () => {
  it('is environment-agnostic, so it synthesizes offline without credentials', () => {
    const { stack } = portalTemplate();
    expect(Token.isUnresolved(stack.account)).toBe(true);
    expect(Token.isUnresolved(stack.region)).toBe(true);
  });

  it('outputs the web URL, the API endpoint, the user pool and client IDs, the table and the attachments bucket', () => {
    const { template } = portalTemplate();
    const outputs = template.findOutputs('*');
    expect(Object.keys(outputs).sort()).toEqual(['AlarmTopicArn', 'ApiEndpoint', 'ApiLogGroup', 'AttachmentsBucket', 'ReminderLogGroup', 'TableName', 'UserPoolClientId', 'UserPoolId', 'WebUrl']);
    expect(outputs.TableName!.Value).toEqual({ Ref: only(template, 'AWS::DynamoDB::Table').id });
    expect(outputs.UserPoolId!.Value).toEqual({ Ref: only(template, 'AWS::Cognito::UserPool').id });
    expect(outputs.UserPoolClientId!.Value).toEqual({ Ref: only(template, 'AWS::Cognito::UserPoolClient').id });
    expect(outputs.ApiEndpoint!.Value).toEqual({ 'Fn::GetAtt': [only(template, 'AWS::ApiGatewayV2::Api').id, 'ApiEndpoint'] });
    expect(JSON.stringify(outputs.WebUrl!.Value)).toContain(only(template, 'AWS::CloudFront::Distribution').id);
  });

  it('refuses to synthesize without a built web app, saying how to build it', () => {
    const empty = tempDir('portal-no-dist-');
    try {
      expect(() => buildPortalApp({ context: SKIP_BUNDLING, webDist: empty.path })).toThrow(WEB_DIST_MISSING);
      expect(WEB_DIST_MISSING).toContain('npm run build:web');
    } finally {
      empty.remove();
    }
  });

  it('with a custom domain, serves it with its certificate and requires TLS 1.2 (TLSv1.2_2021)', () => {
    const domain = { domainName: 'dx-portal.example.jp', certificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/00000000-0000-0000-0000-000000000000' };
    const { template, stack } = portalTemplate({ context: domain });
    const config = only(template, 'AWS::CloudFront::Distribution').Properties.DistributionConfig;
    expect(config.Aliases).toEqual([domain.domainName]);
    expect(config.ViewerCertificate).toEqual({ AcmCertificateArn: domain.certificateArn, MinimumProtocolVersion: 'TLSv1.2_2021', SslSupportMethod: 'sni-only' });
    expect(template.findOutputs('WebUrl').WebUrl!.Value).toBe(`https://${domain.domainName}`);
    // The default-certificate acknowledgement is not made then.
    expect(stack.nagAcknowledgements.map((a) => a.id)).not.toContain('AwsSolutions-CFR4');
  });

  it('takes the domain name and its certificate together or not at all', () => {
    expect(() => buildPortalApp({ context: { ...SKIP_BUNDLING, domainName: 'dx-portal.example.jp' } })).toThrow(/together/);
  });

  it('is built the same way by tests and by `cdk synth` (cdk.json feature flags applied)', () => {
    const cdkJson = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'cdk.json'), 'utf8')) as { context: Record<string, unknown> };
    const { app } = buildPortalApp({ context: SKIP_BUNDLING });
    for (const [flag, value] of Object.entries(cdkJson.context)) expect(app.node.tryGetContext(flag), flag).toEqual(value);
  });
});
