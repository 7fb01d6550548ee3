/**
 * `npm run bench`: every figure of the local stack in one run — handler
 * overhead against raw DynamoDB Local, DynamoDB round trips per endpoint,
 * the Lambda bundle and its module init, the web's initial JS, the
 * dashboard's first contentful paint in headless Chromium, and the
 * comparison at 33 and at 1,741 municipalities (BENCH_NATIONAL=0 skips the
 * national table, which takes minutes to load). Goals are printed beside
 * each figure.
 */
import { benchComparisonAtScale } from './comparison';
import { measureColdStart } from './cold-start';
import { measureDashboardPaint } from './first-paint';
import { measureHandlerOverhead, ratio } from './latency';
import { startBenchPortal } from './local-portal';
import { countRoundTrips } from './round-trips';
import { webChunk, webInitialJs } from './sizes';
import { benchValuesTemplate, valuesTemplateLine } from './values-template';
import { kb, ms, percentile } from './stats';

const RUNS = Number(process.env.BENCH_RUNS ?? 300);
const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');

const portal = await startBenchPortal();
try {
  console.log(`\n== handler overhead: ${RUNS} requests each way, interleaved (DynamoDB Local in memory, 225 measures); goal p50 ratio ≤ 1.2 ==`);
  console.log('endpoint           | raw DDB p50/p99      | handler p50/p99      | over HTTP p50/p99    | handler/raw | HTTP/raw');
  for (const r of await measureHandlerOverhead(portal, RUNS)) {
    const pair = (s: number[]) => `${ms(percentile(s, 50))} / ${ms(percentile(s, 99))}`.padEnd(20);
    console.log(
      `${r.endpoint.padEnd(18)} | ${pair(r.raw)} | ${pair(r.handler)} | ${pair(r.http)} | ${ratio(r.handler, r.raw).toFixed(2)} ${verdict(ratio(r.handler, r.raw) <= 1.2).padEnd(6)} | ${ratio(r.http, r.raw).toFixed(2)}`,
    );
  }

  console.log('\n== DynamoDB round trips per request (warm process); goal ≤ 2 ==');
  console.log('calls | waves | first | status | request');
  for (const r of await countRoundTrips(portal)) {
    console.log(`${String(r.warm).padStart(5)} | ${String(r.waves).padStart(5)} | ${String(r.first).padStart(5)} | ${String(r.status).padStart(6)} | ${r.endpoint}${r.warm > 2 ? '  (over the goal)' : ''}`);
  }
  console.log('(waves: calls that had to wait for an earlier one; calls made in parallel share a wave. first: the first request of a process, before reference data is cached.)');

  const paint = await measureDashboardPaint(portal);
  console.log(`\n== dashboard in headless Chromium, fresh context each visit (median of ${paint.visits}); goal FCP ≤ 1 s ==`);
  console.log(`first contentful paint ${ms(paint.fcp)} (${verdict(paint.fcp <= 1000)}); figures on screen ${ms(paint.ready)}`);
} finally {
  await portal.stop();
}

const cold = await measureColdStart();
const web = webInitialJs();
console.log('\n== sizes and cold start ==');
console.log(`Lambda bundle as deployed (infra/bundling: esbuild, ESM, minified, AWS SDK from the runtime): ${kb(cold.deployed.bytes)} (${kb(cold.deployed.gzipBytes)} gzipped; entry ${kb(cold.deployed.entryBytes)} and ${cold.deployed.chunks} chunks loaded on first use); goal ≤ 400 KB: ${verdict(cold.deployed.bytes <= 400 * 1024)}`);
console.log(`Lambda module init (fresh Node process importing the bundle with the SDK, ${kb(cold.selfContained.bytes)}; median of 9): ${ms(cold.initMs)}; goal ≤ 150 ms: ${verdict(cold.initMs <= 150)}`);
console.log(`  beside a minimal Hono + DynamoDB document client app bundled the same way (${kb(cold.minimal.bytes)}): ${ms(cold.minimalMs)}; ratio ${cold.ratio.toFixed(2)}×; goal ≤ 1.5×: ${verdict(cold.ratio <= 1.5)}`);
console.log(`  init and a first request (fresh process, median of 9): to one feature (open data's validation) ${ms(cold.withOneFeatureMs)}; the API document, which builds every feature, ${ms(cold.withEveryFeatureMs)}`);
console.log(`Web initial JS, gzipped: ${kb(web.gzipBytes)} (${web.files.join(', ')}); goal ≤ 45 KB: ${verdict(web.gzipBytes <= 45 * 1024)}; all JS chunks gzipped: ${kb(web.allGzipBytes)}`);
const mapChunk = webChunk('ChoroplethMap');
console.log(`Comparison map chunk (ChoroplethMap with Kanagawa's 33 shapes, loaded only when the map is shown), gzipped: ${mapChunk ? `${kb(mapChunk.gzipBytes)} (${mapChunk.file})` : 'not found in web/dist'}`);

console.log(`\n== files ==\n${valuesTemplateLine(benchValuesTemplate())}`);

await benchComparisonAtScale();
