import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousAccessibilityViolations, signIn } from '../support/browser';
import { usePortalInBrowser } from '../support/portal-in-browser';

const portal = usePortalInBrowser();

const MEASURE = 'mynumber-card-rate';
const MUNICIPALITIES = (parse(readFileSync('data/kanagawa-dx/kanagawa-municipalities.csv', 'utf8'), { columns: true, bom: true }) as { code: string; name: string; name_en: string; kind: string }[])
  .filter((r) => r.kind !== 'prefecture');
const ATTRIBUTION_JA = '出典：国土交通省 国土数値情報（行政区域データ）を加工して作成（デジタル庁）';
const ATTRIBUTION_EN = 'Source: MLIT National Land Numerical Information (administrative areas), processed by the Digital Agency';
const LICENCE = 'https://creativecommons.org/licenses/by/4.0/';

const map = (page: Page) => page.getByRole('group', { name: /の地図$|: map$/ });
const shapes = (page: Page) => map(page).locator('path[tabindex="0"]');
const shapeCount = async (page: Page) => {
  await shapes(page).first().waitFor();
  return shapes(page).count();
};

/** The shapes' names in the order Tab reaches them, starting from the view choice just before the map. */
async function namesByTab(page: Page, from: string): Promise<string[]> {
  await page.getByRole('radio', { name: from }).focus();
  const names: string[] = [];
  for (let i = 0; i < MUNICIPALITIES.length; i++) {
    await page.keyboard.press('Tab');
    names.push(await page.evaluate(() => (document.activeElement?.tagName === 'path' ? document.activeElement.getAttribute('aria-label') ?? '' : `not a shape: ${document.activeElement?.tagName}`)));
  }
  return names;
}

describe('the comparison map of Kanagawa’s real municipal shapes', () => {
  it('has 33 named shapes reached by Tab, a legend in words, the attribution, and the tile grid as a choice', async () => {
    const page = await (await portal.browser.newContext({ locale: 'ja-JP', viewport: { width: 1366, height: 900 } })).newPage();
    await signIn(page, portal.stack.baseUrl, '県職員', '総務局 職員');
    const chunks: string[] = [];
    page.on('request', (r) => chunks.push(new URL(r.url()).pathname));
    const mapScripts = () => chunks.filter((p) => /ChoroplethMap-[^/]*\.js$/.test(p));
    await page.goto(`${portal.stack.baseUrl}/shared-measures/${MEASURE}?view=tiles`);
    await page.locator('.tile-map').waitFor();
    // The geometry is not loaded while the tile grid is shown.
    expect(mapScripts()).toEqual([]);

    await page.getByRole('radio', { name: '地図' }).check();
    await expect(shapeCount(page)).resolves.toBe(33);
    expect(page.url()).not.toContain('view=');
    expect(mapScripts()).toHaveLength(1);
    await expect(page.locator('.tile-map').count()).resolves.toBe(0);

    const names = await namesByTab(page, '地図');
    expect(names).toHaveLength(33);
    for (const m of MUNICIPALITIES) {
      const named = names.filter((n) => n.startsWith(`${m.name}: `));
      expect(named, m.name).toHaveLength(1);
      // Name, value (or 未報告), and the class in words: colour is never the only cue.
      expect(named[0], m.name).toMatch(/^[^:]+: (\d+(\.\d+)?%（サンプル）（区分[1-5]: [^）]+）|未報告)$/);
    }
    // The map says what the table says.
    const yokohamaRow = page.getByRole('table', { name: /市町村別の値/ }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: '横浜市' }) });
    const yokohamaValue = names.find((n) => n.startsWith('横浜市: '))!.match(/: ([\d.]+%)/)![1]!;
    await expect(yokohamaRow.innerText()).resolves.toContain(yokohamaValue);

    const legend = await page.getByRole('list', { name: '凡例' }).last().getByRole('listitem').allInnerTexts();
    expect(legend.map((t) => t.trim())).toEqual([
      expect.stringMatching(/^区分1: [\d.]+〜[\d.]+%未満$/),
      expect.stringMatching(/^区分2: /),
      expect.stringMatching(/^区分3: /),
      expect.stringMatching(/^区分4: /),
      expect.stringMatching(/^区分5: [\d.]+%以上$/),
      '未報告（斜線）',
    ]);
    await page.getByText(ATTRIBUTION_JA).waitFor();
    await expect(page.getByRole('link', { name: /CC BY 4\.0/ }).getAttribute('href')).resolves.toBe(LICENCE);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // Focus shows the value beside the shape; Enter opens the municipality's page.
    const yokohama = map(page).locator('path[data-code="141003"]');
    await yokohama.focus();
    await expect(page.locator('.map-tip').innerText()).resolves.toContain('横浜市');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/municipalities\/141003$/);
    await page.goBack();

    await page.getByRole('radio', { name: 'タイル表示' }).check();
    await page.locator('.tile-map').waitFor();
    expect(page.url()).toContain('view=tiles');
    await expect(map(page).count()).resolves.toBe(0);
    await page.reload();
    await expect(page.getByRole('radio', { name: 'タイル表示' }).isChecked()).resolves.toBe(true);
    await page.getByRole('radio', { name: '地図' }).check();
    await expect(shapeCount(page)).resolves.toBe(33);
    await page.context().close();
  });

  it('names the shapes, the legend and the attribution in English in English mode', async () => {
    const page = await (await portal.browser.newContext({ locale: 'ja-JP', viewport: { width: 390, height: 844 } })).newPage();
    await signIn(page, portal.stack.baseUrl, '県職員', '総務局 職員');
    await page.goto(`${portal.stack.baseUrl}/shared-measures/${MEASURE}`);
    await page.getByRole('button', { name: 'English' }).click();
    await expect(shapeCount(page)).resolves.toBe(33);
    const names = await shapes(page).evaluateAll((paths) => paths.map((p) => p.getAttribute('aria-label') ?? ''));
    for (const m of MUNICIPALITIES) expect(names.filter((n) => n.startsWith(`${m.name_en}: `)), m.name_en).toHaveLength(1);
    expect(names.join('\n')).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    await expect(page.getByRole('list', { name: 'Legend' }).last().getByRole('listitem').last().innerText()).resolves.toBe('Not reported (hatched)');
    await page.getByText(ATTRIBUTION_EN).waitFor();
    await expect(page.getByRole('radio', { name: 'Tile grid' }).count()).resolves.toBe(1);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(390);
    await page.context().close();
  });

  it('shows an anonymous visitor the same map, with shapes that name their value but open nothing', async () => {
    const page = await (await portal.browser.newContext({ locale: 'ja-JP' })).newPage();
    await page.goto(`${portal.stack.baseUrl}/shared-measures/${MEASURE}`);
    await expect(shapeCount(page)).resolves.toBe(33);
    const names = await namesByTab(page, '地図');
    expect(names.filter((n) => n.startsWith('横浜市: '))).toHaveLength(1);
    const before = page.url();
    await map(page).locator('path[data-code="141003"]').click();
    await page.keyboard.press('Enter');
    expect(page.url()).toBe(before);
    await page.getByText(ATTRIBUTION_JA).waitFor();
    await page.context().close();
  });
});
