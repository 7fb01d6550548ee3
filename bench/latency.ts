import { createApp } from '../functions/app';
import { getPlanStructure } from '../functions/features/plan/plans.table';
import { listYearResults } from '../functions/features/plan/results.table';
import type { BenchPortal } from './local-portal';
import { percentile, timeRuns } from './stats';

export interface LatencyRow {
  endpoint: string;
  raw: number[];
  handler: number[];
  http: number[];
}

/**
 * Handler overhead: the same request timed three ways, in one process —
 * the endpoint's DynamoDB queries alone (raw), the Hono app's handler called
 * as Lambda calls it (`app.request`, no socket), and over HTTP to the local
 * server (adds the client and node:http, which in AWS are API Gateway's).
 */
export async function measureHandlerOverhead(portal: BenchPortal, runs: number): Promise<LatencyRow[]> {
  const token = await portal.tokenOf('council');
  const app = createApp();
  const headers = { authorization: `Bearer ${token}` };
  // Both endpoints read the plan's structure and the year's results: two Queries, in parallel.
  const rawQueries = () => Promise.all([getPlanStructure('140007', 'kanagawa-dx'), listYearResults('140007', 'kanagawa-dx', 2024)]);
  const check = async (res: Response, path: string) => {
    if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
    await res.arrayBuffer();
  };
  const rows: LatencyRow[] = [];
  for (const [endpoint, path] of [
    ['summary', '/api/plans/kanagawa-dx/years/2024/summary'],
    ['measures list (50)', '/api/plans/kanagawa-dx/years/2024/measures?limit=50'],
  ] as const) {
    // Interleaved in rounds so that a slow spell of the machine hits all three alike.
    const raw: number[] = [];
    const handler: number[] = [];
    const http: number[] = [];
    for (let round = 0; round < 5; round++) {
      raw.push(...(await timeRuns(rawQueries, runs / 5)));
      handler.push(...(await timeRuns(async () => check(await app.request(path, { headers }), path), runs / 5)));
      http.push(...(await timeRuns(async () => check(await fetch(`${portal.server.url}${path}`, { headers }), path), runs / 5)));
    }
    rows.push({ endpoint, raw, handler, http });
  }
  return rows;
}

export const ratio = (a: number[], b: number[], p = 50) => percentile(a, p) / percentile(b, p);
