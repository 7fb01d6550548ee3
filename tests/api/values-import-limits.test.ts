import { beforeAll, describe, expect, it } from 'vitest';
import { apiClient } from '../support/api-client';
import { tableState } from '../support/table-state';
import { useTestTable } from '../support/test-table';

/**
 * A value reaches the table by the form (PUT …/values/{orgCode}) or by a CSV
 * row (POST /api/shared-values/imports). Both must apply one set of checks:
 * a CSV row once stored a 250 KB note that every user was then served, and
 * which made every later import touching the value fail with a 500 (an item
 * over DynamoDB's 400 KB with its audit record).
 */
const api = apiClient();
const YOKOHAMA = '141003';
const HEADER = 'measure_id,period,org_code,value,note,source';
const upload = (rows: string[], as = 'muni-141003') => api.post('/api/shared-values/imports', { csv: [HEADER, ...rows].join('\n') }, as);
const valuePath = (measure: string, period: string, org: string) => `/api/shared-measures/${measure}/periods/${period}/values/${org}`;
const csvCell = (text: string) => `"${text.replaceAll('"', '""')}"`;

async function currentVersion(measure: string, period: string): Promise<number> {
  const res = await api.get(`/api/shared-measures/${measure}/periods/${period}/comparison`, 'pref-staff');
  const rows = (await res.json()).rows as { orgCode: string; version: number }[];
  return rows.find((r) => r.orgCode === YOKOHAMA)?.version ?? 0;
}

beforeAll(async () => {
  await useTestTable({ sharedMeasures: true });
});

describe('a CSV row is checked like the form', () => {
  it('a 250 KB note: 400 naming the row and the note column, and nothing written', async () => {
    const before = await tableState();
    const res = await upload(['rpa-processes,FY2023,141003,12,,', `ai-ocr-forms,FY2024,141003,5,${csvCell('備'.repeat(250_000))},`]);
    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(error.rows).toEqual([expect.objectContaining({ file: 'values', row: 3, column: '備考' })]);
    expect(error.rows[0].message.ja).toContain('1000文字');
    expect(error.rows[0].message.en).toContain('1000 characters');
    expect(await tableState()).toEqual(before);
  });

  it('an over-long source: 400 on the source column', async () => {
    const res = await upload([`ai-ocr-forms,FY2024,141003,5,,${csvCell('x'.repeat(501))}`]);
    expect(res.status).toBe(400);
    expect((await res.json()).error.rows).toEqual([expect.objectContaining({ row: 2, column: '出典' })]);
  });

  it('the form and the CSV refuse the same over-long note with the same message, and accept the longest allowed', async () => {
    const tooLong = 'n'.repeat(1001);
    const before = await tableState();
    const form = await api.put(valuePath('ai-ocr-forms', 'FY2024', YOKOHAMA), { version: await currentVersion('ai-ocr-forms', 'FY2024'), value: 5, note: tooLong }, 'muni-141003');
    expect(form.status).toBe(400);
    const formField = (await form.json()).error.fields.find((f: { path: string }) => f.path === 'note');
    const csv = await upload([`ai-ocr-forms,FY2024,141003,5,${tooLong},`]);
    expect(csv.status).toBe(400);
    const csvRow = (await csv.json()).error.rows.find((r: { column: string }) => r.column === '備考');
    expect(csvRow.message).toEqual(formField.message);
    expect(await tableState()).toEqual(before);

    const longest = 'n'.repeat(1000);
    expect((await upload([`ai-ocr-forms,FY2024,141003,6,${longest},`])).status).toBe(200);
    const saved = await api.put(valuePath('ai-ocr-forms', 'FY2024', YOKOHAMA), { version: await currentVersion('ai-ocr-forms', 'FY2024'), value: 7, note: longest }, 'muni-141003');
    expect(saved.status).toBe(200);
  });

  it('a value out of the measure’s range is refused by both with the same message', async () => {
    const form = await api.put(valuePath('online-usage-rate', 'FY2024', YOKOHAMA), { version: await currentVersion('online-usage-rate', 'FY2024'), value: 150 }, 'muni-141003');
    expect(form.status).toBe(400);
    const formField = (await form.json()).error.fields.find((f: { path: string }) => f.path === 'value');
    const csv = await upload(['online-usage-rate,FY2024,141003,150,,']);
    expect(csv.status).toBe(400);
    expect((await csv.json()).error.rows).toEqual([{ file: 'values', row: 2, column: '値', message: formField.message }]);
  });
});

describe('two rows for one value in one file', () => {
  it('400 naming both rows (as a spreadsheet numbers them), not a 409, and nothing written', async () => {
    const before = await tableState();
    const res = await upload([
      'rpa-processes,FY2023,141003,12,,',
      'ai-ocr-forms,FY2024,141003,5,,',
      'rpa-processes,FY2023,141003,13,訂正,',
    ]);
    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(error.code).toBe('import_invalid');
    expect(error.rows).toHaveLength(1);
    expect(error.rows[0]).toMatchObject({ file: 'values', row: 4 });
    expect(error.rows[0].message.ja).toContain('2行目と4行目');
    expect(error.rows[0].message.en).toContain('Rows 2 and 4');
    expect(error.rows[0].message.en).toContain('rpa-processes / FY2023 / 141003');
    expect(await tableState()).toEqual(before);
  });

  it('the prefecture importing many municipalities: each repeat named with the row it repeats', async () => {
    const res = await upload(
      ['rpa-processes,FY2023,141003,1,,', 'rpa-processes,FY2023,141305,2,,', 'rpa-processes,FY2023,141305,3,,', 'rpa-processes,FY2023,141003,4,,'],
      'pref-admin',
    );
    expect(res.status).toBe(400);
    const rows = (await res.json()).error.rows as { row: number; message: { en: string } }[];
    expect(rows.map((r) => [r.row, r.message.en.slice(0, 'Rows 2 and 5'.length)])).toEqual([
      [4, 'Rows 3 and 4'],
      [5, 'Rows 2 and 5'],
    ]);
  });
});
