import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seriousAccessibilityViolations, signIn } from '../support/browser';
import { usePortalInBrowser } from '../support/portal-in-browser';

const portal = usePortalInBrowser();
const fixture = (name: string) => join('tests/fixtures/ict-plan', name);

describe('an administrator imports a plan through the web page', () => {
  it('sees every bad row of an invalid file and nothing imported, then imports the corrected files', async () => {
    const page = await (await portal.browser.newContext({ locale: 'ja-JP' })).newPage();
    await signIn(page, portal.stack.baseUrl, '県 管理者', 'デジタル戦略本部室 管理者');
    await page.getByRole('link', { name: '計画の取込' }).click();
    await page.getByRole('heading', { level: 1, name: '計画の取込' }).waitFor();

    const dir = mkdtempSync(join(tmpdir(), 'e2e-import-'));
    const broken = readFileSync(fixture('measures.csv'), 'utf8').replace(',◎,exceeded,', ',◎,superb,').replace(',true\n', ',maybe\n');
    writeFileSync(join(dir, 'measures.csv'), broken);
    await page.getByLabel('計画定義ファイル（plan.json）').setInputFiles(fixture('plan.json'));
    await page.getByLabel('施策CSV').setInputFiles(join(dir, 'measures.csv'));
    await page.getByLabel('成果指標CSV（任意）').setInputFiles(fixture('indicators.csv'));
    await page.getByLabel('年度').fill('2019');
    await page.getByRole('button', { name: '検証する' }).click();

    const errors = page.getByRole('table', { name: /取込ファイルの誤り（2件）/ });
    await errors.waitFor();
    expect(await errors.getByRole('row').allInnerTexts()).toEqual([
      expect.stringContaining('ファイル'),
      expect.stringMatching(/施策CSV\s+1\s+rating/),
      expect.stringMatching(/施策CSV\s+11\s+abolished/),
    ]);
    await expect(page.getByRole('alert').innerText()).resolves.toContain('何も取り込んでいません');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // The corrected file: the dry run says what would change and writes nothing until 取り込む.
    await page.getByLabel('施策CSV').setInputFiles(fixture('measures.csv'));
    await expect(errors.isVisible()).resolves.toBe(false);
    await page.getByRole('button', { name: '検証する' }).click();
    const write = page.getByRole('button', { name: '取り込む', exact: true });
    await write.waitFor();
    await expect(page.getByRole('status').filter({ hasText: '検証が終わりました' }).isVisible()).resolves.toBe(true);
    await expect(page.getByText(/^新規 \d+ 件、更新 0 件、変更なし 0 件、ポータルでの変更を保持 0 件（施策 12 件）$/).isVisible()).resolves.toBe(true);
    // A new plan: its measures are listed as new, with nothing to compare field by field.
    await expect(page.getByText('新規の施策・年度の結果（12件）').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('table', { name: /変更される施策/ }).count()).resolves.toBe(0);
    await expect(page.locator('progress').getAttribute('value')).resolves.toBe('1');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await write.click();
    await page.getByRole('status').filter({ hasText: '取り込みました' }).waitFor();
    await expect(page.locator('progress').getAttribute('value')).resolves.toBe('3');
    await expect(page.getByRole('status').filter({ hasText: '取り込みました' }).innerText()).resolves.toMatch(/更新 0 件、変更なし 0 件、ポータルでの変更を保持 0 件（施策 12 件）/);
    await expect(write.isVisible()).resolves.toBe(false);
  });
});

describe('the local server', () => {
  it('serves the app at / and at the app’s own paths, with security headers, and JSON 404s under /api', async () => {
    for (const path of ['/', '/measures/1-1', '/admin/import']) {
      const res = await fetch(`${portal.stack.baseUrl}${path}`);
      expect(res.status, path).toBe(200);
      expect(await res.text()).toContain('<div id="root">');
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
    }
    const missing = await fetch(`${portal.stack.baseUrl}/api/no-such-route`);
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.message.ja).toContain('URL');
  });
});
