import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2, Context } from 'aws-lambda';
import { bundleFunctionInMemory, writeBundle } from '../../infra/bundling/function-bundle';
import { describe, expect, it, onTestFinished } from 'vitest';
import { Template } from 'aws-cdk-lib/assertions';
import { buildPortalApp } from '../../infra/portal-stack';
import { tempDir } from './support';

describe('Lambda bundling', () => {
  it('bundles the API, user administration and the reminder job with the local esbuild into small minified ESM assets, the AWS SDK loaded lazily where it can be', () => {
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
        const dir = join(out.path, `asset.${hash}`);
        const bundle = join(dir, 'index.mjs');
        expect(existsSync(bundle)).toBe(true);
        expect(existsSync(`${bundle}.map`)).toBe(true);
        const assets = JSON.parse(readFileSync(join(out.path, 'KanagawaDxPortal.assets.json'), 'utf8')) as { files: Record<string, { source: { path: string; packaging: string } }> };
        expect(assets.files[hash!]?.source).toEqual({ path: `asset.${hash}`, packaging: 'zip' });
        // The entry, then the chunks it imports on first use (functions/platform/http/lazy-feature.ts).
        const files = [bundle, ...readdirSync(dir).filter((f) => f !== 'index.mjs' && f.endsWith('.mjs')).map((f) => join(dir, f))];
        const texts = files.map((f) => readFileSync(f, 'utf8'));
        // What a cold start loads: the entry and every file it imports statically, transitively (not `import("…")`).
        const coldStart = new Set<string>();
        const load = (file: string) => {
          if (coldStart.has(file)) return;
          coldStart.add(file);
          const text = readFileSync(join(dir, file), 'utf8');
          for (const m of text.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^"'()]*?\bfrom\s*)?["']\.\/([^"']+\.mjs)["']/g)) load(m[1]!);
        };
        load('index.mjs');
        const atColdStart = [...coldStart].map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
        return { entry: texts[0]!, texts, all: texts.join('\n'), atColdStart, size: files.reduce((sum, f) => sum + statSync(f).size, 0), chunks: files.length - 1 };
      };
      const api = bundleOf(stack.getLogicalId(stack.api.handler.node.defaultChild as never));
      const reminders = bundleOf(stack.getLogicalId(stack.reminders.handler.node.defaultChild as never));
      const users = bundleOf(stack.getLogicalId(stack.api.usersHandler.node.defaultChild as never));
      for (const { entry, texts, all, size } of [api, reminders, users]) {
        // ESM, the handler exported, the AWS SDK left to the runtime. A file that calls require() defines it on
        // its first line; with the SDK left out, no deployed file needs to.
        for (const text of texts) expect(text.includes('Dynamic require of "')).toBe(text.startsWith("import { createRequire } from 'module';"));
        expect(entry).toMatch(/export\s*\{[^}]*\bas handler\b[^}]*\}/);
        expect(all).toMatch(/from\s*"@aws-sdk\/client-dynamodb"/);
        // Minified: a few very long lines a file, and under 1.5 MB in all.
        for (const text of texts) expect(text.split('\n').length).toBeLessThan(100);
        expect(size).toBeLessThan(1.5 * 1024 * 1024);
      }
      // Each feature's routes are a chunk of their own, loaded by the first request that needs them.
      expect(api.chunks).toBeGreaterThanOrEqual(9);
      expect(api.entry).not.toMatch(/\/api\/joint-projects\/\{projectId\}/);
      expect(api.all).toMatch(/\/api\/joint-projects\/\{projectId\}/);
      // Local mode's code (demo sign-in, local file links, the data directory's secret) is not deployed.
      expect(api.all).not.toMatch(/pref-admin|local-secret|\/api\/auth\/local/);
      // S3 (attachments) and SES (reminders) are imported when first used, not at cold start.
      expect(api.all).toMatch(/import\(\s*"@aws-sdk\/client-s3"\s*\)/);
      expect(api.all).not.toMatch(/from\s*"@aws-sdk\/client-s3"/);
      expect(reminders.all).toMatch(/import\(\s*"@aws-sdk\/client-sesv2"\s*\)/);
      // User administration: the same app, without local mode; Cognito's admin client is in it, but in a chunk only the
      // first call that needs it loads (functions/features/users/directory.ts), not at cold start.
      expect(users.all).not.toMatch(/pref-admin|local-secret|\/api\/auth\/local/);
      expect(users.all).toMatch(/"@aws-sdk\/client-cognito-identity-provider"/);
      expect(users.atColdStart).toMatch(/"@aws-sdk\/client-dynamodb"/);
      for (const { atColdStart } of [api, users]) expect(atColdStart).not.toMatch(/"@aws-sdk\/client-cognito-identity-provider"/);
    } finally {
      out.remove();
    }
  });

  it('the bundle keeps what it trimmed from zod working: a bad request is answered with field messages in Japanese and English', async () => {
    const out = tempDir('portal-bundle-run-');
    try {
      // Self-contained (SDK included) so it runs from a directory without node_modules.
      const file = writeBundle(out.path, await bundleFunctionInMemory('functions/lambda.ts', { withSdk: true }));
      // As deployed (the stack's settings, placeholder values); open data is public and validates its query.
      const deployed = {
        AUTH_MODE: 'cognito', TABLE_NAME: 'bundle-test', COGNITO_USER_POOL_ID: 'ap-northeast-1_test', COGNITO_CLIENT_ID: 'test',
        FILE_STORE: 's3', ATTACHMENTS_BUCKET: 'test', CURSOR_SECRET: 'bundle-test-cursor-secret-0123456789',
      };
      const before = Object.fromEntries(Object.keys(deployed).map((k) => [k, process.env[k]]));
      Object.assign(process.env, deployed);
      onTestFinished(() => void Object.entries(before).forEach(([k, v]) => (v === undefined ? delete process.env[k] : (process.env[k] = v))));
      const { handler } = (await import(pathToFileURL(file).href)) as { handler: (e: APIGatewayProxyEventV2, c: Context) => Promise<APIGatewayProxyResultV2> };
      const request = (method: string, path: string, query = '', body?: unknown) =>
        handler(
          {
            version: '2.0',
            routeKey: '$default',
            rawPath: path,
            rawQueryString: query,
            headers: { 'content-type': 'application/json', host: 'localhost' },
            requestContext: { http: { method, path, sourceIp: '127.0.0.1' }, domainName: 'localhost', stage: '$default', requestId: 'r1', timeEpoch: Date.now() },
            body: body === undefined ? undefined : JSON.stringify(body),
            isBase64Encoded: false,
          } as unknown as APIGatewayProxyEventV2,
          {} as Context,
        ) as Promise<{ statusCode: number; body: string }>;
      // Local sign-in is not in the deployed bundle at all: its route does not exist.
      expect((await request('POST', '/api/auth/local/token', '', { userId: 'pref-admin' })).statusCode).toBe(404);
      const res = await request('GET', '/api/open-data/plan-results.json', 'planId=kanagawa-dx&fiscalYear=R6');
      expect(res.statusCode).toBe(400);
      expect(JSON.parse(res.body).error.fields).toEqual([
        { path: 'fiscalYear', message: { ja: '数値を入力してください（NaN（数値でない値）が入力されています）。', en: 'Invalid input: expected number, received NaN' } },
      ]);
      // What the bundling trims or splits (zod's JSON Schema, each feature's chunk) leaves the API document as built from source.
      const { overrideConfig } = await import('../../functions/platform/config');
      const { createApp } = await import('../../functions/app');
      overrideConfig({ authMode: 'cognito', fileStore: 's3' });
      const fromSource = await (await createApp().request('/api/openapi.json')).json();
      const bundled = await request('GET', '/api/openapi.json');
      expect(bundled.statusCode).toBe(200);
      expect(JSON.parse(bundled.body)).toEqual(fromSource);
      expect(Object.keys((fromSource as { paths: object }).paths).length).toBeGreaterThan(40);
    } finally {
      out.remove();
    }
  });
});
