import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { VALUES_FILE_COLUMNS, type ValuesFileKey } from '../../shared/shared-measures/values-file';
import { seriousAccessibilityViolations, signIn } from '../support/browser';
import { usePortalInBrowser } from '../support/portal-in-browser';

/**
 * Issue 15's acceptance: municipal reporting from the task list to open data, in the browser. 藤沢市 fills in
 * the Excel template the portal gives it — one plausible value, one ten times last year's — uploads it, is asked
 * for a note, checks what will change, and submits; the prefecture confirms one and returns the other.
 */
const portal = usePortalInBrowser();
const ORG = { code: '142051', name: '藤沢市' };
const FY = 'FY2025';
const DATASETS = { id: 'open-data-datasets', name: '公開データセット数' };
const GENERATIVE_AI = { id: 'generative-ai', name: '生成AIの業務利用' };

/** The API as another person would use it (the local sign-in route, then a bearer token). */
async function api(userId: string) {
  const base = portal.stack.baseUrl;
  const { token } = (await (await fetch(`${base}/api/auth/local/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userId }) })).json()) as { token: string };
  return async <T,>(path: string): Promise<T> => {
    const res = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${token}` } });
    if (!res.ok) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };
}

type ComparisonRow = { orgCode: string; value?: unknown; numeric?: number };
async function valueOf(measureId: string, period: string): Promise<ComparisonRow | undefined> {
  const get = await api('pref-staff');
  const c = await get<{ rows: ComparisonRow[] }>(`/api/shared-measures/${measureId}/periods/${period}/comparison`);
  return c.rows.find((r) => r.orgCode === ORG.code && r.value !== undefined);
}

/** What open data publishes of one measure and period for the municipality (no sign-in). */
async function published(measureId: string): Promise<string | undefined> {
  const res = await fetch(`${portal.stack.baseUrl}/api/open-data/shared-values.json?measureId=${measureId}&from=${FY}&to=${FY}`);
  expect(res.status).toBe(200);
  const { items } = (await res.json()) as { items: { org_code: string; value: string }[] };
  return items.find((i) => i.org_code === ORG.code)?.value;
}

const column = (key: ValuesFileKey) => VALUES_FILE_COLUMNS.findIndex((c) => c.key === key) + 1;

/**
 * Fills in the downloaded template as a person would in Excel: the row of each value if the template lists it
 * (it lists what is still to report), else a new row in the same columns. Saved with exceljs, which writes shared
 * strings as Excel does, so the browser reads a file like the ones people upload.
 */
async function fillIn(template: string, out: string, entries: { measureId: string; value: string | number; note?: string }[]) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(template);
  const sheet = book.worksheets[0]!;
  expect(sheet.getRow(1).getCell(column('value')).value).toBe('値');
  for (const entry of entries) {
    let row: ExcelJS.Row | undefined;
    sheet.eachRow((r, n) => {
      if (n > 1 && r.getCell(column('measure_id')).value === entry.measureId && r.getCell(column('period')).value === FY) row ??= r;
    });
    if (!row) {
      row = sheet.getRow(sheet.rowCount + 1);
      row.getCell(column('measure_id')).value = entry.measureId;
      row.getCell(column('period')).value = FY;
      row.getCell(column('org_code')).value = ORG.code;
    }
    row.getCell(column('value')).value = entry.value;
    row.getCell(column('note')).value = entry.note ?? null;
    row.commit();
  }
  await book.xlsx.writeFile(out);
}

async function upload(page: Page, file: string) {
  await page.getByLabel('ファイル（.xlsx・.csv）').setInputFiles(file);
  await page.getByRole('button', { name: '内容を確認' }).click();
}

describe('municipal reporting, from the task list to open data', () => {
  it('a municipality downloads its template, fills in two values, previews and submits; the prefecture confirms one and returns the other', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'e2e-reporting-'));
    const lastYear = (await valueOf(DATASETS.id, 'FY2024'))?.numeric;
    expect(lastYear, `${ORG.name} reported its datasets for FY2024 in the sample`).toBeDefined();
    const implausible = lastYear! * 10 + 100;
    const aiBefore = (await valueOf(GENERATIVE_AI.id, FY))?.value;
    const aiValue = aiBefore === true ? 'いいえ' : 'はい';

    // 1. 藤沢市 signs in and lands on what is due (やること).
    const muni = await (await portal.browser.newContext({ locale: 'ja-JP', acceptDownloads: true })).newPage();
    await signIn(muni, portal.stack.baseUrl, '市町村職員', ORG.name);
    await muni.getByRole('heading', { level: 1, name: 'やること' }).waitFor();
    const returnedTask = muni.getByRole('link', { name: `差し戻された「${DATASETS.name}」（令和7年度）を修正する` });
    await expect(muni.getByRole('listitem').getByRole('link').count()).resolves.toBeGreaterThan(0);
    await expect(returnedTask.count()).resolves.toBe(0);

    // 2. The template, from the shared-measures page.
    await muni.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '共通指標' }).click();
    const [download] = await Promise.all([muni.waitForEvent('download'), muni.getByRole('button', { name: '報告用Excelファイルをダウンロード' }).click()]);
    const template = join(dir, 'template.xlsx');
    await download.saveAs(template);
    expect(download.suggestedFilename()).toBe(`共通指標の報告_${ORG.name}.xlsx`);

    // 3. The implausible value without a note: the file is refused, the row named as Excel numbers it, the note asked for.
    const withoutNote = join(dir, 'without-note.xlsx');
    await fillIn(template, withoutNote, [
      { measureId: DATASETS.id, value: implausible },
      { measureId: GENERATIVE_AI.id, value: aiValue },
    ]);
    await upload(muni, withoutNote);
    const errors = muni.getByRole('table', { name: /取込ファイルの誤り/ });
    await errors.waitFor();
    await expect(errors.innerText()).resolves.toContain('備考');
    await expect(muni.getByLabel('ファイル（.xlsx・.csv）').evaluate((input: HTMLInputElement) => input.files?.[0]?.name)).resolves.toBe('without-note.xlsx');

    // 4. With the note: the preview shows before → after and the warning; nothing is saved yet.
    const note = '令和7年度に統計表を一括で公開したため。';
    const filled = join(dir, 'filled.xlsx');
    await fillIn(template, filled, [
      { measureId: DATASETS.id, value: implausible, note },
      { measureId: GENERATIVE_AI.id, value: aiValue },
    ]);
    await upload(muni, filled);
    const preview = muni.getByRole('table', { name: '取り込まれる値（前 → 後）' });
    await preview.waitFor();
    const datasetsRow = preview.getByRole('row').filter({ hasText: DATASETS.name });
    await expect(datasetsRow.innerText()).resolves.toContain(`${implausible.toLocaleString('ja-JP')}件`);
    expect(await datasetsRow.getByRole('listitem').count()).toBeGreaterThan(0); // the warning the reviewer will see
    await expect(preview.getByRole('row').count()).resolves.toBe(3); // header + two values
    expect(await valueOf(DATASETS.id, FY).then((v) => v?.numeric)).not.toBe(implausible);
    expect(await seriousAccessibilityViolations(muni)).toEqual([]);

    await muni.getByRole('button', { name: 'この内容で登録' }).click();
    await muni.getByRole('status').filter({ hasText: '2件を登録しました' }).waitFor();
    expect(await valueOf(DATASETS.id, FY).then((v) => v?.numeric)).toBe(implausible);

    // 5. The prefecture confirms the plausible value and returns the implausible one with a comment.
    const pref = await (await portal.browser.newContext({ locale: 'ja-JP' })).newPage();
    await signIn(pref, portal.stack.baseUrl, '県職員', '総務局 職員');
    await pref.goto(`${portal.stack.baseUrl}/shared-measures/review`);
    await pref.getByRole('heading', { level: 1, name: '確認待ち（共通指標）' }).waitFor();
    const rowIn = (table: RegExp) => pref.getByRole('table', { name: table }).getByRole('row').filter({ has: pref.getByRole('rowheader', { name: ORG.name, exact: true }) });
    const aiRow = rowIn(new RegExp(`^${GENERATIVE_AI.name} 令和7年度の確認待ち`));
    await aiRow.getByRole('button', { name: `${ORG.name}の値を確認` }).click();
    // Its period had no other value waiting: the group leaves the queue.
    await expect.poll(() => aiRow.count()).toBe(0);

    const datasetsReview = rowIn(new RegExp(`^${DATASETS.name} 令和7年度の確認待ち`));
    await expect(datasetsReview.innerText()).resolves.toContain(note);
    await datasetsReview.getByRole('button', { name: `${ORG.name}の値を差戻し` }).click();
    const comment = '前年度の約10倍です。桁を確認してください。';
    await pref.getByLabel(`${ORG.name}への差戻しコメント（必須）`).fill(comment);
    await pref.getByRole('button', { name: '差し戻す' }).click();
    await expect.poll(() => datasetsReview.count()).toBe(0);

    // 6. Open data has the confirmed value and never the returned one.
    expect(await published(GENERATIVE_AI.id)).toBe(aiValue === 'はい' ? 'true' : 'false');
    expect(await published(DATASETS.id)).not.toBe(String(implausible));

    // 7. 藤沢市's task list now asks it to correct the returned value, and it leads to the value's form.
    await muni.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: 'やること' }).click();
    await muni.getByRole('heading', { level: 1, name: 'やること' }).waitFor();
    await returnedTask.waitFor();
    await expect(muni.getByRole('region', { name: /差戻し/ }).innerText()).resolves.toContain(DATASETS.name);
    expect(await seriousAccessibilityViolations(muni)).toEqual([]);
  });

  it('a CSV saved by Excel in Shift_JIS is read as it was written; a file in neither encoding is refused', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'e2e-sjis-'));
    // Excel's 「CSV（コンマ区切り）」 on Japanese Windows: CP932, written out byte by byte (Node has no encoder).
    const sjis = { はい: [0x82, 0xcd, 0x82, 0xa2], いいえ: [0x82, 0xa2, 0x82, 0xa2, 0x82, 0xa6], note: [0x94, 0xf5, 0x8d, 0x6c, 0x87, 0x40, 0x87, 0x8a, 0xfb, 0xfc] };
    const note = '備考①㈱髙';
    const before = (await valueOf('e-bidding', FY))?.value;
    const answer = before === true ? 'いいえ' : 'はい';
    const ascii = (text: string) => [...Buffer.from(text, 'ascii')];
    const csv = join(dir, 'values-sjis.csv');
    writeFileSync(csv, Buffer.from([...ascii(`measure_id,period,org_code,value,note\r\ne-bidding,${FY},${ORG.code},`), ...sjis[answer], 0x2c, ...sjis.note, 0x0d, 0x0a]));
    const garbled = join(dir, 'garbled.csv');
    writeFileSync(garbled, Buffer.from([...ascii(`measure_id,period,org_code,value,note\r\ne-bidding,${FY},${ORG.code},`), 0xff, 0xfe, 0x0d, 0x0a]));

    const muni = await (await portal.browser.newContext({ locale: 'ja-JP' })).newPage();
    await signIn(muni, portal.stack.baseUrl, '市町村職員', ORG.name);
    await muni.goto(`${portal.stack.baseUrl}/shared-measures`);
    await upload(muni, garbled);
    await expect(muni.getByRole('alert').innerText()).resolves.toContain('Shift_JIS');

    await upload(muni, csv);
    await muni.getByRole('table', { name: '取り込まれる値（前 → 後）' }).waitFor();
    await muni.getByRole('button', { name: 'この内容で登録' }).click();
    await muni.getByRole('status').filter({ hasText: '1件を登録しました' }).waitFor();
    const get = await api(`muni-${ORG.code}`);
    const { rows } = await get<{ rows: { orgCode: string; value?: unknown; note?: string }[] }>(`/api/shared-measures/e-bidding/periods/${FY}/comparison`);
    expect(rows.find((r) => r.orgCode === ORG.code)).toMatchObject({ value: answer === 'はい', note });
  });
});
