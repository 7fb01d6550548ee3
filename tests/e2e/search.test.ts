import { describe, expect, it } from 'vitest';
import { seriousAccessibilityViolations, signIn } from '../support/browser';
import { usePortalInBrowser } from '../support/portal-in-browser';

const portal = usePortalInBrowser();

describe('検索: one box across the portal', () => {
  it('a signed-in user opens search from the menu, types マイナンバー, narrows to one kind and opens a result', async () => {
    const page = await (await portal.browser.newContext({ locale: 'ja-JP' })).newPage();
    await signIn(page, portal.stack.baseUrl, '市町村職員', '平塚市');
    await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '検索' }).click();
    await page.getByRole('heading', { level: 1, name: '検索' }).waitFor();
    // The box is where the page starts: typing right away searches.
    const box = page.getByRole('searchbox', { name: '検索する言葉' });
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('マイナンバー');
    await page.keyboard.press('Enter');

    await page.getByRole('status').filter({ hasText: /「マイナンバー」: \d+件/ }).waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBe('マイナンバー');
    const results = page.getByRole('list').filter({ has: page.getByRole('link', { name: '17-1 マイナンバーカード取得促進' }) });
    // Labelled by kind, the match marked in the title and in the excerpt.
    const first = results.getByRole('listitem').first();
    await expect(first.innerText()).resolves.toMatch(/^施策\s*17-1 マイナンバーカード取得促進/);
    await expect(first.locator('mark').first().innerText()).resolves.toBe('マイナンバー');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.getByRole('radio', { name: /共通指標/ }).check();
    await page.waitForURL((url) => url.searchParams.get('kind') === 'shared_measure');
    await page.getByRole('status').filter({ hasText: '「マイナンバー」: 2件' }).waitFor();
    await page.getByRole('link', { name: 'マイナンバーカード保有率' }).click();
    await page.waitForURL('**/shared-measures/mynumber-card-rate');
    await page.getByRole('heading', { level: 1, name: /マイナンバーカード保有率/ }).waitFor();

    // Back: the same words and kind, from the URL.
    await page.goBack();
    await page.getByRole('status').filter({ hasText: '「マイナンバー」: 2件' }).waitFor();
    await expect(box.inputValue()).resolves.toBe('マイナンバー');
  });

  it('nothing found says so, and words in another width or kana find the same', async () => {
    const page = await (await portal.browser.newContext({ locale: 'ja-JP' })).newPage();
    await signIn(page, portal.stack.baseUrl, '県議会議員', '県議会議員');
    await page.goto(`${portal.stack.baseUrl}/search?q=${encodeURIComponent('ﾏｲﾅﾝﾊﾞｰ 保有率')}`);
    await page.getByRole('link', { name: 'マイナンバーカード保有率' }).waitFor();
    await page.getByRole('searchbox', { name: '検索する言葉' }).fill('存在しない言葉ぴよぴよ');
    await page.getByRole('button', { name: '検索', exact: true }).click();
    await page.getByText('見つかりませんでした。').waitFor();
  });
});
