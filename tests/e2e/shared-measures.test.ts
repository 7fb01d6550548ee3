import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousAccessibilityViolations, signIn } from '../support/browser';
import { usePortalInBrowser } from '../support/portal-in-browser';

const portal = usePortalInBrowser();

async function openComparison(page: Page, measureName: string) {
  await page.getByRole('link', { name: '共通指標' }).click();
  await page.getByRole('link', { name: measureName, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: measureName }).waitFor();
  await page.getByRole('table', { name: /市町村別の値/ }).waitFor();
}

describe('a municipality reports, the prefecture compares', () => {
  it('Yokohama reports its datasets; prefecture staff see it in the table and on the map', async () => {
    const muni = await (await portal.browser.newContext({ locale: 'ja-JP' })).newPage();
    await signIn(muni, portal.stack.baseUrl, '市町村職員', '横浜市');
    await openComparison(muni, '公開データセット数');
    await expect(muni.getByText('報告する団体: 横浜市').isVisible()).resolves.toBe(true);
    await muni.getByLabel('公開データセット数（件）').fill('1234');
    await muni.getByLabel('出典').fill('横浜市オープンデータポータル');
    await muni.getByRole('button', { name: '報告する' }).click();
    await muni.getByText('横浜市の令和6年度の値を保存しました。').waitFor();
    expect(await seriousAccessibilityViolations(muni)).toEqual([]);

    const pref = await (await portal.browser.newContext({ locale: 'ja-JP' })).newPage();
    await signIn(pref, portal.stack.baseUrl, '県職員', '総務局 職員');
    await openComparison(pref, '公開データセット数');
    const yokohama = pref.getByRole('table', { name: /市町村別の値/ }).getByRole('row').filter({ has: pref.getByRole('rowheader', { name: '横浜市' }) });
    await expect(yokohama.innerText()).resolves.toContain('1,234件');
    await expect(yokohama.innerText()).resolves.not.toContain('サンプル');
    await expect(pref.getByRole('link', { name: /^横浜市\s*：\s*1,234件$/ }).isVisible()).resolves.toBe(true);

    await pref.getByLabel('まとめ方').selectOption('kind');
    await pref.getByRole('rowheader', { name: /政令市（3団体）/ }).waitFor();
    mkdirSync('tests/.tmp', { recursive: true });
    await pref.screenshot({ path: 'tests/.tmp/comparison.png', fullPage: true });
    expect(await seriousAccessibilityViolations(pref)).toEqual([]);
  });

  it('a municipality uploads a CSV of its own rows; a bad row is shown and nothing is written', async () => {
    const page = await (await portal.browser.newContext({ locale: 'ja-JP' })).newPage();
    await signIn(page, portal.stack.baseUrl, '市町村職員', '川崎市');
    await page.getByRole('link', { name: '共通指標' }).click();
    const header = 'measure_id,period,org_code,value,note,source\n';
    const file = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
    await page.getByLabel('CSVファイル').setInputFiles(file('bad.csv', `${header}rpa-processes,FY2024,141305,12,,\nonline-usage-rate,FY2024,141305,150,,\n`));
    await page.getByRole('button', { name: '取り込む' }).click();
    await page.getByRole('table', { name: '取込ファイルの誤り（1件）' }).waitFor();
    await page.getByLabel('CSVファイル').setInputFiles(file('good.csv', `${header}rpa-processes,FY2024,141305,12,,\nonline-usage-rate,FY2024,141305,45.5,,\n`));
    await page.getByRole('button', { name: '取り込む' }).click();
    await page.getByText('2件の値を取り込みました。').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('a municipality’s profile shows every shared measure against the prefecture average', async () => {
    const page = await (await portal.browser.newContext({ locale: 'ja-JP' })).newPage();
    await signIn(page, portal.stack.baseUrl, '市町村職員', '厚木市');
    await page.getByRole('link', { name: '自団体' }).click();
    await page.getByRole('heading', { level: 1, name: '厚木市の共通指標' }).waitFor();
    await page.getByRole('cell', { name: /位 \/ 33/ }).first().waitFor();
    expect(await page.getByRole('table', { name: /最新値と県内平均/ }).getByRole('row').count()).toBe(1 + 15);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });
});

describe('the administrator manages the catalogue', () => {
  it('adds a shared measure, which then appears in the catalogue for everyone', async () => {
    const page = await (await portal.browser.newContext({ locale: 'ja-JP' })).newPage();
    await signIn(page, portal.stack.baseUrl, '県 管理者', 'デジタル戦略本部室 管理者');
    await page.getByRole('link', { name: '共通指標', exact: true }).click();
    await page.getByRole('link', { name: '共通指標の管理（追加・編集）' }).click();
    await page.getByRole('button', { name: '共通指標を追加する' }).click();
    await page.getByLabel('ID（英小文字・数字・ハイフン）').fill('chat-tool');
    await page.getByLabel('名称', { exact: true }).fill('チャットツールの導入');
    await page.getByLabel('名称（英語）').fill('Chat tool in use');
    await page.getByLabel('分類', { exact: true }).fill('AI・RPA');
    await page.getByLabel('分類（英語）').fill('AI and RPA');
    await page.getByLabel('値の種類').selectOption('boolean');
    await page.getByLabel('定義・出典', { exact: true }).fill('庁内でチャットツールを利用しているか。');
    await page.getByLabel('定義・出典（英語）').fill('Whether staff use a chat tool.');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '保存する' }).click();
    await page.getByText('「チャットツールの導入」を保存しました。').waitFor();
    await page.getByRole('cell', { name: 'chat-tool' }).waitFor();
  });
});
