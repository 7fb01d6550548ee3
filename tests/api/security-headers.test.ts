import { beforeAll, describe, expect, it } from 'vitest';
import { apiClient } from '../support/api-client';
import { useTestTable } from '../support/test-table';

const api = apiClient();

beforeAll(async () => {
  await useTestTable({ jointProjects: true });
});

/** Responses of every kind the API gives: success, CSV, open data, and each error status. */
const CASES: { what: string; send: () => Response | Promise<Response>; status: number }[] = [
  { what: 'health', send: () => api.get('/api/health'), status: 200 },
  { what: 'JSON for a signed-in user', send: () => api.get('/api/plans', 'council'), status: 200 },
  { what: 'CSV download', send: () => api.get('/api/plans/kanagawa-dx/years/2024/report/annex.csv', 'council'), status: 200 },
  { what: 'open data without a token', send: () => api.app.request('/api/open-data'), status: 200 },
  { what: 'no token', send: () => api.app.request('/api/me'), status: 401 },
  { what: 'role not allowed', send: () => api.put('/api/joint-projects/x-y', { version: 0, project: {} }, 'council'), status: 403 },
  { what: 'unknown path', send: () => api.get('/api/nowhere', 'council'), status: 404 },
  { what: 'invalid input', send: () => api.put('/api/joint-projects/joint-procurement/participants/142085', { version: 'one' }, 'pref-admin'), status: 400 },
  { what: 'conflict', send: () => api.put('/api/joint-projects/joint-procurement/participants/142085', { version: 99, phaseId: 'live' }, 'pref-admin'), status: 409 },
  {
    what: 'body over the limit',
    send: () => api.call('POST', '/api/shared-values/imports', { as: 'pref-admin', body: { csv: 'x'.repeat(1_100_000) } }),
    status: 413,
  },
];

describe('security headers on every kind of response', () => {
  it.each(CASES)('$what ($status): CSP without inline scripts, no framing, nosniff, referrer policy', async ({ send, status }) => {
    const res = await send();
    expect(res.status).toBe(status);
    const csp = res.headers.get('content-security-policy') ?? '';
    const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    expect(csp).not.toContain('unsafe-eval');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    // Errors never echo a stack or the internals behind them.
    if (status >= 400) expect(await res.text()).not.toMatch(/at .+\.ts:\d+|stack/i);
  });
});
