/**
 * `npm run bench`: prints latency and size figures of the local stack.
 * API p50/p99 of the summary and the measures list, the raw DynamoDB Local
 * time of the same queries in the same run, their ratio, and bundle sizes.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { overrideConfig } from '../functions/config';
import { startDynamoDbLocal } from '../functions/local/dynamodb-local';
import { startLocalServer } from '../functions/local/server';
import { ensureTable } from '../functions/repositories/create-table';
import { getPlanStructure } from '../functions/repositories/plans';
import { listYearResults } from '../functions/repositories/results';
import { seedLocalData } from '../scripts/seed';
import { lambdaBundleBytes, webInitialJs } from './sizes';
import { kb, ms, percentile, timeRuns } from './stats';

const RUNS = Number(process.env.BENCH_RUNS ?? 300);

const dynamo = await startDynamoDbLocal();
overrideConfig({ dynamodbEndpoint: dynamo.endpoint, tableName: 'bench', authMode: 'local' });
await ensureTable('bench');
await seedLocalData();
const server = await startLocalServer({ port: 0 });

try {
  const tokenRes = await fetch(`${server.url}/api/auth/local/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId: 'council' }),
  });
  const { token } = (await tokenRes.json()) as { token: string };
  const get = async (path: string) => {
    const res = await fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
    if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
    await res.arrayBuffer();
  };
  // Both endpoints read the plan's structure and the year's results: two Queries, in parallel.
  const rawQueries = () => Promise.all([getPlanStructure('140007', 'kanagawa-dx'), listYearResults('140007', 'kanagawa-dx', 2024)]);

  const endpoints = [
    ['summary', '/api/plans/kanagawa-dx/years/2024/summary'],
    ['measures list (50)', '/api/plans/kanagawa-dx/years/2024/measures?limit=50'],
  ] as const;

  console.log(`\n== latency, local stack, ${RUNS} sequential requests each (DynamoDB Local in memory, 225 measures) ==`);
  console.log('endpoint             | API p50   | API p99   | raw DDB p50 | raw DDB p99 | ratio p50');
  for (const [name, path] of endpoints) {
    const api = await timeRuns(() => get(path), RUNS);
    const raw = await timeRuns(rawQueries, RUNS);
    const ratio = percentile(api, 50) / percentile(raw, 50);
    console.log(
      `${name.padEnd(20)} | ${ms(percentile(api, 50)).padEnd(9)} | ${ms(percentile(api, 99)).padEnd(9)} | ` +
        `${ms(percentile(raw, 50)).padEnd(11)} | ${ms(percentile(raw, 99)).padEnd(11)} | ${ratio.toFixed(2)}`,
    );
  }

  const lambda = await lambdaBundleBytes();
  const withSdk = await lambdaBundleBytes(true);
  // Init is timed on the self-contained bundle, so the SDK's load counts as it does in a cold start.
  const dir = mkdtempSync(join(tmpdir(), 'bench-'));
  writeFileSync(join(dir, 'lambda.mjs'), withSdk.code);
  const initStart = performance.now();
  await import(join(dir, 'lambda.mjs'));
  const initMs = performance.now() - initStart;
  rmSync(dir, { recursive: true, force: true });
  const web = webInitialJs();

  console.log('\n== sizes ==');
  console.log(`Lambda bundle as deployed (esbuild, ESM, minified, AWS SDK from the runtime): ${kb(lambda.bytes)} (${kb(lambda.gzipBytes)} gzipped)`);
  console.log(`  with the AWS SDK bundled too: ${kb(withSdk.bytes)} (${kb(withSdk.gzipBytes)} gzipped)`);
  console.log(`Lambda module init (import of the bundle, this machine): ${ms(initMs)}`);
  console.log(`Web initial JS, gzipped: ${kb(web.gzipBytes)} (${web.files.join(', ')}); all JS chunks gzipped: ${kb(web.allGzipBytes)}`);
} finally {
  await server.close();
  await dynamo.stop();
}
