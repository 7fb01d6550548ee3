import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2, Context } from 'aws-lambda';
import { bundleFunctionInMemory } from '../../infra/bundling/function-bundle';
import { describe, expect, it, onTestFinished } from 'vitest';
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

  it('the bundle keeps what it trimmed from zod working: a bad request is answered with field messages in Japanese and English', async () => {
    const out = tempDir('portal-bundle-run-');
    try {
      // Self-contained (SDK included) so it runs from a directory without node_modules.
      const file = join(out.path, 'index.mjs');
      writeFileSync(file, await bundleFunctionInMemory('functions/lambda.ts', { withSdk: true }));
      // Local sign-in is the one public route that validates a body; it exists only when chosen (and keys its tokens in DATA_DIR).
      const before = { AUTH_MODE: process.env.AUTH_MODE, DATA_DIR: process.env.DATA_DIR };
      Object.assign(process.env, { AUTH_MODE: 'local', DATA_DIR: out.path });
      onTestFinished(() => void Object.entries(before).forEach(([k, v]) => (v === undefined ? delete process.env[k] : (process.env[k] = v))));
      const { handler } = (await import(pathToFileURL(file).href)) as { handler: (e: APIGatewayProxyEventV2, c: Context) => Promise<APIGatewayProxyResultV2> };
      const event = {
        version: '2.0',
        routeKey: '$default',
        rawPath: '/api/auth/local/token',
        rawQueryString: '',
        headers: { 'content-type': 'application/json', host: 'localhost' },
        requestContext: { http: { method: 'POST', path: '/api/auth/local/token', sourceIp: '127.0.0.1' }, domainName: 'localhost', stage: '$default', requestId: 'r1', timeEpoch: Date.now() },
        body: JSON.stringify({ userId: 5 }),
        isBase64Encoded: false,
      } as unknown as APIGatewayProxyEventV2;
      const res = (await handler(event, {} as Context)) as { statusCode: number; body: string };
      expect(res.statusCode).toBe(400);
      expect(JSON.parse(res.body).error.fields).toEqual([
        { path: 'userId', message: { ja: '文字列を入力してください（数値が入力されています）。', en: 'Invalid input: expected string, received number' } },
      ]);
    } finally {
      out.remove();
    }
  });
});
