import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { signIn } from '../support/browser';
import { usePortalInBrowser } from '../support/portal-in-browser';

const portal = usePortalInBrowser();

/**
 * Pages in a PDF as Chromium writes it: one `/Type /Page` object per page (not `/Pages`, the tree), and the tree's
 * root `/Count`; the two must agree, or the count is not to be trusted.
 */
function pdfPages(pdf: Buffer): number {
  const text = pdf.toString('latin1');
  const pages = (text.match(/\/Type\s*\/Page(?![A-Za-z])/g) ?? []).length;
  const counts = [...text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g)].map((m) => Number(m[1] ?? m[2]));
  expect(Math.max(...counts)).toBe(pages);
  return pages;
}

const printToPdf = async (page: Page): Promise<number> => {
  await page.emulateMedia({ media: 'print' });
  const pages = pdfPages(await page.pdf({ format: 'A4', landscape: true, preferCSSPageSize: true, printBackground: true }));
  await page.emulateMedia({ media: 'screen' });
  return pages;
};

/** Lines each bureau name takes in print: one, written horizontally, never one character a line. */
const bureauLines = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('table.annex td.cell-bureau')].map((cell) => {
      const range = document.createRange();
      range.selectNodeContents(cell);
      const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
      return { text: cell.textContent ?? '', lines: lines.size };
    }),
  );

describe('printing like the published report', () => {
  it('prints the FY2024 annex (225 measures) densely on at most 19 A4 landscape pages, in Japanese and in English', async () => {
    // The printable width of A4 landscape with the report's margins (281 mm at 96 px/in), so print layout is measured as printed.
    const context = await portal.browser.newContext({ locale: 'ja-JP', viewport: { width: 1062, height: 800 } });
    const page = await context.newPage();
    await signIn(page, portal.stack.baseUrl, '県議会議員', '県議会議員');
    await page.goto(`${portal.stack.baseUrl}/report?fy=2024`);
    await page.getByRole('table', { name: 'くらしのデジタル化' }).getByRole('row').nth(1).waitFor();
    await expect(page.locator('table.annex tbody tr').count()).resolves.toBe(225);

    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('banner').isVisible()).resolves.toBe(false);
    await expect(page.getByRole('button', { name: '印刷・PDFで保存' }).isVisible()).resolves.toBe(false);
    const lines = await bureauLines(page);
    expect(lines.length).toBe(225);
    expect(lines.filter((l) => l.lines > 1)).toEqual([]);
    const japanese = await printToPdf(page);
    expect(japanese).toBeLessThanOrEqual(19);

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inspection report FY2024' }).waitFor();
    await page.getByRole('columnheader', { name: 'Responsible bureau' }).first().waitFor();
    await page.emulateMedia({ media: 'print' });
    expect((await bureauLines(page)).filter((l) => l.lines > 1)).toEqual([]);
    const english = await printToPdf(page);
    expect(english).toBeLessThanOrEqual(19);
    console.info(`annex printed: ${japanese} pages (ja), ${english} pages (en)`);
    await context.close();
  });

  it('prints the council summary on at most two A4 pages, the list of unmet measures as an appendix after them', async () => {
    const context = await portal.browser.newContext({ locale: 'ja-JP', viewport: { width: 1062, height: 800 } });
    const page = await context.newPage();
    await signIn(page, portal.stack.baseUrl, '県議会議員', '県議会議員');
    await page.goto(`${portal.stack.baseUrl}/summary?fy=2024`);
    await page.getByRole('heading', { level: 2, name: '未達成の施策と理由（28施策）' }).waitFor();
    await page.getByRole('table', { name: /未達成（△）の施策/ }).getByRole('row').nth(28).waitFor();
    await page.getByText(/協働事業で導入・運用中の市町村/).waitFor();

    const withAppendix = await printToPdf(page);
    await page.getByRole('checkbox', { name: '付録（未達成の施策の一覧）も印刷する' }).uncheck();
    const summaryOnly = await printToPdf(page);
    expect(summaryOnly).toBeLessThanOrEqual(2);
    // The appendix starts on a page of its own, after the summary.
    expect(withAppendix).toBeGreaterThan(summaryOnly);

    // What the two pages hold: the headline, pillars, areas, the years and the municipal figures; not the list.
    await page.emulateMedia({ media: 'print' });
    for (const name of [/柱別の達成率/, '年度別の施策数と達成率', '協働事業ごとの参加団体と導入・運用中の団体']) {
      await expect(page.getByRole('table', { name }).isVisible()).resolves.toBe(true);
    }
    await expect(page.getByText('分野別の評価（施策数）', { exact: true }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('heading', { name: '未達成の施策と理由（28施策）' }).isVisible()).resolves.toBe(false);
    console.info(`council summary printed: ${summaryOnly} pages, ${withAppendix} with the appendix`);
    await context.close();
  });
});
