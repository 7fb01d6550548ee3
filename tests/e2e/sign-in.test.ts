import { beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { overrideConfig } from '../../functions/platform/config';
import { seriousAccessibilityViolations } from '../support/browser';
import { usePortalInBrowser } from '../support/portal-in-browser';

// Registered before the stack starts (usePortalInBrowser's beforeAll): every ID token of this file lives 15 s, so
// a test can outlive one.
const TTL_SECONDS = 15;
beforeAll(() => {
  overrideConfig({ localIdTokenTtlSeconds: TTL_SECONDS });
});
const portal = usePortalInBrowser();

const PROJECT = '情報システム等の共同調達・共同利用';
const PICKER = 'サインイン（ローカル環境のデモ利用者）';
const TOKEN_KEY = 'kanagawa-dx-portal.token';

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext({ locale: 'ja-JP' })).newPage();
}

const storedToken = (page: Page) => page.evaluate((key) => sessionStorage.getItem(key), TOKEN_KEY);
const claimsOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { sub: string; exp: number };

/** Opens `path` without a session and signs in on the provider's page as 横浜市's staff member. */
async function signInThrough(page: Page, path: string) {
  await page.goto(`${portal.stack.baseUrl}${path}`);
  await page.getByRole('heading', { level: 1, name: PICKER }).waitFor();
  expect(new URL(page.url()).pathname).toBe('/login');
  expect(new URL(page.url()).searchParams.get('uid')).toBeTruthy();
  await page.getByRole('region', { name: '市町村職員' }).getByRole('button', { name: '横浜市', exact: true }).click();
}

describe('signing in through the OpenID provider', () => {
  it('a deep link survives sign-in: the municipal user lands on the page first asked for, with no code left in the address', async () => {
    const page = await newPage(portal.browser);
    await signInThrough(page, '/joint-projects?from=mail');
    await page.getByRole('heading', { level: 1, name: '協働事業' }).waitFor();
    await page.getByRole('link', { name: PROJECT }).waitFor();
    const landed = new URL(page.url());
    expect(landed.pathname + landed.search).toBe('/joint-projects?from=mail');
    expect(claimsOf((await storedToken(page))!).sub).toBe('muni-141003');
    await expect(page.getByText('横浜市 職員').first().isVisible()).resolves.toBe(true);
  });

  it('never follows `next` off the site: an outside address lands on the home page (a municipal user’s やること)', async () => {
    const page = await newPage(portal.browser);
    await page.goto(`${portal.stack.baseUrl}/signin?next=${encodeURIComponent('//evil.example/steal')}`);
    await page.getByRole('region', { name: '市町村職員' }).getByRole('button', { name: '横浜市', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'やること' }).waitFor();
    expect(page.url()).toBe(`${portal.stack.baseUrl}/tasks`);
  });

  it('the provider page explains a refused or expired choice in Japanese and English', async () => {
    const page = await newPage(portal.browser);
    await page.goto(`${portal.stack.baseUrl}/login?uid=abc&error=disabled`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expect(alert.innerText()).resolves.toMatch(/無効にされています[\s\S]*has been disabled/);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.goto(`${portal.stack.baseUrl}/login?error=expired`);
    await expect(page.getByRole('alert').innerText()).resolves.toMatch(/有効期限が切れました[\s\S]*has expired/);
    await page.getByRole('link', { name: 'サインインをやり直す' }).click();
    await page.getByRole('heading', { level: 1, name: PICKER }).waitFor();
    expect(new URL(page.url()).searchParams.get('uid')).toBeTruthy();
  });
});

describe('the session outlives its ID token', () => {
  it(`renews before the ${TTL_SECONDS} s token expires, and after a rejected token, without going back to the sign-in page`, async () => {
    const page = await newPage(portal.browser);
    const visitedSignIn: string[] = [];
    await signInThrough(page, '/joint-projects');
    await page.getByRole('link', { name: PROJECT }).waitFor();
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame() && /\/(login|signin)\b/.test(frame.url())) visitedSignIn.push(frame.url());
    });
    const first = (await storedToken(page))!;

    // Past the first token's expiry: a renewed token is in place and the API still answers.
    await page.waitForTimeout((claimsOf(first).exp * 1000 - Date.now()) + 2_000);
    const renewed = (await storedToken(page))!;
    expect(renewed).not.toBe(first);
    expect(claimsOf(renewed).sub).toBe('muni-141003');
    expect(claimsOf(renewed).exp * 1000).toBeGreaterThan(Date.now());
    await page.getByRole('link', { name: PROJECT }).click();
    await page.getByRole('heading', { level: 1, name: PROJECT }).waitFor();

    // A token the API refuses (as after expiry in a throttled background tab): one renewal, then the request again.
    await page.evaluate((key) => sessionStorage.setItem(key, 'not.a.token'), TOKEN_KEY);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: PROJECT }).waitFor();
    await page.getByRole('heading', { level: 2, name: '参加団体とフェーズ' }).waitFor();
    expect(await storedToken(page)).not.toBe('not.a.token');
    expect(visitedSignIn).toEqual([]);
  });
});

describe('signing out', () => {
  it('lands on /signed-out with the session gone; the back button shows no data, only the sign-in page', async () => {
    const page = await newPage(portal.browser);
    await signInThrough(page, '/joint-projects');
    await page.getByRole('link', { name: PROJECT }).waitFor();

    await page.getByRole('button', { name: 'サインアウト', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'サインアウトしました' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/signed-out');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    const left = await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('oidc.user') || k.includes('token')));
    expect(left).toEqual([]);

    await page.goBack();
    // The provider's session ended too: the picker asks again, and the page first left shows nothing of its data.
    await page.getByRole('heading', { level: 1, name: PICKER }).waitFor();
    await expect(page.getByRole('link', { name: PROJECT }).count()).resolves.toBe(0);
    await page.getByRole('region', { name: '市町村職員' }).getByRole('button', { name: '横浜市', exact: true }).click();
    await page.getByRole('link', { name: PROJECT }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/joint-projects');
  });

  it('"sign out everywhere" also ends the session of the same user in another browser', async () => {
    const phone = await newPage(portal.browser);
    await signInThrough(phone, '/joint-projects');
    await phone.getByRole('link', { name: PROJECT }).waitFor();
    const office = await newPage(portal.browser);
    await signInThrough(office, '/joint-projects');
    await office.getByRole('link', { name: PROJECT }).waitFor();

    await office.getByText('その他', { exact: true }).click();
    await office.getByRole('button', { name: 'すべての端末からサインアウト' }).click();
    await office.getByRole('heading', { level: 1, name: 'サインアウトしました' }).waitFor();
    await expect(office.getByRole('alert').count()).resolves.toBe(0);

    // The phone's next request is refused, its refresh token too: it is back at the sign-in page.
    await phone.getByRole('link', { name: PROJECT }).click();
    await phone.getByRole('heading', { level: 1, name: PICKER }).waitFor();
    expect(await storedToken(phone)).toBeNull();
  });
});
