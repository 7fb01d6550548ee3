import { describe, expect, it } from 'vitest';
import { seriousAccessibilityViolations } from '../support/browser';
import { usePortalInBrowser } from '../support/portal-in-browser';

const portal = usePortalInBrowser();

describe('open data and the API reference, without signing in', () => {
  it('lists the datasets with their columns and licence, and the links download the data', async () => {
    const page = await (await portal.browser.newContext({ locale: 'ja-JP' })).newPage();
    await page.goto(`${portal.stack.baseUrl}/open-data`);
    await page.getByRole('heading', { level: 1, name: 'オープンデータ' }).waitFor();
    await page.getByRole('heading', { level: 2, name: '神奈川DX計画 施策別成果指標達成状況' }).waitFor();
    await expect(page.getByRole('link', { name: /CC BY 4\.0/ }).getAttribute('href')).resolves.toBe('https://creativecommons.org/licenses/by/4.0/deed.ja');
    const dictionary = page.getByRole('table', { name: '協働事業の効果（承認済み報告の数値）のデータ項目' });
    await expect(dictionary.getByRole('rowheader', { name: 'field_label' }).isVisible()).resolves.toBe(true);
    const csv = await page.getByRole('link', { name: /^CSV\s*（神奈川DX計画 施策別成果指標達成状況）$/ }).getAttribute('href');
    const res = await page.request.get(`${portal.stack.baseUrl}${csv}`);
    expect(res.status()).toBe(200);
    expect((await res.text()).split('\r\n')).toHaveLength(1 + 225 + 1);
    // The DCAT catalogue is linked, and each dataset's identifier is an anchor of this page.
    const dcat = await page.getByRole('link', { name: 'catalog.jsonld' }).getAttribute('href');
    const catalogue = await (await page.request.get(`${portal.stack.baseUrl}${dcat}`)).json();
    for (const d of catalogue['dcat:dataset']) {
      const anchor = new URL(d['@id']).hash.slice(1);
      await expect(page.locator(`section#${anchor}`).count(), anchor).resolves.toBe(1);
    }
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('renders every operation of the API document with who may call it', async () => {
    const page = await (await portal.browser.newContext({ locale: 'ja-JP' })).newPage();
    await page.goto(`${portal.stack.baseUrl}/api-docs`);
    await page.getByRole('heading', { level: 1, name: 'API リファレンス' }).waitFor();
    const openData = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '/api/open-data/plan-results.csv' }) });
    await expect(openData.innerText()).resolves.toContain('サインイン不要');
    const approve = page.getByRole('row').filter({ hasText: '/api/joint-projects/{projectId}/periods/{periodId}/reports/{orgCode}/transitions' });
    await expect(approve.innerText()).resolves.toContain('市町村職員');
    const documented = Object.values((await (await page.request.get(`${portal.stack.baseUrl}/api/openapi.json`)).json()).paths as Record<string, object>).reduce<number>((n, methods) => n + Object.keys(methods).length, 0);
    await expect(page.locator('main tbody tr').count()).resolves.toBe(documented);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });
});
