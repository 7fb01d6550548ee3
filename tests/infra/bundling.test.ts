import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Template } from 'aws-cdk-lib/assertions';
import { buildPortalApp } from '../../infra/portal-stack';
import { tempDir } from './support';

describe('Lambda bundling', () => {
  it('bundles the API and the reminder job with the local esbuild into small minified ESM assets, the AWS SDK loaded lazily where it can be', () => {
    const out = tempDir('portal-bundle-');
    try {
      // No skip context: NodejsFunction runs node_modules/.bin/esbuild (no Docker).
      const { app, stack } = buildPortalApp({ outdir: out.path });
      app.synth();
      const template = Template.fromStack(stack);
      const bundleOf = (logicalId: string) => {
        const code = template.toJSON().Resources[logicalId].Properties.Code as { S3Key: string };
        const hash = /^([0-9a-f]{64})\.zip$/.exec(code.S3Key)?.[1];
        expect(hash, JSON.stringify(code)).toBeDefined();
        const bundle = join(out.path, `asset.${hash}`, 'index.mjs');
        expect(existsSync(bundle)).toBe(true);
        expect(existsSync(`${bundle}.map`)).toBe(true);
        const assets = JSON.parse(readFileSync(join(out.path, 'KanagawaDxPortal.assets.json'), 'utf8')) as { files: Record<string, { source: { path: string; packaging: string } }> };
        expect(assets.files[hash!]?.source).toEqual({ path: `asset.${hash}`, packaging: 'zip' });
        return { text: readFileSync(bundle, 'utf8'), size: statSync(bundle).size };
      };
      const api = bundleOf(stack.getLogicalId(stack.api.handler.node.defaultChild as never));
      const reminders = bundleOf(stack.getLogicalId(stack.reminders.handler.node.defaultChild as never));
      for (const { text, size } of [api, reminders]) {
        // ESM with the createRequire banner, the handler exported, the AWS SDK left to the runtime.
        expect(text.startsWith("import { createRequire } from 'module';")).toBe(true);
        expect(text).toMatch(/export\s*\{[^}]*\bas handler\b[^}]*\}/);
        expect(text).toMatch(/from\s*"@aws-sdk\/client-dynamodb"/);
        // Minified: a few very long lines, and under 1.5 MB.
        expect(text.split('\n').length).toBeLessThan(100);
        expect(size).toBeLessThan(1.5 * 1024 * 1024);
      }
      // S3 (attachments) and SES (reminders) are imported when first used, not at cold start.
      expect(api.text).toMatch(/import\(\s*"@aws-sdk\/client-s3"\s*\)/);
      expect(api.text).not.toMatch(/from\s*"@aws-sdk\/client-s3"/);
      expect(reminders.text).toMatch(/import\(\s*"@aws-sdk\/client-sesv2"\s*\)/);
    } finally {
      out.remove();
    }
  });
});
