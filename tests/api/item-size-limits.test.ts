import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DX_PLAN_FILES } from '../../scripts/seed';
import { apiClient } from '../support/api-client';
import { tableState } from '../support/table-state';
import { useTestTable } from '../support/test-table';

/**
 * DynamoDB refuses an item over 400 KB, and the portal keeps an audit record
 * holding the item before and after: a long enough text anywhere became a 500
 * on that write and on every later write of the item. Each text the API takes
 * is bounded, so such input is a 400 that names the field and nothing is written.
 * (Japanese takes 3 bytes a character, so 150,000 characters are 450 KB.)
 */
const api = apiClient();
const JAPANESE_450KB = 'あ'.repeat(150_000);
const files = {
  plan: JSON.parse(readFileSync(DX_PLAN_FILES.plan, 'utf8')),
  measuresCsv: readFileSync(DX_PLAN_FILES.measures, 'utf8'),
  indicatorsCsv: readFileSync(DX_PLAN_FILES.indicators, 'utf8'),
};

beforeAll(async () => {
  await useTestTable({ sharedMeasures: true, jointProjects: true });
});

describe('texts that would outgrow a DynamoDB item are refused with 400', () => {
  it('a plan import with a 450 KB measure name: the row and column are named, nothing written', async () => {
    const lines = files.measuresCsv.split('\n');
    const cells = lines[1]!.split(',');
    cells[4] = JAPANESE_450KB;
    const measuresCsv = [lines[0], cells.join(','), ...lines.slice(2)].join('\n');
    const before = await tableState();
    const res = await api.post('/api/imports/plans', { ...files, measuresCsv, fiscalYear: 2024 }, 'pref-admin');
    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(error.rows).toContainEqual(expect.objectContaining({ file: 'measures', row: 1, column: 'measure_name' }));
    expect(await tableState()).toEqual(before);
  });

  it('a plan file with a 450 KB name: 400 on the plan file', async () => {
    const plan = { ...files.plan, name: { ...files.plan.name, ja: JAPANESE_450KB } };
    const res = await api.post('/api/imports/plans', { ...files, plan, fiscalYear: 2024, dryRun: true }, 'pref-admin');
    expect(res.status).toBe(400);
    expect((await res.json()).error.rows).toContainEqual(expect.objectContaining({ file: 'plan', column: 'name.ja' }));
  });

  it('a shared measure with a 450 KB definition: 400 naming the field, catalogue unchanged', async () => {
    const before = await tableState();
    const res = await api.put(
      '/api/shared-measures/long-definition',
      {
        version: 0,
        measure: {
          id: 'long-definition',
          category: { ja: '体制', en: 'Organisation' },
          name: { ja: '長い定義', en: 'Long definition' },
          definition: { ja: JAPANESE_450KB, en: 'x' },
          valueType: 'boolean',
          period: 'fiscal_year',
          reportedBy: 'municipality',
        },
      },
      'pref-admin',
    );
    expect(res.status).toBe(400);
    expect(JSON.stringify((await res.json()).error.fields)).toContain('definition');
    expect(await tableState()).toEqual(before);
  });

  it('a progress report whose text fields together are too long: 400 on values, nothing written', async () => {
    const before = await tableState();
    const values = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`f${i}`, 'あ'.repeat(4000)]));
    const res = await api.put('/api/joint-projects/joint-procurement/periods/2026-Q1/reports/141003', { version: 0, values }, 'muni-141003');
    expect(res.status).toBe(400);
    expect(JSON.stringify((await res.json()).error)).toContain('20,000');
    expect(await tableState()).toEqual(before);
  });
});
