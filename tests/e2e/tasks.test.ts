import { describe, expect, it } from 'vitest';
import { daysUntil } from '../../shared/japan-days';
import { daysLeftWords } from '../../shared/tasks/task-groups';
import { seriousAccessibilityViolations, signIn } from '../support/browser';
import { usePortalInBrowser } from '../support/portal-in-browser';

const portal = usePortalInBrowser();
const Q3 = '進捗報告「情報システム等の共同調達・共同利用（令和8年度 第3四半期）」を提出する';

describe('やること: what is expected of a municipality', () => {
  it('a municipal user lands on their tasks after sign-in, sees a deadline in 令和 with the days left, and one click opens the form', async () => {
    const page = await (await portal.browser.newContext({ locale: 'ja-JP' })).newPage();
    await signIn(page, portal.stack.baseUrl, '市町村職員', '平塚市');
    await page.getByRole('heading', { level: 1, name: 'やること' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/tasks');

    const link = page.getByRole('link', { name: Q3 });
    await link.waitFor();
    const row = page.getByRole('listitem').filter({ has: link });
    const words = daysLeftWords(daysUntil('2027-01-15', new Date())).ja;
    await expect(row.innerText()).resolves.toMatch(new RegExp(`期限\\s*令和9年1月15日\\s*${words}`));
    // Groups are headed sections with lists, overdue first (Q2's report was due on 15 October 2026).
    await expect(page.getByRole('heading', { level: 2 }).first().innerText()).resolves.toMatch(/^期限超過/);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await link.click();
    await page.waitForURL('**/joint-projects/joint-procurement/reports/2026-Q3/142034');
    await page.getByRole('heading', { level: 1 }).waitFor();

    // The plan overview stays one click away for staff.
    await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '計画の概要' }).click();
    await page.getByRole('heading', { level: 1, name: /年度 点検結果/ }).waitFor();
  });

  it('council members keep the overview; the prefecture sees what waits for review and who is late', async () => {
    const council = await (await portal.browser.newContext({ locale: 'ja-JP' })).newPage();
    await signIn(council, portal.stack.baseUrl, '県議会議員', '県議会議員');
    expect(new URL(council.url()).pathname).toBe('/');

    const pref = await (await portal.browser.newContext({ locale: 'ja-JP' })).newPage();
    await signIn(pref, portal.stack.baseUrl, '県職員', '総務局 職員');
    await pref.getByRole('heading', { level: 1, name: 'やること' }).waitFor();
    await pref.getByRole('link', { name: /情報システム等の共同調達・共同利用.*未提出の団体/ }).first().waitFor();
    await pref.getByRole('link', { name: '報告状況（報告率・期限内報告率）を見る' }).click();
    await pref.getByRole('heading', { level: 1, name: '報告状況' }).waitFor();
    await pref.getByRole('heading', { level: 2, name: '市町村別' }).or(pref.getByText('この期間に期限を迎えた報告はありません。')).first().waitFor();
    expect(await seriousAccessibilityViolations(pref)).toEqual([]);
  });
});
