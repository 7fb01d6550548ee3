import { describe, expect, it } from 'vitest';
import { seriousAccessibilityViolations, signIn } from '../support/browser';
import { usePortalInBrowser } from '../support/portal-in-browser';

const portal = usePortalInBrowser();
const ITEM = '窓口のオンライン化状況を共有する';

describe('推進会議: an action item from the meeting to the owner’s やること and back out', () => {
  it('the prefecture records a meeting with an item for 茅ヶ崎市; it appears on 茅ヶ崎市’s tasks and disappears once marked done', async () => {
    const pref = await (await portal.browser.newContext({ locale: 'ja-JP' })).newPage();
    await signIn(pref, portal.stack.baseUrl, '県職員', '総務局 職員');
    await pref.goto(`${portal.stack.baseUrl}/meetings`);
    await pref.getByRole('link', { name: '会議を登録' }).click();
    await pref.getByLabel(/会議ID/).fill('m-e2e-1');
    await pref.getByLabel('会議名', { exact: true }).fill('令和8年度第2回 県市町村デジタル推進会議');
    await pref.getByLabel('開催日', { exact: true }).fill('2026-12-10');
    await pref.getByRole('button', { name: '決定事項を追加' }).click();
    await pref.getByLabel('決定事項 1', { exact: true }).fill('窓口のオンライン化を県内で進める。');
    await pref.getByRole('button', { name: '会議を保存' }).click();
    await pref.waitForURL('**/admin/meetings/m-e2e-1');

    const add = pref.getByRole('form', { name: '対応事項の追加' });
    await add.getByLabel('対応事項', { exact: true }).fill(ITEM);
    await add.getByLabel('担当', { exact: true }).selectOption({ label: '茅ヶ崎市' });
    await add.getByLabel('期限', { exact: true }).fill('2027-01-29');
    await add.getByRole('button', { name: '対応事項を追加' }).click();
    await pref.getByRole('form', { name: `対応事項「${ITEM}」` }).waitFor();
    expect(await seriousAccessibilityViolations(pref)).toEqual([]);

    // Not public: an anonymous reader gets the not-found page, not the meeting.
    const anonymous = await (await portal.browser.newContext({ locale: 'ja-JP' })).newPage();
    await anonymous.goto(`${portal.stack.baseUrl}/meetings/m-e2e-1`);
    await anonymous.getByRole('heading', { level: 1, name: 'ページが見つかりません' }).waitFor();

    const muni = await (await portal.browser.newContext({ locale: 'ja-JP' })).newPage();
    await signIn(muni, portal.stack.baseUrl, '市町村職員', '茅ヶ崎市');
    await muni.getByRole('heading', { level: 1, name: 'やること' }).waitFor();
    const task = muni.getByRole('link', { name: new RegExp(ITEM) });
    await task.waitFor();
    await expect(muni.getByRole('listitem').filter({ has: task }).innerText()).resolves.toContain('令和9年1月29日');
    await task.click();
    await muni.waitForURL(/\/meetings\/m-e2e-1#item-/);

    const row = muni.getByRole('form', { name: `対応事項「${ITEM}」の状況` });
    await row.getByLabel('状況', { exact: true }).selectOption({ label: '完了' });
    await row.getByLabel('メモ', { exact: true }).fill('12月の庁内会議で共有しました。');
    await row.getByRole('button', { name: '状況を更新' }).click();
    await row.getByText('「完了」にしました。').waitFor();
    expect(await seriousAccessibilityViolations(muni)).toEqual([]);

    await muni.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: 'やること' }).click();
    await muni.getByRole('heading', { level: 1, name: 'やること' }).waitFor();
    await muni.waitForLoadState('networkidle');
    expect(await muni.getByRole('link', { name: new RegExp(ITEM) }).count()).toBe(0);

    // The prefecture sees the owner’s status and note on the meeting page.
    await pref.goto(`${portal.stack.baseUrl}/meetings/m-e2e-1`);
    await pref.getByRole('form', { name: `対応事項「${ITEM}」の状況` }).getByLabel('メモ', { exact: true }).and(pref.locator('textarea')).waitFor();
    await expect(pref.getByRole('form', { name: `対応事項「${ITEM}」の状況` }).getByLabel('メモ', { exact: true }).inputValue()).resolves.toBe('12月の庁内会議で共有しました。');
  });
});
