import { describe, expect, it } from 'vitest';
import { seriousAccessibilityViolations, signIn } from '../support/browser';
import { pagesByWho, settled, visits } from '../support/pages';
import { usePortalInBrowser } from '../support/portal-in-browser';

const portal = usePortalInBrowser();

describe('accessibility of every page (axe-core, WCAG 2.1 AA rules)', () => {
  it('finds no serious or critical violation on any page, for everyone who may open it, each page with a title and one h1', async () => {
    // Every route of App.tsx, as each person who may open it (tests/support/pages.ts), at a desktop width.
    const all = visits();
    const pages = await pagesByWho(async () => (await portal.browser.newContext({ locale: 'ja-JP', viewport: { width: 1366, height: 900 } })).newPage(), portal.stack.baseUrl, all.map((v) => v.who));
    const failures: string[] = [];
    for (const { path, who } of all) {
      const page = pages.get(who)!;
      await page.goto(`${portal.stack.baseUrl}${path}`);
      if (!(await settled(page))) failures.push(`${path} as ${who}: no heading (did not load)`);
      const violations = await seriousAccessibilityViolations(page);
      if (violations.length > 0) failures.push(`${path} as ${who}: ${violations.join('; ')}`);
      if ((await page.getByRole('heading', { level: 1 }).count()) !== 1) failures.push(`${path} as ${who}: not exactly one h1`);
      if (!(await page.title()).endsWith('かながわDX連携ポータル')) failures.push(`${path} as ${who}: no page title`);
    }
    expect(failures).toEqual([]);
  }, 600_000);

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
