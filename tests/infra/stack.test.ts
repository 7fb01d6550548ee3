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

  it('outputs the web URL, the API endpoint, the user pool, its client and managed login domain, the table, the attachments bucket and the users function', () => {
    const { template } = portalTemplate();
    const outputs = template.findOutputs('*');
    expect(Object.keys(outputs).sort()).toEqual([
      'AlarmTopicArn',
      'ApiEndpoint',
      'ApiLogGroup',
      'AttachmentsBucket',
      'ReminderLogGroup',
      'TableName',
      'UserPoolClientId',
      'UserPoolDomain',
      'UserPoolId',
      'UsersFunctionName',
      'WebUrl',
    ]);
    expect(outputs.TableName!.Value).toEqual({ Ref: only(template, 'AWS::DynamoDB::Table').id });
    expect(outputs.UserPoolId!.Value).toEqual({ Ref: only(template, 'AWS::Cognito::UserPool').id });
    expect(outputs.UserPoolClientId!.Value).toEqual({ Ref: only(template, 'AWS::Cognito::UserPoolClient').id });
    expect(outputs.ApiEndpoint!.Value).toEqual({ 'Fn::GetAtt': [only(template, 'AWS::ApiGatewayV2::Api').id, 'ApiEndpoint'] });
    expect(JSON.stringify(outputs.WebUrl!.Value)).toContain(only(template, 'AWS::CloudFront::Distribution').id);
  });

  it('has no dependency cycle CloudFormation would refuse (the client names the distribution, /config.json names the client)', () => {
    const resources = portalTemplate().template.toJSON().Resources as Record<string, { DependsOn?: string[]; Properties?: unknown }>;
    const referenced = (value: unknown, into: Set<string>): Set<string> => {
      if (Array.isArray(value)) value.forEach((v) => referenced(v, into));
      else if (value && typeof value === 'object') {
        const v = value as Record<string, unknown>;
        if (typeof v.Ref === 'string' && v.Ref in resources) into.add(v.Ref);
        const att = v['Fn::GetAtt'] as string[] | undefined;
        if (att && att[0]! in resources) into.add(att[0]!);
        Object.values(v).forEach((x) => referenced(x, into));
      }
      return into;
    };
    const needs = Object.fromEntries(Object.entries(resources).map(([id, r]) => [id, [...referenced(r.Properties, new Set(r.DependsOn ?? []))]]));
    const state: Record<string, 'visiting' | 'done'> = {};
    const visit = (id: string, path: string[]) => {
      if (state[id] === 'done') return;
      if (state[id] === 'visiting') throw new Error(`cycle: ${[...path, id].join(' -> ')}`);
      state[id] = 'visiting';
      for (const next of needs[id]!) visit(next, [...path, id]);
      state[id] = 'done';
    };
    expect(() => Object.keys(needs).forEach((id) => visit(id, []))).not.toThrow();
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
