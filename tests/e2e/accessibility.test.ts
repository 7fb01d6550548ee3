import { describe, expect, it } from 'vitest';
import { seriousAccessibilityViolations, signIn } from '../support/browser';
import { usePortalInBrowser } from '../support/portal-in-browser';

const portal = usePortalInBrowser();

/** Every page of the portal, with who opens it (an administrator sees every control). */
const PAGES: { path: string; as?: 'admin' | 'municipality' }[] = [
  { path: '/login' },
  { path: '/open-data' },
  { path: '/api-docs' },
  { path: '/summary', as: 'admin' },
  { path: '/', as: 'admin' },
  { path: '/report', as: 'admin' },
  { path: '/measures', as: 'admin' },
  { path: '/measures/21-4', as: 'admin' },
  { path: '/admin/import', as: 'admin' },
  { path: '/shared-measures', as: 'admin' },
  { path: '/shared-measures/mynumber-card-rate', as: 'admin' },
  { path: '/municipalities/141003', as: 'admin' },
  { path: '/admin/shared-measures', as: 'admin' },
  { path: '/joint-projects', as: 'admin' },
  { path: '/joint-projects/joint-procurement', as: 'admin' },
  { path: '/joint-projects/joint-procurement/reports/2026-Q1/142034', as: 'admin' },
  { path: '/admin/joint-projects', as: 'admin' },
  { path: '/admin/joint-projects/joint-procurement', as: 'admin' },
  { path: '/notices', as: 'admin' },
  { path: '/joint-projects/joint-procurement', as: 'municipality' },
  { path: '/joint-projects/joint-procurement/reports/2026-Q3/142034', as: 'municipality' },
];

describe('accessibility of every page (axe-core, WCAG 2.1 AA rules)', () => {
  it('finds no serious or critical violation on any page, each page with a title and one h1', async () => {
    const admin = await (await portal.browser.newContext({ locale: 'ja-JP' })).newPage();
    await signIn(admin, portal.stack.baseUrl, '県 管理者', 'デジタル戦略本部室 管理者');
    const municipality = await (await portal.browser.newContext({ locale: 'ja-JP' })).newPage();
    await signIn(municipality, portal.stack.baseUrl, '市町村職員', '平塚市');
    const anonymous = await (await portal.browser.newContext({ locale: 'ja-JP' })).newPage();
    const failures: string[] = [];
    for (const { path, as } of PAGES) {
      const page = as === 'admin' ? admin : as === 'municipality' ? municipality : anonymous;
      await page.goto(`${portal.stack.baseUrl}${path}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      // Let the page's queries settle: loading messages give way to content.
      await page.waitForFunction(() => !document.querySelector('main [role="status"]')?.textContent?.includes('読み込んでいます'), undefined, { timeout: 10_000 }).catch(() => undefined);
      const violations = await seriousAccessibilityViolations(page);
      if (violations.length > 0) failures.push(`${path}: ${violations.join('; ')}`);
      if ((await page.getByRole('heading', { level: 1 }).count()) !== 1) failures.push(`${path}: not exactly one h1`);
      if (!(await page.title()).endsWith('かながわDX連携ポータル')) failures.push(`${path}: no page title`);
    }
    expect(failures).toEqual([]);
  });

  it('can be used from the keyboard: the first Tab reaches the skip link, which moves focus to the main content', async () => {
    const page = await (await portal.browser.newContext({ locale: 'ja-JP' })).newPage();
    await signIn(page, portal.stack.baseUrl, '県職員', '総務局 職員');
    await page.goto(`${portal.stack.baseUrl}/joint-projects`);
    await page.getByRole('heading', { level: 1, name: '協働事業' }).waitFor();
    // Let every list arrive first: content replacing a loading message would take the focus with it.
    await page.getByRole('table', { name: '協働事業の一覧' }).waitFor();
    await page.waitForLoadState('networkidle');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('本文へ移動');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.closest('main') !== null)).resolves.toBe(true);
  });
});
