import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seriousAccessibilityViolations, signIn } from '../support/browser';
import { usePortalInBrowser } from '../support/portal-in-browser';

const portal = usePortalInBrowser();

describe('the council summary', () => {
  it('tells a council member in plain Japanese how much was achieved, what fell short and why, and the municipal headlines', async () => {
    const page = await (await portal.browser.newContext({ locale: 'ja-JP' })).newPage();
    await signIn(page, portal.stack.baseUrl, '県議会議員', '県議会議員');
    await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: 'サマリー' }).click();
    await page.getByRole('heading', { level: 1, name: '県議会向けサマリー 令和6年度' }).waitFor();
    await expect(page.getByText('評価した169施策のうち').innerText()).resolves.toContain('141施策（83.4%）が「達成」または「概ね達成」でした。');
    await expect(page.getByText(/前年度（令和5年度）のデータはまだ登録されていない/).isVisible()).resolves.toBe(true);
    const pillars = page.getByRole('table', { name: /柱別の達成率/ });
    await expect(pillars.getByRole('row').filter({ hasText: 'くらしのデジタル化' }).innerText()).resolves.toMatch(/105\s+82\s+78\.1%/);
    const years = page.getByRole('table', { name: '年度別の施策数と達成率' });
    await expect(years.getByRole('row').filter({ hasText: '令和6年度（FY2024）' }).innerText()).resolves.toMatch(/126\s+15\s+28\s+169\s+\(10\)\s+83\.4%/);
    await page.getByRole('heading', { level: 2, name: '未達成の施策と理由（28施策）' }).waitFor();
    await expect(page.getByRole('table', { name: /未達成（△）の施策/ }).getByRole('row').count()).resolves.toBe(1 + 28);
    await expect(page.getByRole('table', { name: /未達成（△）の施策/ }).getByRole('row').filter({ hasText: '21-2' }).innerText()).resolves.toContain('①２名 ②57件');
    // The period comes from the reporting calendar (the newest month whose deadline has passed on the test day), not from the newest value written.
    await page.getByText(/マイナンバーカード保有率（市町村の単純平均、2026年10月）/).waitFor();
    await page.getByText(/県が確認した値だけで集計しています/).waitFor();
    await expect(page.getByText(/協働事業で導入・運用中の市町村/).innerText()).resolves.toContain('参加 15団体、3事業');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    mkdirSync('tests/.tmp', { recursive: true });
    await page.screenshot({ path: 'tests/.tmp/council-summary.png', fullPage: true });

    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: '印刷・PDFで保存' }).isVisible()).resolves.toBe(false);
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    expect((pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThan(0);
  });
});
