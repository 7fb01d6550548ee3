import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { FORM_COLUMNS } from '../../shared/surveys/form-file';
import { apiClient } from '../support/api-client';
import { json, sentSurvey } from '../support/surveys';
import { useTestTable } from '../support/test-table';

/** The board, the aggregates and the files of a survey (照会, issue 17): the XLSX form round trip and the exports. */
const api = apiClient();
const HIRATSUKA = '142034';
const YOKOHAMA = '141003';
const FUJISAWA = '142051';
const answerPath = (id: string, org: string) => `/api/surveys/${id}/answers/${org}`;

async function sheetOf(res: Response) {
  expect(res.status, res.status === 200 ? '' : await res.clone().text()).toBe(200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await res.arrayBuffer());
  const sheet = book.worksheets[0]!;
  const rows: string[][] = [];
  const width = sheet.getRow(1).cellCount;
  sheet.eachRow((row) => rows.push(Array.from({ length: width }, (_, i) => String(row.getCell(i + 1).value ?? ''))));
  return rows;
}

/** A sheet's body as the browser hands it to the import: header text → cell text. */
const asRecords = (rows: string[][]) => rows.slice(1).map((r) => Object.fromEntries(rows[0]!.map((h, i) => [h, r[i] ?? ''])));

let survey: { id: string; version: number };

beforeAll(async () => {
  await useTestTable();
  survey = await sentSurvey(api);
  await json(await api.put(answerPath(survey.id, YOKOHAMA), { version: 0, values: { has_plan: true, staff: 40, tools: ['RPA', '生成AI'], stage: '完了', note: '庁内横断チーム' }, submit: true }, `muni-${YOKOHAMA}`));
  await json(await api.put(answerPath(survey.id, HIRATSUKA), { version: 0, values: { has_plan: false, staff: 3, tools: ['RPA'], stage: '移行中' }, submit: true }, `muni-${HIRATSUKA}`));
  // A draft never counts.
  await json(await api.put(answerPath(survey.id, FUJISAWA), { version: 0, values: { has_plan: true, staff: 999 - 900 } }, `muni-${FUJISAWA}`));
});

describe('the board and the aggregates', () => {
  it('shows the prefecture who answered: submitted, draft, not started', async () => {
    const board = await json(await api.get(`/api/surveys/${survey.id}/board`, 'pref-staff'));
    expect(board.counts).toEqual({ asked: 33, notStarted: 30, draft: 1, submitted: 2, late: 0 });
    expect(board.rows.find((r: { orgCode: string }) => r.orgCode === FUJISAWA).status).toBe('draft');
    expect((await api.get(`/api/surveys/${survey.id}/board`, `muni-${HIRATSUKA}`)).status).toBe(403);
  });

  it('adds up submitted answers per question for the prefecture, with each municipality’s answer', async () => {
    const results = await json(await api.get(`/api/surveys/${survey.id}/results`, 'pref-staff'));
    expect(results.submittedCount).toBe(2);
    const q = Object.fromEntries(results.questions.map((x: { questionId: string }) => [x.questionId, x]));
    expect(q.staff.stats).toEqual({ count: 2, sum: 43, mean: 21.5, min: 3, max: 40 });
    expect(q.staff.perMunicipality).toEqual([
      { orgCode: YOKOHAMA, orgName: '横浜市', value: 40 },
      { orgCode: HIRATSUKA, orgName: '平塚市', value: 3 },
    ]);
    expect(q.has_plan.options).toEqual([{ option: 'はい', count: 1 }, { option: 'いいえ', count: 1 }]);
    expect(q.tools.options).toEqual([{ option: 'RPA', count: 2 }, { option: '生成AI', count: 1 }, { option: 'ノーコード', count: 0 }]);
    expect(q.note.perMunicipality).toEqual([{ orgCode: YOKOHAMA, orgName: '横浜市', value: '庁内横断チーム' }]);
  });

  it('hides the aggregates from municipalities (404) until shared, and then never shows another municipality’s answer', async () => {
    expect((await api.get(`/api/surveys/${survey.id}/results`, `muni-${HIRATSUKA}`)).status).toBe(404);
    const shared = await sentSurvey(api, { shareAggregates: true });
    await json(await api.put(answerPath(shared.id, YOKOHAMA), { version: 0, values: { has_plan: true, staff: 40, note: '横浜市だけの回答' }, submit: true }, `muni-${YOKOHAMA}`));
    const res = await api.get(`/api/surveys/${shared.id}/results`, `muni-${HIRATSUKA}`);
    const results = await json(res);
    expect(results.questions.find((x: { questionId: string }) => x.questionId === 'staff').stats.sum).toBe(40);
    expect(results.questions.every((x: { perMunicipality: unknown[] }) => x.perMunicipality.length === 0)).toBe(true);
    expect(JSON.stringify(results)).not.toContain('横浜市');
  });
});

describe('files', () => {
  it('exports exactly the submitted answers, the same cells in XLSX and CSV', async () => {
    const xlsx = await sheetOf(await api.get(`/api/surveys/${survey.id}/results.xlsx`, 'pref-staff'));
    expect(xlsx[0]).toEqual(['団体コード', '団体名', '提出日時', 'DX推進計画を策定していますか', 'DX担当職員数（人）', '導入済みのツール', '標準化の進捗', '計画の策定日', '課題']);
    expect(xlsx.slice(1).map((r) => [r[0], r[1], ...r.slice(3)])).toEqual([
      [YOKOHAMA, '横浜市', 'はい', '40', 'RPA; 生成AI', '完了', '', '庁内横断チーム'],
      [HIRATSUKA, '平塚市', 'いいえ', '3', 'RPA', '移行中', '', ''],
    ]);
    const csvRes = await api.get(`/api/surveys/${survey.id}/results.csv`, 'pref-staff');
    expect(csvRes.headers.get('content-type')).toContain('text/csv');
    const csv = (await csvRes.text()).replace(/^\uFEFF/, '');
    const lines = csv.trim().split(/\r?\n/);
    // No cell here needs quoting: the CSV's lines are the XLSX's rows, cell for cell.
    expect(lines).toEqual(xlsx.map((r) => r.join(',')));
    expect(csv).not.toContain('藤沢市');
    expect((await api.get(`/api/surveys/${survey.id}/results.csv`, `muni-${YOKOHAMA}`)).status).toBe(403);
  });

  it('round-trips the XLSX form: download prefilled, fill in, preview before → after with errors per row, then save', async () => {
    const path = answerPath(survey.id, FUJISAWA);
    const form = await sheetOf(await api.get(`/api/surveys/${survey.id}/form.xlsx`, `muni-${FUJISAWA}`));
    expect(form[0]).toEqual(FORM_COLUMNS.map((c) => c.ja));
    const answer = FORM_COLUMNS.findIndex((c) => c.key === 'answer');
    // Prefilled with the saved draft.
    expect(form.find((r) => r[0] === 'staff')![answer]).toBe('99');

    const fill = (values: Record<string, string>) => form.map((r, i) => (i === 0 || !(r[0]! in values) ? r : r.map((cell, c) => (c === answer ? values[r[0]!]! : cell))));
    const wrong = await json(await api.post(`${path}/import`, { rows: asRecords(fill({ staff: '多数', stage: '検討中' })), dryRun: true }, `muni-${FUJISAWA}`));
    expect(wrong.errors.map((e: { row: number }) => e.row)).toEqual([3, 5]);
    expect(wrong.errors[0].message.ja).toContain('数値ではありません');

    const rows = asRecords(fill({ staff: '12', tools: 'RPA; ノーコード', stage: '移行中', since: '2025/4/1' }));
    const preview = await json(await api.post(`${path}/import`, { rows, dryRun: true }, `muni-${FUJISAWA}`));
    expect(preview.errors).toEqual([]);
    expect(preview.changes).toEqual([
      { row: 3, questionId: 'staff', label: 'DX担当職員数', before: '99', after: '12' },
      { row: 4, questionId: 'tools', label: '導入済みのツール', before: '', after: 'RPA; ノーコード' },
      { row: 5, questionId: 'stage', label: '標準化の進捗', before: '', after: '移行中' },
      { row: 6, questionId: 'since', label: '計画の策定日', before: '', after: '2025-04-01' },
    ]);
    expect((await json(await api.get(path, `muni-${FUJISAWA}`))).values.staff).toBe(99);

    const saved = await json(await api.post(`${path}/import`, { rows, version: preview.version, submit: true }, `muni-${FUJISAWA}`));
    expect(saved).toMatchObject({ dryRun: false, status: 'submitted' });
    expect((await json(await api.get(path, 'pref-staff'))).values).toEqual({ has_plan: true, staff: 12, tools: ['RPA', 'ノーコード'], stage: '移行中', since: '2025-04-01' });
    // The same form downloaded again holds what was imported.
    const again = await sheetOf(await api.get(`/api/surveys/${survey.id}/form.xlsx?orgCode=${FUJISAWA}`, 'pref-staff'));
    expect(again.find((r) => r[0] === 'since')![answer]).toBe('2025-04-01');
    // Another municipality may not download Fujisawa's (404: not even its existence) nor import into it (403).
    expect((await api.get(`/api/surveys/${survey.id}/form.xlsx?orgCode=${FUJISAWA}`, `muni-${HIRATSUKA}`)).status).toBe(404);
    expect((await api.post(`${path}/import`, { rows, dryRun: true }, `muni-${HIRATSUKA}`)).status).toBe(403);
  });
});
