/**
 * `npm run bench:load`: 200 requests/s for 60 s of a realistic mix against
 * the local portal on 127.0.0.1 (never anywhere else), with autocannon.
 * Each connection acts as one municipality's staff member and cycles through
 * what a working day looks like across roles: the council's summary, measures
 * list and headlines; the prefecture's comparison; the municipality's joint
 * project, notices, and reading then saving its own value (with the version
 * it read, as the web app does). Prints status counts, errors and latency
 * percentiles. A 409 (two saves of the same value crossing) is a correct
 * answer, counted apart; an error is a 5xx, a timeout or a refused connection.
 */
import autocannon from 'autocannon';
import { readOrganisations } from '../scripts/seed';
import { startBenchPortal } from './local-portal';

const RATE = Number(process.env.LOAD_RATE ?? 200);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const CONNECTIONS = 20;

const portal = await startBenchPortal('bench-load');
try {
  const url = new URL(portal.server.url);
  if (url.hostname !== '127.0.0.1') throw new Error('The load test runs against 127.0.0.1 only');
  const municipalities = readOrganisations().filter((o) => o.kind !== 'prefecture').map((o) => o.code);
  const tokens = new Map<string, string>();
  for (const user of ['council', 'pref-staff', ...municipalities.map((c) => `muni-${c}`)]) tokens.set(user, await portal.tokenOf(user));
  const auth = (user: string) => ({ authorization: `Bearer ${tokens.get(user)}`, 'content-type': 'application/json' });
  type Context = { org?: string; version?: number };
  const valuePath = (org: string) => `/api/shared-measures/rpa-processes/periods/FY2026/values/${org}`;
  const ownValueHistory = (org: string) => `${valuePath(org)}/history?limit=1`;

  const result = await autocannon({
    url: portal.server.url,
    connections: CONNECTIONS,
    duration: SECONDS,
    overallRate: RATE,
    requests: [
      {
        method: 'GET',
        path: '/api/plans/kanagawa-dx/years/2024/summary',
        headers: auth('council'),
        // Each connection is one municipality's staff member for the whole run.
        setupRequest: (req, context: Context) => {
          context.org ??= municipalities[Math.floor(Math.random() * municipalities.length)]!;
          return req;
        },
      },
      { method: 'GET', path: '/api/plans/kanagawa-dx/years/2024/measures?limit=50', headers: auth('council') },
      { method: 'GET', path: '/api/dashboard/headlines', headers: auth('council') },
      { method: 'GET', path: '/api/shared-measures/mynumber-card-rate/periods/2024-08/comparison', headers: auth('pref-staff') },
      { method: 'GET', path: '/api/joint-projects/joint-procurement', setupRequest: (req, c: Context) => ({ ...req, headers: auth(`muni-${c.org}`) }) },
      { method: 'GET', path: '/api/notices', setupRequest: (req, c: Context) => ({ ...req, headers: auth(`muni-${c.org}`) }) },
      {
        method: 'GET',
        setupRequest: (req, c: Context) => ({ ...req, path: ownValueHistory(c.org!), headers: auth(`muni-${c.org}`) }),
        onResponse: (status, body, c: Context) => {
          const items = status === 200 ? (JSON.parse(body) as { items: { after?: { version?: number } }[] }).items : [];
          c.version = items[0]?.after?.version ?? 0;
        },
      },
      {
        method: 'PUT',
        setupRequest: (req, c: Context) => ({
          ...req,
          path: valuePath(c.org!),
          headers: auth(`muni-${c.org}`),
          body: JSON.stringify({ version: c.version ?? 0, value: Math.floor(Math.random() * 500) }),
        }),
      },
    ],
  });

  const codes = Object.entries(result.statusCodeStats ?? {}).map(([code, s]) => `${code} × ${(s as { count: number }).count}`).join(', ');
  const fiveXx = result['5xx'];
  console.log(`\n== load: ${RATE} requests/s for ${SECONDS} s, ${CONNECTIONS} connections, 127.0.0.1 (the mix above) ==`);
  console.log(`requests ${result.requests.total} (${result.requests.average.toFixed(0)}/s on average); statuses: ${codes}`);
  console.log(`errors: ${result.errors} (connection errors) + ${result.timeouts} timeouts + ${fiveXx} 5xx = ${result.errors + result.timeouts + fiveXx}`);
  console.log(`latency p50 ${result.latency.p50} ms, p90 ${result.latency.p90} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`);
  if (result.errors + result.timeouts + fiveXx > 0) process.exitCode = 1;
} finally {
  await portal.stop();
}
