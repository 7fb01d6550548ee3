import { beforeAll, describe, expect, it } from 'vitest';
import { apiClient } from '../support/api-client';
import { publishSeededYear } from '../support/publish-year';
import { useTestTable } from '../support/test-table';

/**
 * The public pages (issue 16): anyone reads a published plan year, its annex and each measure's page, and the
 * comparisons of confirmed municipal values, exactly what open data holds; a year still 作成中 is not found for them,
 * and nothing only staff may see (who changed what, histories, values not yet confirmed) reaches them.
 */
const api = apiClient();
const anonymous = (path: string) => api.app.request(path);
const PLAN = '/api/plans/kanagawa-dx';
const YEAR = `${PLAN}/years/2024`;

/** Every read the public pages make of the FY2024 plan year (open data, its own routes with their own caching, below). */
const PAGE_READS = [
  `${YEAR}/summary`,
  `${YEAR}/discrepancies`,
  `${YEAR}/measures?limit=500`,
  `${YEAR}/measures.csv`,
  `${YEAR}/report`,
  `${YEAR}/report/annex.csv`,
  `${YEAR}/report/summary.csv`,
  `${YEAR}/report.xlsx`,
];
const OPEN_DATA = '/api/open-data/plan-results.json?planId=kanagawa-dx&fiscalYear=2024';

beforeAll(async () => {
  await useTestTable({ sharedMeasures: true, jointProjects: true });
  // A staff edit, so the stored result carries updatedBy and the measure has an audit trail.
  const list = await (await api.get(`${YEAR}/measures?q=14-7&limit=500`, 'pref-admin')).json();
  const row = list.items.find((m: { measureNo: string }) => m.measureNo === '14-7');
  const edit = {
    version: row.version,
    values: [{ subNo: 1, target: { text: '100件', value: 100 }, actual: { text: '105件', value: 105 } }],
    reason: '',
    confirmedRating: null,
  };
  expect((await api.put(`${YEAR}/measures/14-7`, edit, 'pref-staff')).status).toBe(200);
});

describe('a plan year still 作成中', () => {
  it('is not found for anonymous readers, on every page and in open data, exactly like a year that does not exist', async () => {
    for (const path of PAGE_READS) {
      const res = await anonymous(path);
      expect(res.status, path).toBe(404);
      expect(res.headers.get('cache-control'), path).toBe('private, no-store');
    }
    expect((await anonymous(OPEN_DATA)).status).toBe(404);
    const missing = await (await anonymous(`${PLAN}/years/2019/summary`)).json();
    const draft = await (await anonymous(`${YEAR}/summary`)).json();
    expect(draft.error.code).toBe(missing.error.code);
  });

  it('is not offered to them: the plan lists no year, and a measure page shows no results', async () => {
    expect((await (await anonymous(PLAN)).json()).plan.years).toEqual([]);
    expect((await (await anonymous('/api/plans')).json()).items[0].years).toEqual([]);
    expect((await (await anonymous(`${PLAN}/measures/14-7`)).json()).results).toEqual([]);
  });

  it('stays readable for every signed-in role', async () => {
    for (const who of ['pref-admin', 'muni-141003', 'council']) {
      expect((await api.get(`${YEAR}/summary`, who)).status, who).toBe(200);
      expect((await (await api.get(PLAN, who)).json()).plan.years, who).toEqual([2024]);
    }
  });
});

describe('a published plan year', () => {
  beforeAll(() => publishSeededYear());

  it('is readable without signing in: summary, measures, annex, report files and open data, briefly cacheable', async () => {
    for (const path of PAGE_READS) {
      const res = await anonymous(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('cache-control'), path).toBe('public, max-age=60');
      expect(res.headers.get('vary') ?? '', path).toMatch(/authorization/i);
    }
    expect((await anonymous(OPEN_DATA)).status).toBe(200);
    const summary = await (await anonymous(`${YEAR}/summary`)).json();
    expect(Object.values(summary.total.counts as Record<string, number>).reduce((a, b) => a + b, 0)).toBeGreaterThan(200);
    expect((await (await anonymous(PLAN)).json()).plan.years).toEqual([2024]);
  });

  it('shows the public the same rows as open data', async () => {
    const list = await (await anonymous(`${YEAR}/measures?limit=500`)).json();
    const open = await (await anonymous(OPEN_DATA)).json();
    expect(list.total).toBe(open.items.length);
    const row = list.items.find((m: { measureNo: string }) => m.measureNo === '14-7');
    expect(open.items.find((r: { measure_no: string }) => r.measure_no === '14-7')).toMatchObject({ rating: row.officialRating, reason: row.reason });
  });

  it('gives a measure page its years’ results, without who changed them or the audit trail', async () => {
    const res = await anonymous(`${PLAN}/measures/14-7`);
    expect(res.status).toBe(200);
    const detail = await res.json();
    expect(detail.results).toHaveLength(1);
    expect(detail.results[0]).toMatchObject({ fiscalYear: 2024, officialRating: 'achieved' });
    expect(JSON.stringify(detail)).not.toMatch(/updatedBy|pref-staff|imported/);
    // The staff see who changed it; the trail stays the prefecture's.
    expect((await (await api.get(`${PLAN}/measures/14-7`, 'pref-admin')).json()).results[0].updatedBy).toBe('pref-staff');
    expect((await anonymous(`${PLAN}/measures/14-7/history`)).status).toBe(401);
  });

  it('still answers 401 to a bad token, never reading it as anonymous', async () => {
    for (const path of [`${YEAR}/summary`, `${PLAN}/measures/14-7`, '/api/shared-measures']) {
      const res = await api.app.request(path, { headers: { authorization: 'Bearer not-a-token' } });
      expect(res.status, path).toBe(401);
    }
  });

  it('answers signed-in readers as before, never cached', async () => {
    const res = await api.get(`${YEAR}/summary`, 'council');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
  });

  it('keeps the staff worklists signed-in only', async () => {
    for (const path of ['/api/shared-measures/review-queue', '/api/me', '/api/organisations/141003/shared-values']) expect((await anonymous(path)).status, path).toBe(401);
  });
});

describe('comparisons of municipal values, without signing in', () => {
  const MEASURE = 'open-data-datasets';
  const PERIOD = 'FY2025';
  const comparisonPath = `/api/shared-measures/${MEASURE}/periods/${PERIOD}/comparison`;

  it('show the confirmed value only: a correction waiting for review stays the owner’s and the prefecture’s', async () => {
    const staffView = await (await api.get(comparisonPath, 'pref-staff')).json();
    const target = staffView.rows.find((r: { value?: unknown; review?: string }) => r.value !== undefined && r.review === undefined);
    const org = target.orgCode as string;
    const saved = await api.put(`/api/shared-measures/${MEASURE}/periods/${PERIOD}/values/${org}`, { version: target.version, value: target.numeric + 7 }, `muni-${org}`);
    expect(saved.status).toBe(200);

    const res = await anonymous(comparisonPath);
    expect(res.status).toBe(200);
    const body = await res.json();
    const row = body.rows.find((r: { orgCode: string }) => r.orgCode === org);
    expect(row.numeric).toBe(target.numeric);
    expect(row.review).toBeUndefined();
    expect(JSON.stringify(body)).not.toMatch(/updatedBy|reviewedBy|reviewComment|"submitted"/);
    const open = await (await anonymous(`/api/open-data/shared-values.json?measureId=${MEASURE}&from=${PERIOD}&to=${PERIOD}`)).json();
    expect(open.items.find((r: { org_code: string }) => r.org_code === org).value).toBe(String(target.numeric));
  });

  it('come with the catalogue, the trends, the municipalities’ names and the headline figures', async () => {
    for (const path of ['/api/shared-measures', `/api/shared-measures/${MEASURE}/trends?from=FY2023&to=FY2025`, '/api/organisations?limit=100', '/api/dashboard/headlines']) {
      const res = await anonymous(path);
      expect(res.status, path).toBe(200);
      expect(JSON.stringify(await res.json()), path).not.toMatch(/updatedBy|reviewedBy|reviewComment|"submitted"/);
    }
  });
});
