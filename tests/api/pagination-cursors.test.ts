import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiClient } from '../support/api-client';
import { useTestTable } from '../support/test-table';

/**
 * Cursors used to be the table's key in base64: anyone could read the key
 * layout from them, and a forged one reached DynamoDB and came back as a 500.
 * Now they are sealed (AES-GCM) and bound to the query that made them. Every
 * list of the API document that takes a `cursor` is checked here.
 */
const api = apiClient();

/** A concrete path and a caller for each paginated list; a new paginated route without one fails the first test. */
const SAMPLES: Record<string, { path: string; as: string }> = {
  '/api/organisations': { path: '/api/organisations', as: 'council' },
  '/api/plans': { path: '/api/plans', as: 'council' },
  '/api/plans/{planId}/years/{fiscalYear}/measures': { path: '/api/plans/kanagawa-dx/years/2024/measures', as: 'council' },
  '/api/plans/{planId}/years/{fiscalYear}/errata': { path: '/api/plans/kanagawa-dx/years/2024/errata', as: 'council' },
  '/api/plans/{planId}/measures/{measureNo}/history': { path: '/api/plans/kanagawa-dx/measures/1-1/history', as: 'pref-staff' },
  '/api/organisations/{orgCode}/shared-values': { path: '/api/organisations/141003/shared-values', as: 'pref-staff' },
  '/api/shared-measures/{measureId}/periods/{period}/values/{orgCode}/history': {
    path: '/api/shared-measures/open-data-datasets/periods/FY2024/values/141003/history',
    as: 'pref-staff',
  },
  '/api/joint-projects': { path: '/api/joint-projects', as: 'council' },
  '/api/joint-projects/{projectId}/history': { path: '/api/joint-projects/joint-procurement/history', as: 'pref-staff' },
  '/api/joint-projects/{projectId}/periods/{periodId}/reports/{orgCode}/history': {
    path: '/api/joint-projects/joint-procurement/periods/2026-Q1/reports/142034/history',
    as: 'pref-staff',
  },
  '/api/joint-project-reports/awaiting-review': { path: '/api/joint-project-reports/awaiting-review', as: 'pref-staff' },
  '/api/notices': { path: '/api/notices', as: 'pref-staff' },
  '/api/users': { path: '/api/users', as: 'pref-admin' },
  '/api/users/{userId}/history': { path: '/api/users/pref-staff/history', as: 'pref-admin' },
  '/api/surveys': { path: '/api/surveys', as: 'pref-staff' },
  '/api/surveys/{surveyId}/history': { path: '/api/surveys/r8-opendata-status/history', as: 'pref-staff' },
  '/api/surveys/{surveyId}/answers/{orgCode}/history': { path: '/api/surveys/r8-opendata-status/answers/142034/history', as: 'pref-staff' },
  '/api/consultations': { path: '/api/consultations', as: 'pref-staff' },
  '/api/consultations/{consultationId}/history': { path: '/api/consultations/c-seed-0001/history', as: 'pref-staff' },
  '/api/faq': { path: '/api/faq', as: 'muni-141003' },
  '/api/faq/{entryId}/history': { path: '/api/faq/faq-seed-0001/history', as: 'pref-staff' },
  '/api/meetings': { path: '/api/meetings', as: 'council' },
  '/api/meetings/{meetingId}/history': { path: '/api/meetings/m-2026-1/history', as: 'pref-staff' },
  '/api/meetings/{meetingId}/action-items/{actionItemId}/history': { path: '/api/meetings/m-2026-1/action-items/i1/history', as: 'council' },
  '/api/action-items': { path: '/api/action-items', as: 'pref-staff' },
  '/api/search': { path: '/api/search?q=%E6%8E%A8%E9%80%B2', as: 'council' },
};

/** A sample's path may carry a query of its own (search's `?q=`). */
const withQuery = (path: string, query: string) => `${path}${path.includes('?') ? '&' : '?'}${query}`;
const withCursor = (path: string, cursor: string, limit = 1) => withQuery(path, `limit=${limit}&cursor=${encodeURIComponent(cursor)}`);
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

async function firstCursor(path: string, as: string): Promise<string | undefined> {
  const res = await api.get(withQuery(path, 'limit=1'), as);
  expect(res.status).toBe(200);
  return (await res.json()).nextCursor;
}

beforeAll(async () => {
  await useTestTable({ sharedMeasures: true, jointProjects: true, workingTogether: true });
});

describe('every paginated list refuses a cursor it did not make', () => {
  let paginated: string[] = [];
  const genuine = new Map<string, string>();

  beforeAll(async () => {
    const doc = await (await api.get('/api/openapi.json')).json();
    paginated = Object.entries(doc.paths as Record<string, Record<string, { parameters?: { name: string; in: string }[] }>>)
      .filter(([, ops]) => ops.get?.parameters?.some((p) => p.name === 'cursor' && p.in === 'query'))
      .map(([path]) => path);
    for (const route of paginated) {
      const sample = SAMPLES[route];
      if (!sample) continue;
      const cursor = await firstCursor(sample.path, sample.as);
      if (cursor) genuine.set(route, cursor);
    }
  });

  it('has a sample for each list that takes a cursor, and genuine cursors from several of them', () => {
    expect(paginated.length).toBeGreaterThanOrEqual(8);
    expect(paginated.filter((route) => !SAMPLES[route])).toEqual([]);
    // Lists of different partitions and indexes, so that handing one's cursor to another is a real test.
    expect(genuine.size).toBeGreaterThanOrEqual(3);
  });

  it('random bytes, an old-style key of another partition, malformed keys, truncated and altered cursors, and other lists’ cursors: 400 with a message, never 500', async () => {
    const anyGenuine = [...genuine.values()][0]!;
    const forged: Record<string, string> = {
      'random base64': randomBytes(80).toString('base64url'),
      'not base64 at all': '!!!***',
      'a key of another prefecture': b64({ pk: 'PREF#130001#ORG', sk: 'ORG#131016' }),
      'a key of another organisation (old format)': b64({ pk: '140007#ORG', sk: 'ORG#141305', gsi1pk: '140007', gsi1sk: 'x' }),
      'a key with a value DynamoDB rejects': b64({ pk: { nested: [1, 2] }, sk: null }),
      'JSON that is not a key': b64([1, 2, 3]),
      'an offset': '1k',
    };
    // A cursor with neither '-' nor '_' nor padding reads the same in both alphabets (a few percent of the random
    // IVs): only a cursor that differs is a forgery.
    const standard = Buffer.from(anyGenuine, 'base64url').toString('base64');
    if (standard !== anyGenuine) forged['standard base64 of a real cursor'] = standard;
    const failures: string[] = [];
    for (const route of paginated) {
      const { path, as } = SAMPLES[route]!;
      const own = genuine.get(route);
      const attempts: Record<string, string> = { ...forged };
      if (own) {
        attempts['its own cursor, truncated'] = own.slice(0, -6);
        attempts['its own cursor, one character changed'] = `${own.slice(0, 20)}${own[20] === 'A' ? 'B' : 'A'}${own.slice(21)}`;
      }
      for (const [other, cursor] of genuine) if (other !== route) attempts[`the cursor of ${other}`] = cursor;
      for (const [what, cursor] of Object.entries(attempts)) {
        const res = await api.get(withCursor(path, cursor), as);
        const body = await res.json();
        if (res.status !== 400 || !body.error?.message?.ja || !body.error?.message?.en) failures.push(`${route} with ${what}: ${res.status}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('a cursor of one municipality’s values is refused for another municipality’s', async () => {
    const cursor = await firstCursor('/api/organisations/141003/shared-values', 'pref-staff');
    expect(cursor).toBeDefined();
    const res = await api.get(withCursor('/api/organisations/141305/shared-values', cursor!), 'pref-staff');
    expect(res.status).toBe(400);
    expect((await res.json()).error.message.en).toBe('The page cursor is not valid. Reload the list from the start.');
  });

  it('a cursor of the measures list is refused once the filter changes', async () => {
    const cursor = await firstCursor('/api/plans/kanagawa-dx/years/2024/measures', 'council');
    const res = await api.get(`/api/plans/kanagawa-dx/years/2024/measures?limit=1&sort=name&cursor=${encodeURIComponent(cursor!)}`, 'council');
    expect(res.status).toBe(400);
  });

  it('cursors reveal nothing of the table’s keys', () => {
    for (const cursor of genuine.values()) {
      const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
      expect(() => JSON.parse(decoded)).toThrow();
      expect(decoded).not.toMatch(/"pk"|"sk"|"offset"|ORG#|140007/);
    }
  });
});

describe('genuine cursors still page', () => {
  async function pageThrough(path: string, as: string, limit: number): Promise<unknown[]> {
    const items: unknown[] = [];
    let cursor: string | undefined;
    for (let guard = 0; guard < 200; guard++) {
      const res = await api.get(cursor ? withCursor(path, cursor, limit) : withQuery(path, `limit=${limit}`), as);
      expect(res.status).toBe(200);
      const page = await res.json();
      items.push(...page.items);
      cursor = page.nextCursor;
      if (!cursor) return items;
    }
    throw new Error('the list never ended');
  }

  it.each([
    ['the organisations (a Query)', '/api/organisations', 'council'],
    ['a municipality’s values (a Query on a GSI)', '/api/organisations/141003/shared-values', 'muni-141003'],
    ['the measures list (an offset)', '/api/plans/kanagawa-dx/years/2024/measures', 'council'],
    ['search (an offset into a ranking)', '/api/search?q=%E6%8E%A8%E9%80%B2', 'council'],
  ])('%s: pages of 7 give exactly the items of one page of 100', async (_, path, as) => {
    const paged = await pageThrough(path, as, 7);
    const whole = (await (await api.get(withQuery(path, 'limit=100'), as)).json()).items;
    expect(paged.length).toBeGreaterThan(7);
    expect(paged.slice(0, whole.length)).toEqual(whole);
    expect(new Set(paged.map((i) => JSON.stringify(i))).size).toBe(paged.length);
  });
});
