import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DX_PLAN_FILES } from '../../scripts/seed';
import { apiClient } from '../support/api-client';
import { useTestTable } from '../support/test-table';

const api = apiClient();
const REPORT = '/api/plans/kanagawa-dx/years/2024/report';
/** The report's annex as the clean CSV of ../shared/data holds it (copied into data/kanagawa-dx). */
const published = parse(readFileSync(DX_PLAN_FILES.measures, 'utf8'), { columns: true }) as Record<string, string>[];

async function download(path: string, as = 'council') {
  const res = await api.get(path, as);
  expect(res.status).toBe(200);
  return res;
}

beforeAll(async () => {
  await useTestTable();
});

describe('the FY2024 inspection report, generated', () => {
  it('the annex CSV has one row per measure in the report’s order, with the report’s ratings and the report’s columns', async () => {
    const res = await download(`${REPORT}/annex.csv`);
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(res.headers.get('content-disposition')).toContain(encodeURIComponent('施策別成果指標達成状況一覧（令和6年度）.csv'));
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM Excel needs to read UTF-8
    const text = new TextDecoder().decode(bytes);
    const [header, ...rows] = parse(text, { bom: true }) as string[][];
    expect(header).toEqual(['分野', '番号', '施策名', 'とりまとめ局', '成果指標', '目標', '実績', '評価', '未達成の理由及び今後の見込み等']);
    expect(rows).toHaveLength(225);
    expect(rows.map((r) => r[1])).toEqual(published.map((p) => p.measure_no));
    expect(rows.map((r) => r[7])).toEqual(published.map((p) => p.rating_symbol));
    const row = (no: string) => rows.find((r) => r[1] === no)!;
    expect(row('21-2')).toEqual(expect.arrayContaining(['21 市町村連携・支援', '市町村DX推進事業', '総務局', '①33名 ②60件', '①２名 ②57件', '△']));
    expect(row('2-13')[8]).toBe('（施策見直しにより廃止）');
  });

  it('the summary table equals the report’s: 126 / 15 / 28 / 169 (10), 74.6% / 8.9% / 83.4%, and each pillar’s row', async () => {
    const [header, ...rows] = parse(await (await download(`${REPORT}/summary.csv`)).text(), { bom: true }) as string[][];
    expect(header).toEqual(['区分', '◎達成', '○概ね達成', '△未達成', '計', '(集計中)', '達成率（達成）', '達成率（概ね達成）', '達成率（達成＋概ね達成）']);
    expect(rows).toEqual([
      ['くらしのデジタル化', '71', '11', '23', '105', '(10)', '67.6%', '10.5%', '78.1%'],
      ['行政のデジタル化', '55', '4', '5', '64', '(0)', '85.9%', '6.3%', '92.2%'],
      ['合計', '126', '15', '28', '169', '(10)', '74.6%', '8.9%', '83.4%'],
    ]);
  });

  it('the XLSX opens in exceljs: the summary, then one sheet per pillar with the annex header frozen and every measure', async () => {
    const res = await download(`${REPORT}.xlsx`, 'muni-141003');
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['概要', 'くらしのデジタル化', '行政のデジタル化']);
    const summary = workbook.getWorksheet('概要')!;
    expect(summary.getRow(4).values).toEqual([undefined, '合計', 126, 15, 28, 169, '(10)', '74.6%', '8.9%', '83.4%']);
    let measures = 0;
    for (const sheet of workbook.worksheets.slice(1)) {
      expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['分野', '番号', '施策名', 'とりまとめ局', '成果指標', '目標', '実績', '評価', '未達成の理由及び今後の見込み等']);
      expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      measures += sheet.rowCount - 1;
    }
    expect(workbook.getWorksheet('くらしのデジタル化')!.rowCount - 1).toBe(published.filter((p) => p.pillar === 'くらしのデジタル化').length);
    expect(measures).toBe(225);
    expect(workbook.getWorksheet('行政のデジタル化')!.getRow(2).getCell(2).value).toBe('14-1');
  });

  it('gives the exports’ headers in English on request, the report’s own text unchanged', async () => {
    const [annexHeader, first] = parse(await (await download(`${REPORT}/annex.csv?lang=en`)).text(), { bom: true, to: 2 }) as string[][];
    expect(annexHeader).toEqual(['Area', 'No.', 'Measure', 'Responsible bureau', 'Indicator', 'Target', 'Actual', 'Rating', 'Reason for not achieving and outlook']);
    expect(first![1]).toBe('1-1');
    const [summaryHeader, , , total] = parse(await (await download(`${REPORT}/summary.csv?lang=en`)).text(), { bom: true }) as string[][];
    expect(summaryHeader).toEqual(['Group', '◎ Achieved', '○ Mostly achieved', '△ Not achieved', 'Rated', '(Tallying)', 'Rate (Achieved)', 'Rate (Mostly achieved)', 'Rate (Achieved + Mostly achieved)']);
    expect(total).toEqual(['Total', '126', '15', '28', '169', '(10)', '74.6%', '8.9%', '83.4%']);
    const [measuresHeader] = parse(await (await download('/api/plans/kanagawa-dx/years/2024/measures.csv?rating=not_achieved&lang=en')).text(), { bom: true, to: 1 }) as string[][];
    expect(measuresHeader!.slice(0, 5)).toEqual(['Pillar', 'Area', 'No.', 'Measure', 'Responsible bureau']);
    const bad = await api.get(`${REPORT}/annex.csv?lang=fr`, 'council');
    expect(bad.status).toBe(400);
  });

  it('serves the report as data for the print view, and a year without data is a clear 404', async () => {
    const report = await (await download(REPORT)).json();
    expect(report.title).toBe('神奈川DX計画 令和6年度点検報告書');
    expect(report.summary.at(-1)).toMatchObject({ label: '合計', total: true });
    const missing = await api.get('/api/plans/kanagawa-dx/years/2019/report.xlsx', 'council');
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.message.ja).toContain('2019年度');
  });
});
