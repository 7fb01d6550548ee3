import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { buildPortalApp } from '../../infra/portal-stack';
import { tempDir } from './support';

describe('Lambda bundling', () => {
  it('bundles functions/lambda.ts with the local esbuild into a small minified ESM asset', () => {
    const out = tempDir('portal-bundle-');
    try {
      // No skip context: NodejsFunction runs node_modules/.bin/esbuild (no Docker).
      const { app, stack } = buildPortalApp({ outdir: out.path });
      app.synth();
      const fns = Template.fromStack(stack).findResources('AWS::Lambda::Function', {
        Properties: { Environment: { Variables: Match.objectLike({ AUTH_MODE: 'cognito' }) } },
      });
      const code = Object.values(fns)[0]!.Properties.Code as { S3Key: string };
      const hash = /^([0-9a-f]{64})\.zip$/.exec(code.S3Key)?.[1];
      expect(hash, JSON.stringify(code)).toBeDefined();

      const assetDir = join(out.path, `asset.${hash}`);
      const bundle = join(assetDir, 'index.mjs');
      expect(existsSync(bundle)).toBe(true);
      expect(existsSync(`${bundle}.map`)).toBe(true);
      const text = readFileSync(bundle, 'utf8');
      // ESM with the createRequire banner, the handler exported, the AWS SDK left to the runtime.
      expect(text.startsWith("import { createRequire } from 'module';")).toBe(true);
      expect(text).toMatch(/export\s*\{[^}]*\bas handler\b[^}]*\}/);
      expect(text).toMatch(/from\s*"@aws-sdk\/client-dynamodb"/);
      // Minified: a few very long lines, and under 1.5 MB.
      expect(text.split('\n').length).toBeLessThan(100);
      expect(statSync(bundle).size).toBeLessThan(1.5 * 1024 * 1024);
      const assets = JSON.parse(readFileSync(join(out.path, 'KanagawaDxPortal.assets.json'), 'utf8')) as { files: Record<string, { source: { path: string; packaging: string } }> };
      expect(assets.files[hash!]?.source).toEqual({ path: `asset.${hash}`, packaging: 'zip' });
    } finally {
      out.remove();
    }
  });
});
