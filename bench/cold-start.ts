import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
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

/** Milliseconds a fresh Node process takes to import `file` (module init: parse, compile, top-level code). */
function initMs(file: string): number {
  const probe = `const t = performance.now(); await import(${JSON.stringify(pathToFileURL(file).href)}); console.log(performance.now() - t);`;
  return Number(execFileSync(process.execPath, ['--no-warnings', '--input-type=module', '-e', probe], { encoding: 'utf8', env: { ...process.env, ...AS_DEPLOYED } }).trim());
}

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
    const portalFile = join(dir, 'portal.mjs');
    const minimalFile = join(dir, 'minimal.mjs');
    writeFileSync(portalFile, selfContained.code);
    writeFileSync(minimalFile, minimal.code);
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
    return { deployed, selfContained, minimal, initMs: initMsMedian, minimalMs, ratio: initMsMedian / minimalMs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
