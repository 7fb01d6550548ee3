import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { VALUES_FILE_COLUMNS } from '../../shared/shared-measures/values-file';
import { apiClient } from '../support/api-client';
import { useTestTable } from '../support/test-table';

/**
 * The XLSX template a municipality fills in (issue 15): read back with exceljs, as Excel would open it. The seeded
 * catalogue's calendar opens FY2025 on 2026-04-01 and monthly windows up to last month (data/shared-measures/catalogue.json).
 */
const api = apiClient();
const YOKOHAMA = '141003';
const template = (org: string) => `/api/organisations/${org}/shared-values/template.xlsx`;
const valuePath = (measure: string, period: string, org: string) => `/api/shared-measures/${measure}/periods/${period}/values/${org}`;
const HEADERS = VALUES_FILE_COLUMNS.map((c) => c.ja);
const col = (key: string) => VALUES_FILE_COLUMNS.findIndex((c) => c.key === key) + 1;

/** The version a value has now (0: none yet), as the comparison shows it to its municipality. */
async function versionOf(measure: string, period: string, org: string): Promise<number> {
  const res = await api.get(`/api/shared-measures/${measure}/periods/${period}/comparison`, `muni-${org}`);
  const { rows } = (await res.json()) as { rows: { orgCode: string; version: number }[] };
  return rows.find((r) => r.orgCode === org)?.version ?? 0;
}

/** Reports a value as the municipality (so it awaits review): the note answers any plausibility warning. */
async function report(measure: string, period: string, value: unknown, note: string) {
  const res = await api.put(valuePath(measure, period, YOKOHAMA), { version: await versionOf(measure, period, YOKOHAMA), value, note }, `muni-${YOKOHAMA}`);
  expect(res.status, await res.clone().text()).toBe(200);
}

async function download(org: string, as: string) {
  const res = await api.get(template(org), as);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await res.arrayBuffer());
  const sheet = book.worksheets[0]!;
  const rows: { number: number; cells: Record<string, unknown> }[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    rows.push({ number, cells: Object.fromEntries(VALUES_FILE_COLUMNS.map((c, i) => [c.key, row.getCell(i + 1).value ?? ''])) });
  });
  return { res, sheet, rows };
}

beforeAll(async () => {
  await useTestTable({ sharedMeasures: true });
  await report('open-data-datasets', 'FY2025', 170, 'テンプレート確認用');
  await report('open-data-adopted', 'FY2025', true, 'テンプレート確認用');
  await report('system-standardisation', '2026-10', { jumin: 'migrated', koseki: 'in_progress' }, '戸籍は作業中');
});

describe('the values template of a municipality', () => {
  it('has the file’s columns in header row 1, bold and frozen, and only the municipality’s own rows', async () => {
    const { res, sheet, rows } = await download(YOKOHAMA, `muni-${YOKOHAMA}`);
    expect(res.headers.get('content-disposition')).toContain(encodeURIComponent('共通指標の報告_横浜市_'));
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(HEADERS);
    expect(sheet.getCell(1, 1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.cells.org_code === YOKOHAMA && r.cells.org_name === '横浜市')).toBe(true);
    // The prefecture enters the card rate from national statistics: never in a municipality's template.
    expect(rows.some((r) => r.cells.measure_id === 'mynumber-card-rate')).toBe(false);
    // FY2026 opens on 2027-04-01.
    expect(rows.some((r) => r.cells.period === 'FY2026')).toBe(false);
  });

  it('prefills the values awaiting review, with the measure’s Japanese name, period and unit', async () => {
    const { rows } = await download(YOKOHAMA, 'pref-staff');
    const row = (measure: string, period: string, item = '') =>
      rows.find((r) => r.cells.measure_id === measure && r.cells.period === period && r.cells.item === item)?.cells;
    expect(row('open-data-datasets', 'FY2025')).toMatchObject({ measure_name: '公開データセット数', period_label: '令和7年度', unit: '件', value: 170, note: 'テンプレート確認用' });
    expect(row('open-data-adopted', 'FY2025')).toMatchObject({ measure_name: 'オープンデータの取組', value: 'はい' });
    expect(row('system-standardisation', '2026-10', '住民基本台帳')).toMatchObject({ value: '移行完了', note: '戸籍は作業中', unit: '%' });
    expect(row('system-standardisation', '2026-10', '戸籍')).toMatchObject({ value: '作業中' });
    expect(rows.filter((r) => r.cells.measure_id === 'system-standardisation' && r.cells.period === '2026-10')).toHaveLength(20);
  });

  it('offers drop-down lists on the value of yes/no and status rows, and greys the columns the import ignores', async () => {
    const { sheet, rows } = await download(YOKOHAMA, `muni-${YOKOHAMA}`);
    const numberOf = (measure: string, item = '') => rows.find((r) => r.cells.measure_id === measure && r.cells.period !== '' && r.cells.item === item)!.number;
    const valueCell = (row: number) => sheet.getCell(row, col('value'));
    expect(valueCell(numberOf('open-data-adopted')).dataValidation).toMatchObject({ type: 'list', formulae: ['"はい,いいえ"'] });
    expect(valueCell(numberOf('system-standardisation', '戸籍')).dataValidation).toMatchObject({ type: 'list', formulae: ['"未着手,作業中,移行完了,対象外"'] });
    expect(valueCell(numberOf('open-data-datasets')).dataValidation).toBeUndefined();
    const fill = (row: number, key: string) => (sheet.getCell(row, col(key)).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    const row = numberOf('open-data-datasets');
    expect(VALUES_FILE_COLUMNS.filter((c) => fill(row, c.key) !== undefined).map((c) => c.key)).toEqual(VALUES_FILE_COLUMNS.filter((c) => c.readOnly).map((c) => c.key));
  });

  it('is the municipality’s own: another municipality’s staff and the council get 403, an unknown code 404', async () => {
    expect((await api.get(template('141305'), `muni-${YOKOHAMA}`)).status).toBe(403);
    expect((await api.get(template(YOKOHAMA), 'council')).status).toBe(403);
    expect((await api.get(template('140007'), 'pref-admin')).status).toBe(404); // the prefecture reports no municipal values
    expect((await api.get(template(YOKOHAMA))).status).toBe(401);
  });
});
