import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seriousAccessibilityViolations, signIn } from '../support/browser';
import { usePortalInBrowser } from '../support/portal-in-browser';

const portal = usePortalInBrowser();

/**
 * Issue 16: a prefecture officer corrects 21-2's actuals for 令和6年度 (2名→33名, 57→60件) after the year was
 * published (the stack publishes FY2024, as `npm start` does). The change needs a reason, the printed text follows
 * the figures, the reason written for the miss does not stay beside ◎, and the change is a visible erratum while the
 * published version stays downloadable as it was.
 */
describe('a correction after publication', () => {
  it('needs a reason, prints the new figures, shows as an erratum, and leaves the published version downloadable', async () => {
    const context = await portal.browser.newContext({ locale: 'ja-JP', acceptDownloads: true });
    const page = await context.newPage();
    await signIn(page, portal.stack.baseUrl, '県職員', '総務局 職員');
    await page.goto(`${portal.stack.baseUrl}/measures/21-2`);
    await page.getByRole('heading', { level: 1, name: '21-2 市町村DX推進事業' }).waitFor();
    await page.getByText(/^公表済（2025年6月30日）$/).waitFor();

    await page.getByRole('button', { name: '実績・評価を編集する' }).click();
    const actuals = page.getByLabel('実績', { exact: true });
    await actuals.nth(0).fill('33名');
    // The number typed is written into the text: the two cannot say different things.
    await page.getByLabel('実績の数値（件）').fill('60');
    await expect(actuals.nth(1).inputValue()).resolves.toBe('60件');
    await expect(page.getByRole('status').filter({ hasText: '報告書に載る表記' }).innerText()).resolves.toContain('実績 ①33名 ②60件');
    await expect(page.getByRole('status').filter({ hasText: '算定評価' }).innerText()).resolves.toContain('◎達成');

    // The reason for the miss is no longer one: saving stops at it until it is revised or cleared.
    await page.getByRole('button', { name: '保存する' }).click();
    await expect(page.getByLabel('未達成の理由及び今後の見込み等').evaluate((e) => e === document.activeElement)).resolves.toBe(true);
    await page.getByText('評価が未達成ではなくなりました。').waitFor();
    await page.getByRole('button', { name: '理由を空欄にする' }).click();

    // The year is published: saving stops at the reason for the change.
    await page.getByRole('button', { name: '保存する' }).click();
    const why = page.getByLabel(/^変更の理由/);
    await expect(why.evaluate((e) => e === document.activeElement)).resolves.toBe(true);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await why.fill('フォーラム出席者数の集計誤りを訂正');
    await page.getByRole('button', { name: '保存する' }).click();
    await page.getByText('保存しました。').waitFor();

    const errata = page.getByRole('region', { name: '正誤表', exact: true });
    await errata.waitFor();
    const corrected = errata.getByRole('row').filter({ hasText: '①２名 ②57件' });
    await expect(corrected.innerText()).resolves.toMatch(/21-2\s+実績\s+①２名 ②57件\s+①33名 ②60件\s+フォーラム出席者数の集計誤りを訂正/);
    await expect(errata.getByRole('row').filter({ hasText: '評価' }).innerText()).resolves.toMatch(/△ 未達成\s+◎ 達成/);
    await page.getByText(/^公表済（2025年6月30日）・公表後の修正 1件/).waitFor();
    await page.screenshot({ path: join(tmpdir(), 'kanagawa-dx-errata.png'), fullPage: true });
    // On a phone the 正誤表 scrolls in its own container, not the page.
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(390);
    await page.screenshot({ path: join(tmpdir(), 'kanagawa-dx-errata-390.png'), fullPage: true });
    await page.setViewportSize({ width: 1366, height: 900 });

    // The published version, as the public downloads it: the old figures and rating.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /公表時の版/ }).first().click()]);
    const published = await readFile((await download.path())!, 'utf8');
    expect(published.split('\n').find((l) => l.includes(',21-2,'))).toContain('①33名 ②60件,①２名 ②57件,△');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // The inspection report lists the erratum too.
    await page.goto(`${portal.stack.baseUrl}/report`);
    const reportErrata = page.getByRole('region', { name: '正誤表', exact: true });
    await reportErrata.waitFor();
    await expect(reportErrata.innerText()).resolves.toContain('フォーラム出席者数の集計誤りを訂正');
    await context.close();
  });
});
