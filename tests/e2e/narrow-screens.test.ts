import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appRoutes, EXAMPLES, pagesByWho, settled, visits } from '../support/pages';
import { signIn } from '../support/browser';
import { usePortalInBrowser } from '../support/portal-in-browser';

const portal = usePortalInBrowser();
const PHONE = { width: 390, height: 844 };

/** How far the page reaches past the screen, and the elements that stick out most, to say what to fix. */
const sideways = (page: Page) =>
  page.evaluate((width) => {
    const overflow = document.documentElement.scrollWidth - width;
    const culprits = overflow <= 0 ? [] : [...document.querySelectorAll('body *')]
      // Inside a scrolling container only what is positioned out of it (e.g. visually hidden text) can widen the page.
      .filter((e) => e.getBoundingClientRect().right > width + 1 && (!e.closest('.table-scroll') || getComputedStyle(e).position === 'absolute'))
      .map((e) => `${e.tagName.toLowerCase()}${e.className && typeof e.className === 'string' ? `.${e.className.trim().split(/\s+/).join('.')}` : ''} (${Math.round(e.getBoundingClientRect().right)}px)`)
      .slice(-3);
    return { scrollWidth: document.documentElement.scrollWidth, culprits };
  }, PHONE.width);

describe('phones: every page at 390 px without scrolling sideways', () => {
  it('has an address and the people to try for every route of the app, so no page is left out', () => {
    const routes = appRoutes().map((r) => r.route);
    expect(routes.length).toBeGreaterThan(20);
    expect(routes.filter((r) => !EXAMPLES[r])).toEqual([]);
    expect(Object.keys(EXAMPLES).filter((r) => !routes.includes(r))).toEqual([]);
  });

  it('keeps document.documentElement.scrollWidth at most 390 on every page, for everyone who may open it', async () => {
    const all = visits();
    const pages = await pagesByWho(async () => (await portal.browser.newContext({ locale: 'ja-JP', viewport: PHONE })).newPage(), portal.stack.baseUrl, all.map((v) => v.who));
    const failures: string[] = [];
    for (const { path, who } of all) {
      const page = pages.get(who)!;
      const t0 = Date.now();
      await page.goto(`${portal.stack.baseUrl}${path}`);
      if (!(await settled(page))) failures.push(`${path} as ${who}: no heading (did not load)`);
      if (process.env.DEBUG_PAGES) console.info(path, who, Date.now() - t0);
      const { scrollWidth, culprits } = await sideways(page);
      if (scrollWidth > PHONE.width) failures.push(`${path} as ${who}: scrollWidth ${scrollWidth} (${culprits.join(', ')})`);
    }
    expect(failures).toEqual([]);
  }, 600_000);

  it('folds the navigation behind a menu button, and writes municipality names on one line', async () => {
    const page = await (await portal.browser.newContext({ locale: 'ja-JP', viewport: PHONE })).newPage();
    await signIn(page, portal.stack.baseUrl, '県 管理者', 'デジタル戦略本部室 管理者');
    const menu = page.getByRole('button', { name: 'メニュー' });
    const nav = page.getByRole('navigation', { name: 'メインメニュー' });
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(nav.isVisible()).resolves.toBe(false);
    await menu.click();
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('true');
    await nav.getByRole('link', { name: '共通指標' }).click();
    await page.getByRole('heading', { level: 1, name: '共通指標' }).waitFor();
    // A new page closes the menu again, so the page is what the reader sees.
    await expect(nav.isVisible()).resolves.toBe(false);

    await page.goto(`${portal.stack.baseUrl}/shared-measures/mynumber-card-rate`);
    await settled(page);
    const names = await page.evaluate(() =>
      [...document.querySelectorAll('table.comparison tbody th[scope="row"]')].map((cell) => {
        const range = document.createRange();
        range.selectNodeContents(cell);
        return { name: cell.textContent ?? '', lines: new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size };
      }),
    );
    expect(names.length).toBeGreaterThanOrEqual(33);
    expect(names.filter((n) => n.lines > 1)).toEqual([]);
  });
});
