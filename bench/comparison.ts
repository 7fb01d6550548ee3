/**
 * Comparison latency for Kanagawa's 33
 * municipalities in a table that holds only Kanagawa, and in one that holds a
 * synthetic national dataset (47 prefectures, 1,741 municipalities, 20
 * measures × 24 months). The comparison is one Query on one partition, so its
 * latency must not grow with the table.
 */
import { pathToFileURL } from 'node:url';
import { overrideConfig } from '../functions/platform/config';
import { startDynamoDbLocal } from '../functions/local/dynamodb-local';
import { startLocalServer } from '../functions/local/server';
import { batchPut } from '../functions/platform/db/batch';
import { ensureTable } from '../functions/platform/db/create-table';
import { putSharedMeasures } from '../functions/features/shared-measures/shared-measures.table';
import { listTrendValues, putSampleValues } from '../functions/features/shared-measures/shared-values.table';
import { forgetReferenceData } from '../functions/platform/db/reference-cache';
import { sharedMeasureSchema } from '../shared/shared-measures/definition';
import { readOrganisations, seedPeople } from '../scripts/seed';
import { MUNICIPALITIES, nationalOrganisations, syntheticValues } from './national-dataset';
import { ms, percentile, timeRuns } from './stats';

const MEASURES = Number(process.env.BENCH_MEASURES ?? 20);
const MONTHS = Number(process.env.BENCH_MONTHS ?? 24);
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
/** The national table takes minutes to load: BENCH_NATIONAL=0 leaves it out. */
const NATIONAL = process.env.BENCH_NATIONAL !== '0';
const CONCURRENCY = 8;
const TARGET = `bench-measure-${Math.min(7, MEASURES - 1)}`;

const kanagawaOrgs = readOrganisations();
const kanagawaCodes = kanagawaOrgs.filter((o) => o.kind !== 'prefecture').map((o) => o.code);
const catalogue = Array.from({ length: MEASURES }, (_, m) =>
  sharedMeasureSchema.parse({
    id: `bench-measure-${m}`,
    category: { ja: 'ベンチ', en: 'Bench' },
    name: { ja: `指標${m}`, en: `Measure ${m}` },
    definition: { ja: '合成データ', en: 'Synthetic' },
    valueType: 'number',
    direction: 'higher',
    period: 'month',
    reportedBy: 'municipality',
    order: m,
  }),
);

async function load(prefectures: { prefCode: string; orgCodes: string[] }[]): Promise<number> {
  let written = 0;
  const started = performance.now();
  for (const { prefCode, orgCodes } of prefectures) {
    const values = [...syntheticValues(orgCodes, MEASURES, MONTHS)];
    const chunk = Math.ceil(values.length / CONCURRENCY);
    await Promise.all(Array.from({ length: CONCURRENCY }, (_, i) => putSampleValues(prefCode, values.slice(i * chunk, (i + 1) * chunk))));
    written += values.length;
    process.stderr.write(`\r  loaded ${written.toLocaleString()} values (${Math.round(written / ((performance.now() - started) / 1000))}/s)   `);
  }
  process.stderr.write('\n');
  return written;
}

async function measure(tableName: string, endpoint: string, prefectures: { prefCode: string; orgCodes: string[] }[]) {
  overrideConfig({ dynamodbEndpoint: endpoint, tableName, authMode: 'local' });
  forgetReferenceData();
  await ensureTable(tableName);
  // The organisations and the demo users: every token is checked against its user's record.
  await seedPeople();
  await putSharedMeasures('140007', catalogue);
  const items = await load(prefectures);
  const server = await startLocalServer({ port: 0 });
  try {
    const { token } = (await (
      await fetch(`${server.url}/api/auth/local/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userId: 'pref-staff' }) })
    ).json()) as { token: string };
    const path = `/api/shared-measures/${TARGET}/periods/2024-08/comparison`;
    const api = await timeRuns(async () => {
      const res = await fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
      if (res.status !== 200) throw new Error(`${res.status} ${await res.text()}`);
      const body = (await res.json()) as { rows: unknown[] };
      if (body.rows.length !== 33) throw new Error(`expected 33 rows, got ${body.rows.length}`);
    }, RUNS);
    // The endpoint's one Query: this month and the one before it, every municipality.
    const raw = await timeRuns(() => listTrendValues('140007', TARGET, '2024-07', '2024-08'), RUNS);
    return { items, api, raw };
  } finally {
    await server.close();
  }
}

/** Prints the comparison's latency with Kanagawa alone in the table, and with the national dataset. */
export async function benchComparisonAtScale(): Promise<void> {
  const dynamo = await startDynamoDbLocal();
  try {
    const national = nationalOrganisations(kanagawaCodes);
    const totalOrgs = national.reduce((s, p) => s + p.orgCodes.length, 0);
    if (totalOrgs !== MUNICIPALITIES) throw new Error(`synthetic dataset has ${totalOrgs} municipalities`);
    console.error('Kanagawa only (33 municipalities):');
    const results: (readonly [string, Awaited<ReturnType<typeof measure>>])[] = [['33 municipalities (Kanagawa)', await measure('bench-kanagawa', dynamo.endpoint, national.filter((p) => p.prefCode === '140007'))] as const];
    if (NATIONAL) {
      console.error(`National (${national.length} prefectures, ${totalOrgs} municipalities):`);
      results.push([`${MUNICIPALITIES} municipalities (47 prefectures)`, await measure('bench-national', dynamo.endpoint, national)] as const);
    }
    console.log(`\n== comparison of Kanagawa's 33 municipalities (one measure, one month), ${RUNS} sequential requests ==`);
    console.log('table holds                         | values in table | API p50   | API p99   | Query p50 | Query p99');
    for (const [label, r] of results) {
      console.log(
        `${label.padEnd(35)} | ${r.items.toLocaleString().padStart(15)} | ${ms(percentile(r.api, 50)).padEnd(9)} | ${ms(percentile(r.api, 99)).padEnd(9)} | ` +
          `${ms(percentile(r.raw, 50)).padEnd(9)} | ${ms(percentile(r.raw, 99))}`,
      );
    }
    const [small, large] = [results[0]?.[1], results[1]?.[1]];
    if (small && large) {
      console.log(`p50 ratio national/Kanagawa: API ${(percentile(large.api, 50) / percentile(small.api, 50)).toFixed(2)}, Query ${(percentile(large.raw, 50) / percentile(small.raw, 50)).toFixed(2)}`);
    }
  } finally {
    await dynamo.stop();
  }
}

// Also runnable alone: `npx tsx bench/comparison.ts`.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await benchComparisonAtScale();
