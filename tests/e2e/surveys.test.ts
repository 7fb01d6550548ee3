import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { runSurveyReminders } from '../../functions/features/surveys';
import { readOutbox } from '../../functions/platform/mail/mailer';
import { todayInJapan } from '../../shared/japan-days';
import type { Notice } from '../../shared/notices/notice';
import { FORM_COLUMNS } from '../../shared/surveys/form-file';
import { seriousAccessibilityViolations, signIn } from '../support/browser';
import { usePortalInBrowser } from '../support/portal-in-browser';

/**
 * Issue 17's survey (照会) round trip in the browser: the prefecture composes a survey with a number, a yes/no and a
 * choice question and sends it to all 33 municipalities; 藤沢市 answers in the form, 茅ヶ崎市 in Excel (the form
 * downloaded, filled with exceljs as Excel would, uploaded, previewed, submitted); after the deadline a municipality
 * that never answered is reminded exactly once however often the job runs; the aggregate tables and the XLSX export
 * hold exactly the two answers.
 */
const portal = usePortalInBrowser();
const IN_FORM = { code: '142051', name: '藤沢市' };
const BY_EXCEL = { code: '142077', name: '茅ヶ崎市' };
const LATE = { code: '142042', name: '鎌倉市' };
const TITLE = `令和8年度 オープンデータ推進状況調査（e2e ${Date.now().toString(36)}）`;
const Q = { datasets: '公開データセット数', plan: '推進計画を策定済みですか', catalogue: 'カタログサイトの状況' };

const DAY = 24 * 60 * 60 * 1000;
/** A deadline ten days ahead in Japan, and a moment two days after it. */
const deadline = todayInJapan(new Date(Date.now() + 10 * DAY));
const afterDeadline = new Date(Date.parse(`${deadline}T12:00:00+09:00`) + 2 * DAY);

async function get<T>(path: string, userId: string): Promise<T> {
  const base = portal.stack.baseUrl;
  const { token } = (await (await fetch(`${base}/api/auth/local/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userId }) })).json()) as { token: string };
  const res = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${token}` } });
  if (!res.ok) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

const question = (page: Page, n: number) => page.getByRole('group', { name: `設問${n}`, exact: true });

async function municipality(name: string): Promise<Page> {
  const page = await (await portal.browser.newContext({ locale: 'ja-JP', acceptDownloads: true })).newPage();
  await signIn(page, portal.stack.baseUrl, '市町村職員', name);
  return page;
}

/** Writes answers into the downloaded form by question id, as a person would in Excel, and saves it with exceljs. */
async function fillForm(file: string, out: string, answers: Record<string, string | number>) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const sheet = book.worksheets[0]!;
  const col = (key: string) => FORM_COLUMNS.findIndex((c) => c.key === key) + 1;
  expect(sheet.getRow(1).getCell(col('answer')).value).toBe('回答');
  const filled = new Set<string>();
  sheet.eachRow((row, n) => {
    const id = String(row.getCell(col('question_id')).value ?? '');
    if (n > 1 && id in answers) {
      row.getCell(col('answer')).value = answers[id]!;
      row.commit();
      filled.add(id);
    }
  });
  expect([...filled].sort()).toEqual(Object.keys(answers).sort());
  await book.xlsx.writeFile(out);
}

describe('a survey (照会) from composing to its results', () => {
  it('is composed and sent to all 33, answered by two (one by Excel), a late one is reminded once, and the results hold exactly the two answers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'e2e-survey-'));
    const base = portal.stack.baseUrl;

    // 1. The prefecture composes the survey: a number with its unit, yes/no, and a single choice.
    const pref = await (await portal.browser.newContext({ locale: 'ja-JP', acceptDownloads: true })).newPage();
    await signIn(pref, base, '県職員', '総務局 職員');
    await pref.goto(`${base}/surveys`);
    await pref.getByRole('link', { name: '新しい照会' }).click();
    await pref.getByRole('heading', { level: 1, name: '新しい照会' }).waitFor();
    await pref.getByLabel('件名').fill(TITLE);
    await pref.getByLabel('説明（照会の趣旨、回答の基準日など）').fill('令和8年4月1日時点の状況を回答してください。');
    await pref.getByLabel('回答期限（この日まで）').fill(deadline);
    await question(pref, 1).getByLabel('設問文').fill(Q.datasets);
    await question(pref, 1).getByLabel('単位').fill('件');
    await question(pref, 1).getByLabel('最小値（任意）').fill('0');
    await question(pref, 1).getByLabel('必須').check();
    await pref.getByRole('button', { name: '設問を追加' }).click();
    await question(pref, 2).getByLabel('設問文').fill(Q.plan);
    await question(pref, 2).getByLabel('回答の種類').selectOption({ label: 'はい・いいえ' });
    await question(pref, 2).getByLabel('必須').check();
    await pref.getByRole('button', { name: '設問を追加' }).click();
    await question(pref, 3).getByLabel('設問文').fill(Q.catalogue);
    await question(pref, 3).getByLabel('回答の種類').selectOption({ label: '単一選択' });
    await question(pref, 3).getByLabel('選択肢（1行に1つ）').fill('公開している\n準備中\n予定なし');
    await question(pref, 3).getByLabel('説明（回答欄の下に表示）').fill('県のカタログサイトへの掲載を含みます。');
    expect(await seriousAccessibilityViolations(pref)).toEqual([]);

    await pref.getByRole('button', { name: '下書き保存' }).click();
    await pref.waitForURL(/\/admin\/surveys\/[a-z][a-z0-9-]+$/);
    const surveyId = new URL(pref.url()).pathname.split('/').at(-1)!;
    await pref.getByText('状態: 作成中').waitFor();

    // Sending asks first, then every municipality is asked.
    await pref.getByRole('button', { name: '送付する' }).click();
    const dialog = pref.getByRole('dialog', { name: '照会を送付しますか？' });
    await expect(dialog.innerText()).resolves.toContain('全市町村に通知が届きます');
    await dialog.getByRole('button', { name: '送付する' }).click();
    await pref.waitForURL(`${base}/surveys/${surveyId}`);
    await pref.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const board = pref.getByRole('table', { name: /市町村ごとの回答状況/ });
    await board.waitFor();
    await expect(board.getByRole('row').count()).resolves.toBe(34); // header + the 33 municipalities

    // 2. 藤沢市 finds it among its tasks and answers in the form; a required question left empty is named first.
    const fujisawa = await municipality(IN_FORM.name);
    await fujisawa.getByRole('link', { name: `照会「${TITLE}」に回答する` }).click();
    await fujisawa.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const datasets = fujisawa.getByLabel(new RegExp(Q.datasets));
    await expect(datasets.getAttribute('aria-describedby').then((ids) => fujisawa.locator(`[id="${ids!.split(' ')[0]}"]`).innerText())).resolves.toContain('単位: 件');
    await fujisawa.getByRole('button', { name: '提出する' }).click();
    await fujisawa.getByRole('alert').filter({ hasText: '2件の設問に誤りがあります' }).waitFor();
    await expect(fujisawa.getByText(`「${Q.datasets}」は必須です。`).count()).resolves.toBe(1);
    await datasets.fill('12');
    await fujisawa.getByRole('group', { name: new RegExp(Q.plan) }).getByLabel('はい').check();
    await fujisawa.getByRole('group', { name: new RegExp(Q.catalogue) }).getByLabel('公開している').check();
    expect(await seriousAccessibilityViolations(fujisawa)).toEqual([]);
    await fujisawa.getByRole('button', { name: '提出する' }).click();
    await fujisawa.getByRole('status').filter({ hasText: '提出しました' }).waitFor();
    await fujisawa.getByText(/状態: 提出済（令和\d+年/).waitFor();

    // 3. 茅ヶ崎市 answers in Excel: the form it downloads, filled in and uploaded; it sees what changes before saving.
    const chigasaki = await municipality(BY_EXCEL.name);
    await chigasaki.goto(`${base}/surveys/${surveyId}`);
    await chigasaki.getByRole('heading', { level: 2, name: 'Excelで回答する' }).waitFor();
    const [download] = await Promise.all([chigasaki.waitForEvent('download'), chigasaki.getByRole('button', { name: '回答様式（Excel）をダウンロード' }).click()]);
    const form = join(dir, 'form.xlsx');
    await download.saveAs(form);
    expect(download.suggestedFilename()).toBe(`照会回答_${TITLE}_${BY_EXCEL.name}.xlsx`);
    const survey = await get<{ questions: { id: string; label: string }[] }>(`/api/surveys/${surveyId}`, 'pref-staff');
    const idOf = (label: string) => survey.questions.find((q) => q.label === label)!.id;
    const filled = join(dir, 'filled.xlsx');
    await fillForm(form, filled, { [idOf(Q.datasets)]: 30, [idOf(Q.plan)]: 'いいえ', [idOf(Q.catalogue)]: '準備中' });
    await chigasaki.getByLabel('記入した回答様式（.xlsx）').setInputFiles(filled);
    await chigasaki.getByRole('button', { name: '内容を確認' }).click();
    const preview = chigasaki.getByRole('table', { name: /変わる回答（前 → 後）/ });
    await preview.waitFor();
    await expect(preview.getByRole('row').count()).resolves.toBe(4); // header + three answers
    await expect(preview.getByRole('row').filter({ hasText: Q.catalogue }).innerText()).resolves.toContain('準備中');
    await chigasaki.getByRole('button', { name: 'この内容で提出' }).click();
    await chigasaki.getByRole('status').filter({ hasText: '取り込んだ回答を提出しました' }).waitFor();
    // The form above now shows the uploaded answer as submitted.
    await chigasaki.getByText(/状態: 提出済/).waitFor();
    await expect(chigasaki.getByLabel(new RegExp(Q.datasets)).inputValue()).resolves.toBe('30');

    // 4. After the deadline, the daily job reminds every municipality that has not answered, once, however often it runs.
    const first = await runSurveyReminders(afterDeadline);
    expect(first.notices).toBe(31);
    await expect(runSurveyReminders(afterDeadline)).resolves.toEqual({ notices: 0, emails: 0 });
    const noticesOf = async (code: string) =>
      (await get<{ items: Notice[] }>('/api/notices?limit=100', `muni-${code}`)).items.filter((n) => n.link === `/surveys/${surveyId}` && n.kind === 'survey_overdue');
    await expect(noticesOf(LATE.code)).resolves.toHaveLength(1);
    await expect(noticesOf(IN_FORM.code)).resolves.toHaveLength(0);
    await expect(noticesOf(BY_EXCEL.code)).resolves.toHaveLength(0);
    const mails = (await readOutbox()).filter((m) => m.text.includes(TITLE));
    expect(mails.filter((m) => m.to.includes(`muni-${LATE.code}@example.invalid`))).toHaveLength(1);
    expect(mails.filter((m) => m.to.includes(`muni-${IN_FORM.code}@example.invalid`) || m.to.includes(`muni-${BY_EXCEL.code}@example.invalid`))).toEqual([]);

    // 5. The prefecture's results: the board, the aggregate tables and the XLSX export hold exactly the two answers.
    await pref.reload();
    await pref.getByRole('heading', { level: 2, name: '集計' }).waitFor();
    const submittedRows = pref.getByRole('table', { name: /市町村ごとの回答状況/ }).getByRole('row').filter({ hasText: '提出済' });
    await expect(submittedRows.allInnerTexts()).resolves.toEqual([expect.stringContaining(IN_FORM.name), expect.stringContaining(BY_EXCEL.name)]);
    const stats = pref.getByRole('table', { name: `「${Q.datasets}」の集計` });
    await expect(stats.getByRole('row').nth(1).getByRole('cell').allInnerTexts()).resolves.toEqual(['2', '42件', '21件', '12件', '30件']);
    const counts = async (label: string) =>
      Object.fromEntries((await pref.getByRole('table', { name: `「${label}」の回答数` }).getByRole('row').allInnerTexts()).slice(1).map((r) => r.split('\t').slice(0, 2)));
    await expect(counts(Q.plan)).resolves.toEqual({ はい: '1', いいえ: '1' });
    await expect(counts(Q.catalogue)).resolves.toEqual({ 公開している: '1', 準備中: '1', 予定なし: '0' });
    await expect(pref.getByRole('img', { name: new RegExp(`^${Q.catalogue}: 公開している 1団体、準備中 1団体、予定なし 0団体$`) }).count()).resolves.toBe(1);
    expect(await seriousAccessibilityViolations(pref)).toEqual([]);

    const [exported] = await Promise.all([pref.waitForEvent('download'), pref.getByRole('button', { name: 'Excel（.xlsx）でダウンロード' }).click()]);
    const results = join(dir, 'results.xlsx');
    await exported.saveAs(results);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(results);
    const rows: unknown[][] = [];
    book.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const header = rows[0]!.map(String);
    const at = (label: string) => header.findIndex((h) => h.startsWith(label));
    expect(rows).toHaveLength(3); // the header and exactly the two answers
    const byOrg = Object.fromEntries(rows.slice(1).map((r) => [String(r[0]), [r[at(Q.datasets)], r[at(Q.plan)], r[at(Q.catalogue)]]]));
    expect(byOrg).toEqual({ [IN_FORM.code]: [12, 'はい', '公開している'], [BY_EXCEL.code]: [30, 'いいえ', '準備中'] });

    // The prefecture's list counts the same two.
    await pref.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '照会' }).click();
    const listed = pref.getByRole('row').filter({ has: pref.getByRole('rowheader', { name: TITLE }) });
    await expect(listed.innerText()).resolves.toContain('2/33');
  }, 240_000);

  it('copies last year’s survey for next year, sends it to two chosen municipalities only, and one not asked cannot open it', async () => {
    const base = portal.stack.baseUrl;
    const admin = await (await portal.browser.newContext({ locale: 'ja-JP' })).newPage();
    await signIn(admin, base, '県 管理者', 'デジタル戦略本部室 管理者');
    await admin.goto(`${base}/admin/surveys/r8-opendata-status`);
    await admin.getByText('状態: 締切済').waitFor();
    // A closed survey is read only: nothing to save, only to copy.
    await expect(admin.getByLabel('件名').isDisabled()).resolves.toBe(true);
    await expect(admin.getByRole('button', { name: '下書き保存' }).count()).resolves.toBe(0);
    await admin.getByRole('button', { name: 'コピーして来年度用に作成' }).click();
    await admin.waitForURL((url) => /^\/admin\/surveys\/[a-z][a-z0-9-]+$/.test(url.pathname) && !url.pathname.endsWith('/r8-opendata-status'));
    await admin.getByText('状態: 作成中').waitFor();
    await expect(admin.getByLabel('年度').inputValue()).resolves.toBe('2027');
    const seeded = await get<{ questions: unknown[] }>('/api/surveys/r8-opendata-status', 'pref-admin');
    await expect(admin.getByRole('group', { name: /^設問\d+$/ }).count()).resolves.toBe(seeded.questions.length);

    await admin.getByLabel('回答期限（この日まで）').fill(deadline);
    await admin.getByLabel('選んだ市町村').check();
    await admin.getByLabel(IN_FORM.name, { exact: true }).check();
    await admin.getByLabel(BY_EXCEL.name, { exact: true }).check();
    await admin.getByRole('status').filter({ hasText: '2団体を選んでいます' }).waitFor();
    await admin.getByRole('button', { name: '下書き保存' }).click();
    await admin.getByRole('status').filter({ hasText: '保存しました' }).waitFor();
    const surveyId = new URL(admin.url()).pathname.split('/').at(-1)!;
    await admin.getByRole('button', { name: '送付する' }).click();
    const dialog = admin.getByRole('dialog', { name: '照会を送付しますか？' });
    await expect(dialog.innerText()).resolves.toContain('選んだ2団体に通知が届きます');
    await dialog.getByRole('button', { name: '送付する' }).click();
    await admin.waitForURL(`${base}/surveys/${surveyId}`);
    const board = admin.getByRole('table', { name: /市町村ごとの回答状況/ });
    await expect.poll(() => board.getByRole('rowheader').allInnerTexts()).toEqual([IN_FORM.name, BY_EXCEL.name]);

    // 鎌倉市 was not asked: the survey is not found for it, and no answer form appears.
    const kamakura = await municipality(LATE.name);
    await kamakura.goto(`${base}/surveys/${surveyId}`);
    await kamakura.getByRole('alert').waitFor();
    await expect(kamakura.getByRole('heading', { name: '回答', exact: true }).count()).resolves.toBe(0);
    // 藤沢市 was: the form is there.
    const fujisawa = await municipality(IN_FORM.name);
    await fujisawa.goto(`${base}/surveys/${surveyId}`);
    await fujisawa.getByRole('heading', { level: 2, name: '回答', exact: true }).waitFor();
  }, 120_000);
});
