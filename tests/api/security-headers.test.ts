import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiClient } from '../support/api-client';
import { useTestTable } from '../support/test-table';

const api = apiClient();

beforeAll(async () => {
  await useTestTable({ jointProjects: true, workingTogether: true });
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
    // A form's body is at most 1 MB (imports, which carry whole files, 12 MB).
    send: () => api.call('PUT', '/api/shared-measures/open-data-datasets/periods/FY2025/values/141003', { as: 'pref-admin', body: { version: 0, value: 1, note: 'x'.repeat(1_100_000) } }),
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

/** A value for each path parameter of the API; a route with a parameter not listed here fails the test, so none escapes it. */
const PARAMS: Record<string, string> = {
  planId: 'kanagawa-dx',
  fiscalYear: '2024',
  measureNo: '14-7',
  measureId: 'mynumber-card-rate',
  period: '2024-08',
  orgCode: '142034',
  projectId: 'joint-procurement',
  periodId: '2026-Q1',
  attachmentId: randomUUID(),
  userId: 'pref-staff',
  surveyId: 'r8-opendata-status',
  questionId: 'datasets',
  consultationId: 'c-seed-0001',
  entryId: 'faq-seed-0001',
  meetingId: 'm-2026-1',
  actionItemId: 'i1',
};

interface Operation {
  security?: unknown[];
  /** Open to anonymous readers, who may get a public cache time; a signed-in caller's answer is theirs alone. */
  'x-public'?: boolean;
}

describe('Cache-Control on every response to a signed-in caller', () => {
  it('every secured or public GET route in the API document, called with a token (JSON, CSV, XLSX, and its errors) answers private, no-store', async () => {
    const doc = await (await api.get('/api/openapi.json')).json();
    const secured = Object.entries(doc.paths as Record<string, Record<string, Operation>>)
      .filter(([, methods]) => methods.get && (methods.get.security?.length !== 0 || methods.get['x-public']))
      .map(([path]) => path);
    expect(secured.length).toBeGreaterThan(20);
    const wrong: string[] = [];
    let ok = 0;
    for (const template of secured) {
      const path = template.replace(/\{(\w+)\}/g, (_, name: string) => {
        expect(PARAMS, `no sample value for {${name}} in ${template}`).toHaveProperty([name]);
        return PARAMS[name]!;
      });
      const res = await api.get(path, 'pref-admin');
      if (res.status === 200) ok++;
      const header = res.headers.get('cache-control');
      if (header !== 'private, no-store') wrong.push(`${template} → ${res.status}, Cache-Control: ${header}`);
      await res.arrayBuffer();
    }
    expect(wrong).toEqual([]);
    // Most answer with data: the header is proven on real downloads, not only on errors.
    expect(ok).toBeGreaterThan(secured.length / 2);
  });

  it.each([
    { what: 'no token', send: () => api.app.request('/api/me'), status: 401 },
    { what: 'a role not allowed', send: () => api.put('/api/joint-projects/x-y', { version: 0, project: {} }, 'council'), status: 403 },
    { what: 'invalid input after sign-in', send: () => api.put('/api/joint-projects/joint-procurement/participants/142085', { version: 'one' }, 'pref-admin'), status: 400 },
    { what: 'a conflicting write', send: () => api.put('/api/joint-projects/joint-procurement/participants/142085', { version: 99, phaseId: 'live' }, 'pref-admin'), status: 409 },
  ])('an error for a signed-in caller is not kept either: $what ($status)', async ({ send, status }) => {
    const res = await send();
    expect(res.status).toBe(status);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
  });

  it('public open data stays cacheable', async () => {
    const res = await api.app.request('/api/open-data/joint-project-participation.csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toMatch(/^public/);
  });
});
