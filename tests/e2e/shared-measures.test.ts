import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousAccessibilityViolations, signIn } from '../support/browser';
import { usePortalInBrowser } from '../support/portal-in-browser';

const portal = usePortalInBrowser();

async function openComparison(page: Page, measureName: string) {
  await page.getByRole('link', { name: '共通指標', exact: true }).click();
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
    // Whatever the sample's previous figure, a note keeps a large change from being refused.
    await muni.getByRole('textbox', { name: /^備考/ }).fill('庁内の統計表を公開したため。');
    await muni.getByRole('button', { name: '報告する' }).click();
    await muni.getByText('横浜市の令和7年度の値を保存しました。県の確認後に公開されます。').waitFor();
    expect(await seriousAccessibilityViolations(muni)).toEqual([]);

    const pref = await (await portal.browser.newContext({ locale: 'ja-JP' })).newPage();
    await signIn(pref, portal.stack.baseUrl, '県職員', '総務局 職員');
    await openComparison(pref, '公開データセット数');
    const yokohama = pref.getByRole('table', { name: /市町村別の値/ }).getByRole('row').filter({ has: pref.getByRole('rowheader', { name: '横浜市' }) });
    await expect(yokohama.innerText()).resolves.toContain('1,234件');
    await expect(yokohama.innerText()).resolves.not.toContain('サンプル');
    // The prefecture sees the value before it is published, marked in words as not yet confirmed.
    await expect(yokohama.innerText()).resolves.toContain('未確認');
    await expect(pref.getByRole('list', { name: '集計' }).innerText()).resolves.toContain('単純平均');
    await pref.getByText(/人口による重み付けはしていません/).waitFor();
    // The map (the default view) names the shape with its value; the tile grid, the other view, names the tile.
    await pref.getByRole('link', { name: /^横浜市: 1,234件（/ }).waitFor();
    await pref.getByRole('radio', { name: 'タイル表示' }).check();
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
    await page.getByRole('link', { name: '共通指標', exact: true }).click();
    const header = 'measure_id,period,org_code,value,note,source\n';
    const file = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
    await page.getByLabel('ファイル（.xlsx・.csv）').setInputFiles(file('bad.csv', `${header}rpa-processes,FY2024,141305,12,,\nonline-usage-rate,FY2024,141305,150,,\n`));
    await page.getByRole('button', { name: '内容を確認' }).click();
    await page.getByRole('table', { name: '取込ファイルの誤り（1件）' }).waitFor();
    await page.getByLabel('ファイル（.xlsx・.csv）').setInputFiles(file('good.csv', `${header}rpa-processes,FY2024,141305,12,,\nonline-usage-rate,FY2024,141305,45.5,,\n`));
    await page.getByRole('button', { name: '内容を確認' }).click();
    await page.getByRole('button', { name: 'この内容で登録' }).click();
    await page.getByText('2件を登録しました。').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('a municipality’s profile loads from one endpoint, with placeholders, never 未報告, while it loads', async () => {
    const page = await (await portal.browser.newContext({ locale: 'ja-JP' })).newPage();
    await signIn(page, portal.stack.baseUrl, '市町村職員', '厚木市');
    const asked: string[] = [];
    page.on('request', (r) => { if (r.url().includes('/api/')) asked.push(new URL(r.url()).pathname); });
    // The profile answers late, so what the page shows meanwhile can be seen.
    let release!: () => void;
    const held = new Promise<void>((resolve) => { release = resolve; });
    await page.route('**/api/organisations/*/shared-values*', async (route) => { await held; await route.continue(); });
    await page.getByRole('link', { name: '自団体' }).click();
    await page.getByRole('heading', { level: 1, name: '厚木市の共通指標' }).waitFor();
    const table = page.getByRole('table', { name: /最新値と推移/ });
    await expect(table.getAttribute('aria-busy')).resolves.toBe('true');
    await expect(table.innerText()).resolves.not.toContain('未報告');
    release();
    await expect.poll(() => table.getAttribute('aria-busy')).toBe('false');
    expect(await table.getByRole('row').count()).toBe(1 + 15);
    expect(asked.filter((p) => p.endsWith('/comparison'))).toEqual([]);
    expect(new Set(asked.filter((p) => p.includes('/shared-values')))).toEqual(new Set(['/api/organisations/142123/shared-values']));

    // The prefecture's standing of one measure is one comparison request, made when asked for.
    await page.getByRole('button', { name: 'RPAを活用している業務数の県内の状況を表示' }).click();
    await table.getByRole('row').filter({ hasText: 'RPAを活用している業務数' }).getByText(/^(\d+位 \/ \d+|順位なし)・単純平均 [\d.]+業務$/).waitFor();
    expect(asked.filter((p) => p.endsWith('/comparison'))).toHaveLength(1);
    await page.getByRole('button', { name: 'テレワークの導入の県内の状況を表示' }).click();
    await table.getByRole('row').filter({ hasText: 'テレワークの導入' }).getByText(/はい \d+\/\d+団体（\d+%）/).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('a yes/no measure is a count and a share, with no rank and no average', async () => {
    const page = await (await portal.browser.newContext({ locale: 'ja-JP' })).newPage();
    await signIn(page, portal.stack.baseUrl, '県職員', '総務局 職員');
    await openComparison(page, 'オープンデータの取組');
    const stats = page.getByRole('list', { name: '集計' });
    await expect(stats.innerText()).resolves.toMatch(/「はい」と答えた団体（報告済みのうち）\s*\d+\/\d+団体（\d+%）/);
    await expect(stats.innerText()).resolves.not.toMatch(/平均|中央値/);
    const table = page.getByRole('table', { name: /市町村別の値/ });
    await expect(table.getByRole('columnheader', { name: '順位' }).count()).resolves.toBe(0);
    await expect(table.innerText()).resolves.not.toMatch(/\d+位/);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    mkdirSync('tests/.tmp', { recursive: true });
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.screenshot({ path: 'tests/.tmp/comparison-boolean-1366.png', fullPage: true });
    await page.getByRole('list', { name: '集計' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'tests/.tmp/comparison-boolean-1366-stats.png' });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: 'tests/.tmp/comparison-boolean-390.png', fullPage: true });
    await page.getByRole('table', { name: /市町村別の値/ }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'tests/.tmp/comparison-boolean-390-table.png' });
  });

  it('a status measure is counted per status, with no rank and no average', async () => {
    const page = await (await portal.browser.newContext({ locale: 'ja-JP' })).newPage();
    await signIn(page, portal.stack.baseUrl, '県職員', '総務局 職員');
    await openComparison(page, '標準準拠システムへの移行状況（20業務）');
    const stats = page.getByRole('list', { name: '集計' });
    await expect(stats.innerText()).resolves.toMatch(/未着手 \d+件・作業中 \d+件・移行完了 \d+件・対象外 \d+件/);
    await expect(stats.innerText()).resolves.not.toMatch(/平均|中央値/);
    await expect(page.getByRole('table', { name: /市町村別の値/ }).getByRole('columnheader', { name: '順位' }).count()).resolves.toBe(0);
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
    // A calendar window whose deadline comes before it opens: the API's message, under that row.
    await page.getByRole('button', { name: '期間を追加' }).click();
    await page.getByLabel('1行目の期間').fill('FY2025');
    await page.getByLabel('令和7年度の受付開始日').fill('2026-06-01');
    await page.getByLabel('令和7年度の締切日').fill('2026-05-31');
    await page.getByRole('button', { name: 'ルールを追加' }).click();
    await page.getByLabel('ルール1の種類').selectOption('change');
    await page.getByLabel('ルール1の変化の上限（比率）').fill('2');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '保存する' }).click();
    await page.getByText(/1行目: 締切日は受付開始日以降にしてください。/).waitFor();
    await page.getByLabel('令和7年度の受付開始日').fill('2026-04-01');
    await page.getByRole('button', { name: '保存する' }).click();
    await page.getByText('「チャットツールの導入」を保存しました。').waitFor();
    await page.getByRole('cell', { name: 'chat-tool' }).waitFor();
    await page.getByRole('button', { name: 'チャットツールの導入を編集' }).click();
    await expect(page.getByLabel('令和7年度の締切日').inputValue()).resolves.toBe('2026-05-31');
    await expect(page.getByLabel('ルール1の変化の上限（比率）').inputValue()).resolves.toBe('2');
  });
});
