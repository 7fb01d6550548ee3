import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiClient } from '../support/api-client';
import { useTestTable } from '../support/test-table';
import { publishSeededYear } from '../support/publish-year';

const api = apiClient();
const anonymous = (path: string) => api.app.request(path);
const report = (period: string, org: string) => `/api/joint-projects/joint-procurement/periods/${period}/reports/${org}`;

async function ok(res: Response) {
  expect(res.status, await res.clone().text()).toBe(200);
  return res;
}

/** Everything the open-data routes publish, as one text, to search for what must not be there. */
async function everythingPublished(): Promise<string> {
  const texts = await Promise.all(
    ['joint-project-participation', 'joint-project-figures'].flatMap((id) => ['json', 'csv'].map(async (f) => (await ok(await anonymous(`/api/open-data/${id}.${f}`))).text())),
  );
  return texts.join('\n');
}

beforeAll(async () => {
  await useTestTable({ sharedMeasures: true, jointProjects: true });
  // Open data holds published plan years only.
  await publishSeededYear();
});

describe('open data, without signing in', () => {
  it('lists the datasets with their data dictionary and the CC BY 4.0 licence', async () => {
    const res = await ok(await anonymous('/api/open-data'));
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    const catalogue = await res.json();
    expect(catalogue.licence).toMatchObject({ id: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.ja' });
    expect(catalogue.datasets.map((d: { id: string }) => d.id)).toEqual(['plan-results', 'shared-values', 'joint-project-participation', 'joint-project-figures']);
    const plan = catalogue.datasets[0];
    expect(plan.fields.find((f: { name: string }) => f.name === 'reason')).toMatchObject({ ja: '未達成の理由及び今後の見込み等', type: 'string' });
    expect(plan.formats).toEqual({ csv: '/api/open-data/plan-results.csv', json: '/api/open-data/plan-results.json' });
  });

  it('publishes the FY2024 plan results as CSV (dictionary columns, BOM) and JSON', async () => {
    const csv = await (await ok(await anonymous('/api/open-data/plan-results.csv?planId=kanagawa-dx&fiscalYear=2024'))).arrayBuffer();
    const [header, ...rows] = parse(Buffer.from(csv).toString('utf8'), { bom: true }) as string[][];
    expect(header).toEqual(['plan_id', 'fiscal_year', 'pillar', 'area', 'measure_no', 'measure_name', 'bureau', 'indicator', 'target', 'actual', 'rating_symbol', 'rating', 'reason', 'abolished']);
    expect(rows).toHaveLength(225);
    const json = await (await ok(await anonymous('/api/open-data/plan-results.json?planId=kanagawa-dx&fiscalYear=2024'))).json();
    expect(json).toMatchObject({ dataset: 'plan-results', licence: 'CC-BY-4.0' });
    expect(json.items.find((r: { measure_no: string }) => r.measure_no === '21-1')).toMatchObject({ rating_symbol: '◎', rating: 'achieved', area: '市町村連携・支援' });
    const bad = await anonymous('/api/open-data/plan-results.json?planId=kanagawa-dx');
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.fields[0].path).toBe('fiscalYear');
  });

  it('publishes shared-measure values with the national figure and the sample flag', async () => {
    const { items } = await (await ok(await anonymous('/api/open-data/shared-values.json?measureId=mynumber-card-rate&from=2024-08&to=2024-08'))).json();
    expect(items).toHaveLength(34);
    expect(items.find((r: { org_code: string }) => r.org_code === 'national')).toMatchObject({ org_name: '全国', value: '74.8' });
    expect(items.find((r: { org_code: string }) => r.org_code === '141003')).toMatchObject({ org_name: '横浜市', sample: true });
  });

  it('never shows a draft or a report under review; an approved report’s figures appear once approved', async () => {
    const zushi = report('2026-Q3', '142085');
    await ok(await api.put(zushi, { version: 0, values: { progress: '予定どおり', hours_saved: 98765, summary: '下書きの秘密メモ' } }, 'muni-142085'));
    const hiratsuka = report('2026-Q3', '142034');
    await ok(await api.put(hiratsuka, { version: 0, values: { progress: '完了', hours_saved: 45678, summary: '提出済みの報告' } }, 'muni-142034'));
    await ok(await api.post(`${hiratsuka}/transitions`, { action: 'submit', version: 1 }, 'muni-142034'));

    const before = await everythingPublished();
    for (const secret of ['98765', '下書きの秘密メモ', '45678', '提出済みの報告', '2026-Q3']) expect(before).not.toContain(secret);

    await ok(await api.post(`${hiratsuka}/transitions`, { action: 'approve', version: 2 }, 'pref-staff'));
    const after = await everythingPublished();
    expect(after).toContain('45678');
    expect(after).not.toContain('98765');
    // Only the numbers the project adds up are published, never the free text of a report.
    expect(after).not.toContain('提出済みの報告');
    const { items } = await (await ok(await anonymous('/api/open-data/joint-project-participation.json'))).json();
    expect(items.find((r: { project_id: string; org_code: string }) => r.project_id === 'joint-procurement' && r.org_code === '142034').approved_periods).toBe('2026-Q1;2026-Q3');
  });

  it('an anonymous client reads open data and the public pages’ data, nothing else', async () => {
    for (const path of ['/api/me', '/api/joint-projects', '/api/plans/kanagawa-dx/measures/14-7/history', `${report('2026-Q1', '142034')}`]) {
      expect((await anonymous(path)).status, path).toBe(401);
    }
  });
});
