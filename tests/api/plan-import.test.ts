import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiClient } from '../support/api-client';
import { useTestTable } from '../support/test-table';
import { DX_PLAN_FILES } from '../../scripts/seed';
import { putOrganisations } from '../../functions/features/organisations/organisations.table';
import { readOrganisations } from '../../scripts/seed';

const api = apiClient();
const files = {
  plan: JSON.parse(readFileSync(DX_PLAN_FILES.plan, 'utf8')),
  measuresCsv: readFileSync(DX_PLAN_FILES.measures, 'utf8'),
  indicatorsCsv: readFileSync(DX_PLAN_FILES.indicators, 'utf8'),
};
const importDx = (extra: Record<string, unknown> = {}) =>
  api.post('/api/imports/plans', { ...files, fiscalYear: 2024, ...extra }, 'pref-admin');

beforeAll(async () => {
  // An empty table with only the organisations: the plan arrives through the API.
  await useTestTable({ seed: false });
  await putOrganisations('140007', readOrganisations());
});

describe('plan import through the API', () => {
  it('rejects files with bad rows, reporting every row and column, and writes nothing', async () => {
    const lines = files.measuresCsv.trimEnd().split('\n');
    lines[3] = lines[3]!.replace(',not_achieved,', ',excellent,');
    lines[10] = lines[10]!.replace(/,false$/, ',maybe');
    const res = await api.post('/api/imports/plans', { ...files, measuresCsv: lines.join('\n'), fiscalYear: 2024 }, 'pref-admin');
    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(error.code).toBe('import_invalid');
    const rows = error.rows.map((r: { row: number; column: string }) => `${r.row}:${r.column}`);
    expect(rows).toEqual(expect.arrayContaining(['3:rating', '10:abolished']));
    expect(error.message.ja).toContain('何も取り込んでいません');
    expect((await api.get('/api/plans/kanagawa-dx', 'pref-admin')).status).toBe(404);
  });

  it('a dry run reports what would change and writes nothing', async () => {
    const res = await importDx({ dryRun: true });
    expect(res.status).toBe(200);
    const result = await res.json();
    expect(result).toMatchObject({ planId: 'kanagawa-dx', dryRun: true, counts: { measures: 225, results: 225 } });
    expect(result.changes.created).toBeGreaterThan(225);
    expect((await api.get('/api/plans/kanagawa-dx', 'pref-admin')).status).toBe(404);
  });

  it('imports the plan, and importing the same files again changes nothing', async () => {
    const first = await (await importDx()).json();
    expect(first.changes).toMatchObject({ updated: 0, unchanged: 0, kept: 0 });
    expect(first.items).toHaveLength(225);
    expect(first.items.every((i: { kind: string }) => i.kind === 'new')).toBe(true);
    const summary = await (await api.get('/api/plans/kanagawa-dx/years/2024/summary', 'council')).json();
    expect(summary.total.counts).toMatchObject({ achieved: 126, mostly_achieved: 15, not_achieved: 28, tallying: 10 });

    const history = async () => (await (await api.get('/api/plans/kanagawa-dx/measures/1-1/history', 'pref-admin')).json()).items;
    const auditBefore = await history();
    expect(auditBefore).toHaveLength(1);
    const second = await (await importDx()).json();
    expect(second.changes).toEqual({ created: 0, updated: 0, unchanged: first.changes.created, kept: 0 });
    expect(second.items).toEqual([]);
    expect(await history()).toEqual(auditBefore);
  });

  it('imports a second plan with its own scheme and three levels, and summarises it by that scheme', async () => {
    const fixture = (name: string) => readFileSync(`tests/fixtures/ict-plan/${name}`, 'utf8');
    const res = await api.post(
      '/api/imports/plans',
      { plan: JSON.parse(fixture('plan.json')), measuresCsv: fixture('measures.csv'), indicatorsCsv: fixture('indicators.csv'), fiscalYear: 2019 },
      'pref-admin',
    );
    expect(res.status).toBe(200);
    const summary = await (await api.get('/api/plans/kanagawa-ict-2019/years/2019/summary', 'council')).json();
    expect(summary.total.counts).toEqual({ exceeded: 4, met: 3, not_met: 3, none: 1 });
    const [lives, admin] = summary.groups;
    expect(lives.counts).toEqual({ exceeded: 2, met: 2, not_met: 1, none: 1 });
    expect(lives.groups.map((g: { name: string }) => g.name)).toEqual(['安全・安心', '暮らし']);
    expect(lives.groups[0].groups.map((g: { name: string; counts: unknown }) => [g.name, g.counts])).toEqual([
      ['防災', { exceeded: 1, met: 1, not_met: 0, none: 0 }],
      ['医療', { exceeded: 0, met: 1, not_met: 1, none: 0 }],
    ]);
    expect(admin.counts).toEqual({ exceeded: 2, met: 1, not_met: 2, none: 0 });
    const plans = await (await api.get('/api/plans', 'council')).json();
    expect(plans.items.map((p: { id: string }) => p.id).sort()).toEqual(['kanagawa-dx', 'kanagawa-ict-2019']);
  });

  it('lists as discrepancies only measures whose actual figures give another rating, not those without figures', async () => {
    // An earlier year whose report printed ratings without figures (1-1), beside one whose figures disagree (1-2).
    const fixture = (name: string) => readFileSync(`tests/fixtures/ict-plan/${name}`, 'utf8');
    const measuresCsv = fixture('measures.csv')
      .replace(',登録者数,100人,120人,◎,exceeded,', ',登録者数,100人,,◎,exceeded,')
      .replace(',障害件数,10件,10件,,,', ',障害件数,10件,10件,◎,exceeded,');
    const indicatorsCsv = fixture('indicators.csv').replace('1-1,1,登録者数,100人,120人,人,higher,numeric,100,120', '1-1,1,登録者数,100人,,人,higher,numeric,100,');
    const res = await api.post('/api/imports/plans', { plan: JSON.parse(fixture('plan.json')), measuresCsv, indicatorsCsv, fiscalYear: 2020 }, 'pref-admin');
    expect(res.status).toBe(200);
    const { items } = await (await api.get('/api/plans/kanagawa-ict-2019/years/2020/discrepancies', 'council')).json();
    expect(items.map((i: { measureNo: string; computed: string; official: string }) => [i.measureNo, i.computed, i.official])).toEqual([['1-2', 'met', 'exceeded']]);
  });

  it('is for administrators only', async () => {
    for (const user of ['pref-staff', 'council', 'muni-141003']) {
      expect((await api.post('/api/imports/plans', { ...files, fiscalYear: 2024 }, user)).status).toBe(403);
    }
  });
});
