import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Template } from 'aws-cdk-lib/assertions';
import { webConfigSchema } from '../../shared/auth/web-config';
import { WEB_CONFIG_KEY } from '../../infra/constructs/web';
import { only, portalTemplate, tempDir, type CfnResource } from './support';

const out = tempDir('portal-web-config-');
let template: Template;
let pages: CfnResource;

beforeAll(() => {
  template = portalTemplate({ outdir: out.path }).template;
  const deployments = Object.values(template.findResources('Custom::CDKBucketDeployment')) as CfnResource[];
  pages = deployments.find((d) => d.Properties.Exclude?.includes('assets/*'))!;
});
afterAll(() => out.remove());

/**
 * The file the pages deployment writes, as the browser will read it: the staged asset's text with each
 * deploy-time marker replaced by what CloudFormation would resolve it to (sample values here).
 */
function deployedConfig(values: Record<string, string>): unknown {
  const index = (pages.Properties.SourceObjectKeys as string[]).findIndex((_, i) => Object.keys(pages.Properties.SourceMarkers[i]).length > 0);
  const hash = (pages.Properties.SourceObjectKeys[index] as string).replace(/\.zip$/, '');
  const file = join(out.path, `asset.${hash}`, WEB_CONFIG_KEY);
  expect(existsSync(file), file).toBe(true);
  let text = readFileSync(file, 'utf8');
  for (const [marker, token] of Object.entries(pages.Properties.SourceMarkers[index] as Record<string, { Ref: string }>)) {
    const value = values[token.Ref];
    expect(value, `a sample value for ${JSON.stringify(token)}`).toBeDefined();
    text = text.replaceAll(marker, value!);
  }
  return JSON.parse(text);
}

describe('/config.json in the site bucket', () => {
  it('tells the web app to sign in with the user pool’s OpenID issuer, its app client and the managed login sign-out', () => {
    const pool = only(template, 'AWS::Cognito::UserPool').id;
    const client = only(template, 'AWS::Cognito::UserPoolClient').id;
    const domain = only(template, 'AWS::Cognito::UserPoolDomain').id;
    const config = deployedConfig({
      'AWS::Region': 'ap-northeast-1',
      'AWS::URLSuffix': 'amazonaws.com',
      [pool]: 'ap-northeast-1_AbCdEf123',
      [client]: '4example0clientid0abcdefgh',
      [domain]: 'kanagawa-dx-portal-1a2b3c4d',
    });
    expect(webConfigSchema.parse(config)).toEqual({
      auth: {
        authority: 'https://cognito-idp.ap-northeast-1.amazonaws.com/ap-northeast-1_AbCdEf123',
        clientId: '4example0clientid0abcdefgh',
        signOutEndpoint: 'https://kanagawa-dx-portal-1a2b3c4d.auth.ap-northeast-1.amazoncognito.com/logout',
        provider: 'cognito',
      },
    });
  });

  it('is published with index.html: revalidated on every load, never pruned', () => {
    expect(pages.Properties.SystemMetadata['cache-control']).toBe('no-cache');
    expect(pages.Properties.Prune).toBe(false);
    expect(pages.Properties.Exclude).toEqual(['assets/*']);
    expect(pages.Properties.Include).toBeUndefined();
    // The assets deployment does not prune either, so it never deletes config.json.
    for (const d of Object.values(template.findResources('Custom::CDKBucketDeployment'))) expect(d.Properties.Prune).toBe(false);
  });

  it('is served by CloudFront as a file (it has an extension, so the SPA rewrite leaves it alone)', () => {
    expect(WEB_CONFIG_KEY).toBe('config.json');
    const code = only(template, 'AWS::CloudFront::Function').Properties.FunctionCode as string;
    const handler = new Function(`${code}; return handler;`)() as (e: { request: { uri: string } }) => { uri: string };
    expect(handler({ request: { uri: `/${WEB_CONFIG_KEY}` } }).uri).toBe('/config.json');
  });
});
