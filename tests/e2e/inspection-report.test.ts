import { describe, expect, it } from 'vitest';
import { seriousAccessibilityViolations, signIn } from '../support/browser';
import { usePortalInBrowser } from '../support/portal-in-browser';
import { columnHeaders } from '../../shared/columns';
import { ANNEX_TABLE } from '../../shared/report/inspection-report';

const portal = usePortalInBrowser();

describe('the inspection report in the browser', () => {
  it('shows the report’s table and annex, prints to A4 PDF pages with the Japanese font, without the portal’s navigation', async () => {
    const page = await (await portal.browser.newContext({ locale: 'ja-JP' })).newPage();
    await signIn(page, portal.stack.baseUrl, '県議会議員', '県議会議員');
    await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '点検報告書' }).click();
    await page.getByRole('heading', { level: 1, name: '神奈川DX計画 令和6年度点検報告書' }).waitFor();
    const total = page.getByRole('table', { name: /施策数と達成率/ }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: '合計' }) });
    await expect(total.innerText()).resolves.toMatch(/126\s+15\s+28\s+169\s+\(10\)\s+74\.6%\s+8\.9%\s+83\.4%/);
    await expect(page.getByRole('table', { name: 'くらしのデジタル化' }).getByRole('row').count()).resolves.toBe(1 + 144); // the header and the pillar's 144 measures (2-13, abolished, included)
    // The print view draws the same declared columns as the CSV and the XLSX (tests/api/annex-outputs.test.ts).
    await expect(page.getByRole('table', { name: 'くらしのデジタル化' }).getByRole('columnheader').allInnerTexts()).resolves.toEqual(columnHeaders(ANNEX_TABLE, 'ja'));
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'メインメニュー' }).isVisible()).resolves.toBe(false);
    await expect(page.getByRole('button', { name: '印刷・PDFで保存' }).isVisible()).resolves.toBe(false);
    const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
    const pages = pdf.match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThan(3);
    // The Japanese text is drawn with a Japanese font embedded in the PDF, not as empty boxes.
    expect(pdf).toMatch(/\/FontName\s*\/[A-Z]{6}\+(IPAexGothic|IPAexGothic-Regular|NotoSansCJK|NotoSansJP)/);
  });
});
