import { ddb } from '../functions/platform/db/client';
import type { BenchPortal } from './local-portal';

/** Requests a person makes in a day's work, by the user who makes them. */
const ENDPOINTS: { user: string; method?: 'PUT' | 'POST'; path: string; body?: unknown }[] = [
  { user: 'council', path: '/api/plans/kanagawa-dx/years/2024/summary' },
  { user: 'council', path: '/api/plans/kanagawa-dx/years/2024/measures?limit=50' },
  { user: 'council', path: '/api/plans/kanagawa-dx/measures/14-7' },
  { user: 'pref-staff', path: '/api/plans/kanagawa-dx/measures/14-7/history' },
  { user: 'council', path: '/api/plans/kanagawa-dx/years/2024/report' },
  { user: 'council', path: '/api/plans/kanagawa-dx/years/2024/report/annex.csv' },
  { user: 'council', path: '/api/dashboard/headlines' },
  { user: 'pref-staff', path: '/api/shared-measures/mynumber-card-rate/periods/2024-08/comparison' },
  { user: 'pref-staff', path: '/api/shared-measures' },
  { user: 'pref-staff', path: '/api/shared-measures/mynumber-card-rate/trends?from=2024-01&to=2024-08' },
  { user: 'muni-141003', path: '/api/organisations/141003/shared-values' },
  { user: 'muni-142034', path: '/api/joint-projects' },
  { user: 'muni-142034', path: '/api/joint-projects/joint-procurement' },
  { user: 'muni-142034', path: '/api/joint-projects/joint-procurement/periods/2026-Q1/reports/142034' },
  { user: 'pref-staff', path: '/api/joint-project-reports/awaiting-review' },
  { user: 'muni-142034', path: '/api/notices' },
  { user: 'council', path: '/api/open-data/plan-results.json?planId=kanagawa-dx&fiscalYear=2024' },
  { user: 'council', path: '/api/open-data/joint-project-participation.json' },
  // Writes (issue 15: at most 2 round trips each): a municipality saves a value of a period nobody has reported yet,
  // then corrects it twice; each save is one BatchGetItem (the value, and the previous period's value its `change`
  // rule reads) and one TransactWriteItems (value + audit). The period pages open on comes from the calendar, so no
  // save moves anything else. Then the prefecture confirms it (one read, one transaction).
  { user: 'muni-141003', method: 'PUT', path: '/api/shared-measures/open-data-datasets/periods/FY2026/values/141003', body: { version: 0, value: 120 } },
  { user: 'muni-141003', method: 'PUT', path: '/api/shared-measures/open-data-datasets/periods/FY2026/values/141003', body: { version: 1, value: 130 } },
  { user: 'muni-141003', method: 'PUT', path: '/api/shared-measures/open-data-datasets/periods/FY2026/values/141003', body: { version: 2, value: 140 } },
  { user: 'pref-staff', method: 'POST', path: '/api/shared-measures/open-data-datasets/periods/FY2026/values/141003/review', body: { version: 3, decision: 'confirm' } },
  { user: 'pref-staff', path: '/api/shared-measures/review-queue' },
];

/**
 * DynamoDB calls per request, counted by a middleware on the process's one
 * document client (the API runs in this process). Each request is made
 * twice; the second, warm count is what a warm Lambda pays (reference data
 * such as the municipalities is cached for a few minutes per process).
 */
export async function countRoundTrips(portal: BenchPortal): Promise<{ endpoint: string; status: number; first: number; warm: number; waves: number }[]> {
  let calls = 0;
  let waves = 0;
  let inFlight = 0;
  ddb().middlewareStack.add(
    (next) => async (args) => {
      calls += 1;
      // A call that starts while none is in flight had to wait: a new wave.
      if (inFlight === 0) waves += 1;
      inFlight += 1;
      try {
        return await next(args);
      } finally {
        inFlight -= 1;
      }
    },
    { step: 'initialize', name: 'benchRoundTripCounter' },
  );
  const tokens = new Map<string, string>();
  const rows = [];
  for (const e of ENDPOINTS) {
    if (!tokens.has(e.user)) tokens.set(e.user, await portal.tokenOf(e.user));
    const send = async () => {
      calls = 0;
      waves = 0;
      const res = await fetch(`${portal.server.url}${e.path}`, {
        method: e.method ?? 'GET',
        headers: { authorization: `Bearer ${tokens.get(e.user)}`, 'content-type': 'application/json' },
        body: e.body ? JSON.stringify(e.body) : undefined,
      });
      await res.arrayBuffer();
      return { status: res.status, calls, waves };
    };
    const first = await send();
    // A write is counted once: sending it again would be a different request (a 409).
    const warm = e.method ? first : await send();
    rows.push({ endpoint: `${e.method ?? 'GET'} ${e.path} (${e.user})`, status: first.status, first: first.calls, warm: warm.calls, waves: warm.waves });
  }
  ddb().middlewareStack.remove('benchRoundTripCounter');
  return rows;
}
