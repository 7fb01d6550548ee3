import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signIn } from '../support/browser';
import { usePortalInBrowser } from '../support/portal-in-browser';

/**
 * Issue 17's acceptance for the consultation desk, in the browser: 平塚市 raises a consultation, the prefecture
 * answers it, 平塚市 marks it resolved, the prefecture publishes it to the FAQ with the asker's name edited out,
 * and 藤沢市 finds it in the FAQ search, where the entry shows no municipality.
 */
const portal = usePortalInBrowser();
const TITLE = '庁内ネットワークのゼロトラスト化の進め方';
const QUESTION = '平塚市 情報政策課の山田です。ゼロトラスト型のネットワークへ段階的に移行する際、最初に取り組むべきことは何でしょうか。';

async function as(browser: Browser, region: string, name: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: 'ja-JP' })).newPage();
  await signIn(page, portal.stack.baseUrl, region, name);
  return page;
}

describe('from question to FAQ', () => {
  it('a municipality asks, the prefecture answers, the municipality resolves, the prefecture publishes, another municipality finds it without the asker', async () => {
    const base = portal.stack.baseUrl;
    const hiratsuka = await as(portal.browser, '市町村職員', '平塚市');
    await hiratsuka.goto(`${base}/consultations`);
    await hiratsuka.getByRole('link', { name: '相談する' }).click();
    await hiratsuka.getByLabel('分類').selectOption({ label: 'セキュリティ' });
    await hiratsuka.getByLabel('件名').fill(TITLE);
    await hiratsuka.getByLabel('相談内容').fill(QUESTION);
    await hiratsuka.getByRole('button', { name: '相談を送る' }).click();
    await hiratsuka.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await expect.poll(() => hiratsuka.getByRole('status').first().textContent()).toContain('相談を登録しました');
    const consultationUrl = hiratsuka.url().replace(/\?.*$/, '');

    const staff = await as(portal.browser, '県職員', '総務局 職員');
    await staff.goto(`${base}/consultations?status=received`);
    await staff.getByRole('link', { name: TITLE }).click();
    await staff.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    expect(await staff.getByText('平塚市', { exact: true }).count()).toBeGreaterThan(0);
    await staff.getByLabel('回答を書く').fill('まず利用者と端末の認証を強化し、重要なシステムから順にアクセス制御を見直してください。');
    await staff.getByRole('button', { name: '回答を送る' }).click();
    await expect.poll(() => staff.getByRole('status').first().textContent()).toContain('回答を送りました');
    await staff.locator('.consultation-status', { hasText: '回答済' }).waitFor();

    await hiratsuka.goto(consultationUrl);
    await hiratsuka.getByText('まず利用者と端末の認証を強化し').waitFor();
    await hiratsuka.getByRole('button', { name: '解決にする' }).click();
    await hiratsuka.locator('.consultation-status', { hasText: '解決' }).waitFor();

    await staff.reload();
    await staff.getByRole('button', { name: 'FAQとして公開' }).click();
    // The editor starts from the question as asked: the prefecture edits the asker out before publishing.
    expect(await staff.getByLabel('質問（編集して公開）').inputValue()).toBe(QUESTION);
    await staff.getByLabel('質問（編集して公開）').fill('ゼロトラスト型のネットワークへ段階的に移行する際、最初に取り組むべきことは何ですか。');
    await staff.getByRole('button', { name: '公開する' }).click();
    await expect.poll(() => staff.getByRole('status').first().textContent()).toContain('よくある相談に公開しました');

    const fujisawa = await as(portal.browser, '市町村職員', '藤沢市');
    await fujisawa.goto(`${base}/faq`);
    await fujisawa.getByLabel('言葉で探す').fill('ゼロトラスト 認証');
    await fujisawa.getByRole('button', { name: '検索' }).click();
    await fujisawa.getByRole('link', { name: /ゼロトラスト型のネットワーク/ }).click();
    await fujisawa.getByRole('heading', { level: 2, name: '回答' }).waitFor();
    const entry = await fujisawa.locator('main').textContent();
    expect(entry).toContain('最初に取り組むべきこと');
    expect(entry).toContain('まず利用者と端末の認証を強化し');
    expect(entry).not.toContain('平塚');
    expect(entry).not.toContain('山田');
    // And the consultation itself stays 平塚市's: 藤沢市 is told it does not exist.
    await fujisawa.goto(consultationUrl);
    await fujisawa.getByRole('alert').filter({ hasText: '見つかりません' }).waitFor();
  });
});
