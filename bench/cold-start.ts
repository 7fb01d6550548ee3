import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeBundle } from '../infra/bundling/function-bundle';
import { lambdaBundleBytes } from './sizes';
import { percentile } from './stats';

/** The settings the stack gives the API function (placeholder values): without them its init refuses to start. */
const AS_DEPLOYED = {
  AUTH_MODE: 'cognito',
  TABLE_NAME: 'bench',
  COGNITO_USER_POOL_ID: 'ap-northeast-1_bench',
  COGNITO_CLIENT_ID: 'bench',
  FILE_STORE: 's3',
  ATTACHMENTS_BUCKET: 'bench',
  CURSOR_SECRET: 'bench-cursor-secret-0123456789abcdef',
};

/** An API Gateway (HTTP API) event for `path`: enough for hono/aws-lambda. */
const eventFor = (path: string, query = '') => ({
  version: '2.0', routeKey: '$default', rawPath: path, rawQueryString: query, headers: { host: 'localhost' },
  requestContext: { http: { method: 'GET', path, sourceIp: '127.0.0.1' }, domainName: 'localhost', stage: '$default', requestId: 'bench', timeEpoch: 0 },
  isBase64Encoded: false,
});

/**
 * Milliseconds a fresh Node process takes to import `file` (module init: parse, compile, top-level code) and,
 * given an event, to answer it too: the first request of a cold start, which builds the routes it needs.
 */
function initMs(file: string, event?: object): number {
  const call = event ? `const r = await m.handler(${JSON.stringify(event)}, {}); if (!r.statusCode) throw new Error('no answer');` : '';
  const probe = `const t = performance.now(); const m = await import(${JSON.stringify(pathToFileURL(file).href)}); ${call} console.log(performance.now() - t);`;
  return Number(execFileSync(process.execPath, ['--no-warnings', '--input-type=module', '-e', probe], { encoding: 'utf8', env: { ...process.env, ...AS_DEPLOYED } }).trim());
}

/** Requests that touch no table, so a fresh process can answer them without DynamoDB. */
const FIRST_REQUESTS = {
  // Validated by the open-data feature, refused before any read: the feature's chunk and routes are built.
  oneFeature: eventFor('/api/open-data/plan-results.json', 'planId=kanagawa-dx&fiscalYear=R6'),
  // The API document: every feature is built.
  everyFeature: eventFor('/api/openapi.json'),
};

/**
 * The API's Lambda bundle as deployed, and its module init beside that of a
 * minimal Hono + DynamoDB document client app (bench/fixtures/minimal-lambda.ts)
 * bundled the same way, the AWS SDK included as a cold start loads it either
 * way. The two are imported alternately by fresh processes, `runs` times each,
 * so a busy or slow machine slows both alike: the ratio holds on any machine.
 */
export async function measureColdStart(runs = 9) {
  const deployed = await lambdaBundleBytes();
  const selfContained = await lambdaBundleBytes('functions/lambda.ts', true);
  const minimal = await lambdaBundleBytes('bench/fixtures/minimal-lambda.ts', true);
  const dir = mkdtempSync(join(tmpdir(), 'bench-init-'));
  try {
    const portalFile = writeBundle(join(dir, 'portal'), selfContained.files);
    const minimalFile = writeBundle(join(dir, 'minimal'), minimal.files);
    initMs(portalFile); // warm the disk cache for both
    initMs(minimalFile);
    const portal: number[] = [];
    const baseline: number[] = [];
    for (let i = 0; i < runs; i++) {
      portal.push(initMs(portalFile));
      baseline.push(initMs(minimalFile));
    }
    const initMsMedian = percentile(portal, 50);
    const minimalMs = percentile(baseline, 50);
    const firstRequest = (event: object) => percentile(Array.from({ length: runs }, () => initMs(portalFile, event)), 50);
    return {
      deployed, selfContained, minimal, initMs: initMsMedian, minimalMs, ratio: initMsMedian / minimalMs,
      withOneFeatureMs: firstRequest(FIRST_REQUESTS.oneFeature),
      withEveryFeatureMs: firstRequest(FIRST_REQUESTS.everyFeature),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
