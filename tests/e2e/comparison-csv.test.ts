import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { signIn } from '../support/browser';
import { usePortalInBrowser } from '../support/portal-in-browser';

const portal = usePortalInBrowser();

const NOTE = '@SUM(1)';
const DANGEROUS_START = new Set(['=', '+', '-', '@', '\t', '\r']);
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;

/** The comparison CSV is built in the browser, not by the API: only a real download shows what Excel would open. */
describe('the comparison CSV built in the browser', () => {
  it('writes a municipality’s formula-like note as text with a leading quote, and numbers as numbers', async () => {
    const page = await (await portal.browser.newContext({ locale: 'ja-JP', acceptDownloads: true })).newPage();
    await signIn(page, portal.stack.baseUrl, '市町村職員', '横浜市');
    await page.getByRole('link', { name: '共通指標', exact: true }).click();
    await page.getByRole('link', { name: '公開データセット数', exact: true }).click();
    await page.getByRole('table', { name: /市町村別の値/ }).waitFor();
    await page.getByLabel('公開データセット数（件）').fill('4321');
    await page.getByLabel('備考').fill(NOTE);
    await page.getByLabel('出典').fill('=HYPERLINK("http://x","y")');
    await page.getByRole('button', { name: '報告する' }).click();
    await page.getByText('横浜市の令和7年度の値を保存しました。県の確認後に公開されます。').waitFor();
    const yokohama = page.getByRole('table', { name: /市町村別の値/ }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: '横浜市' }) });
    await expect.poll(() => yokohama.innerText()).toContain('4,321件');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSVダウンロード（Excel対応）' }).click()]);
    const rows = parse(await readFile((await download.path())!, 'utf8'), { bom: true }) as string[][];
    const [header, ...body] = rows;
    const row = body.find((r) => r[header!.indexOf('団体コード')] === '141003')!;
    expect(row[header!.indexOf('備考')]).toBe(`'${NOTE}`);
    expect(row[header!.indexOf('比較用の数値')]).toBe('4321');
    // The municipality sees its own value before review, and the file says it is not confirmed yet.
    expect(row[header!.indexOf('確認状況')]).toBe('未確認');
    const live = rows.flat().filter((c) => c !== '' && DANGEROUS_START.has(c[0]!) && !PLAIN_NUMBER.test(c));
    expect(live).toEqual([]);
  });
});
