import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { seriousAccessibilityViolations, signIn } from '../support/browser';
import { usePortalInBrowser } from '../support/portal-in-browser';
import { publishSeededYear } from '../support/publish-year';

const portal = usePortalInBrowser();

/**
 * The public pages (issue 16): a visitor who never signs in reads the published plan year — the council summary, the
 * annex, a measure's page — and the comparisons of confirmed values; an address the portal does not have is a real
 * not-found page, while the working pages still ask for sign-in.
 */
beforeAll(async () => {
  // FY2024 is published (the real report was); a stack that already publishes it keeps its own record.
  await publishSeededYear();
});

async function anonymousPage(path: string): Promise<Page> {
  const page = await (await portal.browser.newContext({ locale: 'ja-JP' })).newPage();
  await page.goto(`${portal.stack.baseUrl}${path}`);
  return page;
}

/** Sent with no Authorization header: the pages ask the API as the public. */
function recordAuthorization(page: Page): string[] {
  const sent: string[] = [];
  page.on('request', (req) => {
    if (new URL(req.url()).pathname.startsWith('/api/') && req.headers().authorization) sent.push(req.url());
  });
  return sent;
}

describe('a visitor who is not signed in', () => {
  it('reads the council summary, with the public navigation and a sign-in link, and no staff menu', async () => {
    const page = await anonymousPage('/summary');
    const sent = recordAuthorization(page);
    await page.getByRole('heading', { level: 1, name: /^県議会向けサマリー/ }).waitFor();
    await page.getByRole('heading', { level: 2, name: '神奈川DX計画の達成状況' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/summary');
    const nav = page.getByRole('navigation', { name: 'メインメニュー' });
    await expect(nav.getByRole('link').allInnerTexts()).resolves.toEqual(['計画の概要', 'サマリー', '施策一覧', '点検報告書', '共通指標', 'オープンデータ']);
    await expect(page.getByRole('link', { name: 'サインイン' }).getAttribute('href')).resolves.toBe(`/signin?next=${encodeURIComponent('/summary')}`);
    await expect(page.getByRole('link', { name: 'やること' }).count()).resolves.toBe(0);
    await expect(page.getByRole('alert').count()).resolves.toBe(0);
    expect(sent).toEqual([]);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('reads the annex of the inspection report', async () => {
    const page = await anonymousPage('/report');
    await page.getByRole('heading', { level: 1, name: /点検報告書|令和6年度/ }).waitFor();
    const annex = page.getByRole('region', { name: '別紙の表：行政のデジタル化' });
    await annex.getByRole('row').filter({ hasText: 'RPAの導入拡大' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('reads a measure’s page: its results and rating, but no edit form and no change history', async () => {
    const page = await anonymousPage('/measures/14-7');
    await page.getByRole('heading', { level: 1, name: '14-7 RPAの導入拡大' }).waitFor();
    await page.getByRole('heading', { level: 2, name: /^評価（令和6年度）$/ }).waitFor();
    await expect(page.getByText('概ね達成').first().isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: '実績・評価を編集する' }).count()).resolves.toBe(0);
    await expect(page.getByRole('heading', { name: '変更履歴' }).count()).resolves.toBe(0);
    await expect(page.getByRole('alert').count()).resolves.toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('compares the municipalities’ confirmed values of a shared measure', async () => {
    const page = await anonymousPage('/shared-measures');
    await page.getByRole('heading', { level: 1, name: '共通指標（市町村比較）' }).waitFor();
    await page.getByRole('link', { name: '公開データセット数', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: '公開データセット数' }).waitFor();
    await page.getByRole('row').filter({ hasText: '横浜市' }).first().waitFor();
    await expect(page.getByRole('alert').count()).resolves.toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('gets a not-found page for a wrong address, with a way home', async () => {
    const page = await anonymousPage('/measurez/14-7');
    await page.getByRole('heading', { level: 1, name: 'ページが見つかりません' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/measurez/14-7');
    await expect(page.title()).resolves.toMatch(/^ページが見つかりません \| /);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'トップページ（計画の概要）へ戻る' }).click();
    await page.getByRole('heading', { level: 1, name: /令和6年度 点検結果/ }).waitFor();
  });

  it('is still asked to sign in for a working page', async () => {
    const page = await anonymousPage('/shared-measures/review');
    await page.waitForURL((url) => url.pathname === '/login');
    await page.getByRole('region', { name: '県職員' }).waitFor();
  });
});

describe('a signed-in user', () => {
  it('gets the same not-found page for a wrong address', async () => {
    const page = await (await portal.browser.newContext({ locale: 'ja-JP' })).newPage();
    await signIn(page, portal.stack.baseUrl, '県議会議員', '県議会議員');
    await page.goto(`${portal.stack.baseUrl}/no-such-page`);
    await page.getByRole('heading', { level: 1, name: 'ページが見つかりません' }).waitFor();
    await expect(page.getByRole('link', { name: 'サインイン' }).count()).resolves.toBe(0);
  });
});
