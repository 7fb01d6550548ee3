import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DX_PLAN_FILES } from '../../scripts/seed';
import { seriousAccessibilityViolations, signIn } from '../support/browser';
import { usePortalInBrowser } from '../support/portal-in-browser';
import { publishSeededYear } from '../support/publish-year';

const portal = usePortalInBrowser();
// The real report was published: FY2024 is 公表済 (contract decision 3; a stack that publishes it already keeps its record).
beforeAll(() => publishSeededYear(2024));

/** 21-2's targets and actuals as its page's table shows them (FY2024 is the only year on record). */
async function actualsOf21_2(page: Page): Promise<string> {
  await page.goto(`${portal.stack.baseUrl}/measures/21-2`);
  const table = page.getByRole('table', { name: '成果指標の目標と実績（年度別）' });
  await table.getByRole('row').filter({ hasText: 'フォーラムの首長出席者数' }).waitFor();
  return table.innerText();
}

/** 取込 with the published FY2024 files, up to the preview. */
async function previewReimport(page: Page) {
  await page.getByRole('link', { name: '計画の取込' }).click();
  await page.getByRole('heading', { level: 1, name: '計画の取込' }).waitFor();
  await page.getByLabel('計画定義ファイル（plan.json）').setInputFiles(DX_PLAN_FILES.plan);
  await page.getByLabel('施策CSV').setInputFiles(DX_PLAN_FILES.measures);
  await page.getByLabel('成果指標CSV（任意）').setInputFiles(DX_PLAN_FILES.indicators);
  await page.getByLabel('年度').fill('2024');
  await page.getByRole('button', { name: '検証する' }).click();
  const table = page.getByRole('table', { name: /変更される施策（1件）/ });
  await table.waitFor();
  return table;
}

describe('re-importing the published files after an edit in the portal', () => {
  it('lists the edit as a conflict, keeps it unless the administrator chooses to overwrite it, and then restores the file', async () => {
    const page = await (await portal.browser.newContext({ locale: 'ja-JP' })).newPage();
    await signIn(page, portal.stack.baseUrl, '県 管理者', 'デジタル戦略本部室 管理者');

    // The correction from the issue: 21-2's actuals 2名→33名, 57件→60件.
    await actualsOf21_2(page);
    await page.getByRole('button', { name: '実績・評価を編集する' }).click();
    await page.getByLabel('実績', { exact: true }).nth(0).fill('33名');
    await page.getByLabel('実績', { exact: true }).nth(1).fill('60件');
    // ◎ now: the reason written for the miss is cleared (the form stops at it otherwise).
    await page.getByRole('button', { name: '理由を空欄にする' }).click();
    // After publication the edit form asks why (contract decision 2).
    const editReason = page.getByLabel(/変更の理由/);
    if ((await editReason.count()) > 0) await editReason.first().fill('首長出席者数の集計誤りを訂正');
    await page.getByRole('button', { name: '保存する' }).click();
    await page.getByText('保存しました。').waitFor();

    const table = await previewReimport(page);
    const item = table.locator('tbody[data-measure="21-2"]');
    await expect(item.innerText()).resolves.toContain('ポータルで変更あり');
    const values = item.getByRole('row').filter({ hasText: '指標の値' });
    await expect(values.innerText()).resolves.toMatch(/指標1\s+目標 33名／実績 33名\s+指標2\s+目標 60件／実績 60件\s+指標1\s+目標 33名／実績 ２名\s+指標2\s+目標 60件／実績 57件/);
    const overwrite = page.getByRole('checkbox', { name: /^ポータルでの変更を上書きする\s*（施策 21-2）$/ });
    await expect(overwrite.isChecked()).resolves.toBe(false);
    await expect(page.getByText(/^新規 0 件、更新 0 件、変更なし \d+ 件、ポータルでの変更を保持 1 件（施策 225 件）$/).isVisible()).resolves.toBe(true);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // Imported as shown: nothing is written, so no reason is asked for, and the edit stands.
    await expect(page.getByLabel(/変更の理由/).count()).resolves.toBe(0);
    await page.getByRole('button', { name: '取り込む', exact: true }).click();
    const done = page.getByRole('status').filter({ hasText: '取り込みました' });
    await done.waitFor();
    await expect(done.innerText()).resolves.toMatch(/更新 0 件、変更なし \d+ 件、ポータルでの変更を保持 1 件/);
    await expect(page.locator('tbody[data-measure="21-2"]').innerText()).resolves.toContain('ポータルでの変更を保持しました');
    expect(await actualsOf21_2(page)).toMatch(/33名[\s\S]*60件/);
    expect(await actualsOf21_2(page)).not.toContain('２名');

    // Chosen for overwriting: the published year asks for the reason, and the file's figures come back.
    await previewReimport(page);
    await page.getByRole('checkbox', { name: /^ポータルでの変更を上書きする\s*（施策 21-2）$/ }).check();
    await expect(page.getByText(/更新 1 件、変更なし \d+ 件、ポータルでの変更を保持 0 件/).isVisible()).resolves.toBe(true);
    const reason = page.getByLabel(/変更の理由/);
    await reason.waitFor();
    await page.getByRole('button', { name: '取り込む', exact: true }).click();
    await expect(reason.evaluate((el) => (el as HTMLTextAreaElement).validity.valueMissing)).resolves.toBe(true);
    await reason.fill('公表資料のとおりに戻す');
    await page.getByRole('button', { name: '取り込む', exact: true }).click();
    await done.waitFor();
    await expect(done.innerText()).resolves.toMatch(/更新 1 件[\s\S]*正誤を 1 件記録しました/);
    await expect(page.locator('tbody[data-measure="21-2"]').innerText()).resolves.toContain('ポータルでの変更を上書きしました');
    expect(await actualsOf21_2(page)).toMatch(/２名[\s\S]*57件/);
  });
});
