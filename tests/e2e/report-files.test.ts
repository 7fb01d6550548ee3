import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousAccessibilityViolations, signIn } from '../support/browser';
import { usePortalInBrowser } from '../support/portal-in-browser';

/**
 * The thread-files component (web/src/ui/Attachments.tsx) on a progress report, in the browser: the three steps of
 * a presigned upload end in the file listed, a file whose content is not its type is refused in Japanese, and a
 * removed file leaves the list. 座間市 has not reported for 令和8年度 第2四半期 (tests/e2e/joint-projects.test.ts).
 */
const portal = usePortalInBrowser();
const PROJECT = '情報システム等の共同調達・共同利用';
const ZAMA = '座間市';
const PERIOD = '令和8年度 第2四半期';

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext({ locale: 'ja-JP', timezoneId: 'Asia/Tokyo' })).newPage();
}

const pdf = Buffer.from('%PDF-1.7\n削減時間の根拠\n%%EOF');

describe('files on a report, in the browser', () => {
  it('the municipality attaches a PDF, is told why a fake PNG is refused, and removes the PDF', async () => {
    const page = await newPage(portal.browser);
    await signIn(page, portal.stack.baseUrl, '市町村職員', ZAMA);
    await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '協働事業' }).click();
    await page.getByRole('link', { name: PROJECT }).click();
    await page.getByRole('table', { name: '報告期間ごとの状況' }).getByRole('link', { name: PERIOD }).click();
    await page.getByLabel('進捗').selectOption('予定どおり');
    await page.getByRole('button', { name: '下書き保存' }).click();
    await page.getByText('下書きを保存しました。').waitFor();

    const files = page.getByRole('region', { name: '添付ファイル（根拠資料）' });
    await files.getByText('添付ファイルはありません。').waitFor();
    await files.getByLabel('ファイルを選ぶ').setInputFiles({ name: '根拠資料.pdf', mimeType: 'application/pdf', buffer: pdf });
    await files.getByRole('button', { name: '添付する' }).click();
    await files.getByText('「根拠資料.pdf」を添付しました。').waitFor();
    await files.getByRole('button', { name: '根拠資料.pdf', exact: true }).waitFor();

    await files.getByLabel('ファイルを選ぶ').setInputFiles({ name: '写真.png', mimeType: 'image/png', buffer: Buffer.from('これは画像ではありません') });
    await files.getByRole('button', { name: '添付する' }).click();
    await files.getByText('このファイルの中身は PNG ではありません。', { exact: false }).waitFor();
    await expect(files.getByRole('button', { name: '写真.png', exact: true }).count()).resolves.toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await files.getByRole('button', { name: /^削除\s*:\s*根拠資料\.pdf$/ }).click();
    await files.getByText('「根拠資料.pdf」を削除しました。').waitFor();
    await files.getByText('添付ファイルはありません。').waitFor();
  });
});
