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

/**
 * The API's Lambda bundle as deployed, and its module init: the
 * self-contained bundle (AWS SDK included, as a cold start loads it either
 * way) imported by a fresh Node process, `runs` times; the median.
 */
export async function measureColdStart(runs = 7) {
  const deployed = await lambdaBundleBytes();
  const selfContained = await lambdaBundleBytes('functions/lambda.ts', true);
  const dir = mkdtempSync(join(tmpdir(), 'bench-init-'));
  try {
    const file = join(dir, 'index.mjs');
    writeFileSync(file, selfContained.code);
    const probe = `const t = performance.now(); await import(${JSON.stringify(pathToFileURL(file).href)}); console.log(performance.now() - t);`;
    const inits = Array.from({ length: runs }, () =>
      Number(execFileSync(process.execPath, ['--no-warnings', '--input-type=module', '-e', probe], { encoding: 'utf8', env: { ...process.env, ...AS_DEPLOYED } }).trim()),
    );
    return { deployed, selfContained, initMs: percentile(inits, 50) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
