import { describe, expect, it } from 'vitest';
import { seriousAccessibilityViolations, signIn } from '../support/browser';
import { usePortalInBrowser } from '../support/portal-in-browser';

const portal = usePortalInBrowser();

describe('Japanese by default, English by a toggle remembered per user', () => {
  it('switches the frame and the council pages to English, keeps the choice for that user, not for the next', async () => {
    const context = await portal.browser.newContext({ locale: 'ja-JP' });
    const page = await context.newPage();
    await signIn(page, portal.stack.baseUrl, '県議会議員', '県議会議員');
    await page.goto(`${portal.stack.baseUrl}/summary`);
    await page.getByRole('heading', { level: 1, name: '県議会向けサマリー 令和6年度' }).waitFor();
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('ja');

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Summary for council members FY2024' }).waitFor();
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
    await expect(page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Inspection report' }).isVisible()).resolves.toBe(true);
    await expect(page.getByText('In FY2024, of the 169 measures rated,').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('option', { name: 'FY2024', exact: true }).count()).resolves.toBe(1);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Inspection report' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inspection report FY2024' }).waitFor();
    await page.getByRole('table', { name: 'Digital transformation of daily life' }).getByRole('columnheader', { name: 'Area' }).waitFor();
    await expect(page.title()).resolves.toBe('Inspection report FY2024 | Kanagawa DX Collaboration Portal');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Inspection report FY2024' }).waitFor();
    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Joint projects' }).click();
    await page.getByRole('link', { name: '情報システム等の共同調達・共同利用' }).click();
    await page.getByRole('heading', { level: 2, name: 'Participants and phases' }).waitFor();
    await expect(page.getByText('Joint procurement and use').isVisible()).resolves.toBe(true);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // Another person on the same browser starts in Japanese; the council member's choice is kept for them.
    await page.getByRole('button', { name: 'Sign out' }).click();
    // Sign-out ends at the provider, which comes back to /signed-out: opening another page first would cut it short.
    await page.getByRole('heading', { level: 1, name: 'サインアウトしました' }).waitFor();
    await signIn(page, portal.stack.baseUrl, '県職員', '総務局 職員');
    await page.goto(`${portal.stack.baseUrl}/summary`);
    await page.getByRole('heading', { level: 1, name: '県議会向けサマリー 令和6年度' }).waitFor();
    await page.getByRole('button', { name: 'サインアウト' }).click();
    await page.getByRole('heading', { level: 1, name: 'サインアウトしました' }).waitFor();
    // Signing in again as the council member: the portal opens in English at once.
    await page.goto(`${portal.stack.baseUrl}/login`);
    await page.getByRole('region', { name: '県議会議員' }).getByRole('button', { name: '県議会議員', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: /FY2024 results$/ }).waitFor();
  });
});
