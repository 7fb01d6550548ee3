import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousAccessibilityViolations, signIn } from '../support/browser';
import { usePortalInBrowser } from '../support/portal-in-browser';

const portal = usePortalInBrowser();

type QueueGroup = { measureId: string; measureName: { ja: string }; period: string; periodLabel: { ja: string }; values: { orgCode: string; orgName: string; version: number }[] };

/** The API as another person would use it at the same moment (the local sign-in route, then a bearer token). */
async function api(userId: string) {
  const base = portal.stack.baseUrl;
  const { token } = (await (await fetch(`${base}/api/auth/local/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userId }) })).json()) as { token: string };
  const call = async <T,>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${base}${path}`, { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };
  return { get: <T,>(path: string) => call<T>('GET', path), post: <T,>(path: string, body: unknown) => call<T>('POST', path, body) };
}

async function previousValue(measureId: string, period: string, orgCode: string): Promise<number | undefined> {
  const c = await (await api('pref-staff')).get<{ rows: { orgCode: string; numeric?: number }[] }>(`/api/shared-measures/${measureId}/periods/${period}/comparison`);
  return c.rows.find((r) => r.orgCode === orgCode)?.numeric;
}

async function openComparison(page: Page, measureName: string) {
  await page.getByRole('link', { name: '共通指標', exact: true }).click();
  await page.getByRole('link', { name: measureName, exact: true }).click();
  await page.getByRole('table', { name: /市町村別の値/ }).waitFor();
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const rowOf = (page: Page, table: RegExp | string, org: string) =>
  page.getByRole('table', { name: table }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: org, exact: true }) });

describe('review before publication', () => {
  it('a municipality explains an implausible value; the prefecture confirms one value, returns another with a comment, and confirms a whole period', async () => {
    // 横浜市 had 156 datasets and typed ten times as many (issue 15): a warning, and the value waits for a note.
    const before = (await previousValue('open-data-datasets', 'FY2024', '141003')) ?? 156;
    const implausible = before * 10 + 100;
    const yokohama = await (await portal.browser.newContext({ locale: 'ja-JP' })).newPage();
    await signIn(yokohama, portal.stack.baseUrl, '市町村職員', '横浜市');
    await openComparison(yokohama, '公開データセット数');
    await expect(yokohama.getByRole('heading', { level: 2, name: '値の報告（令和7年度）' }).isVisible()).resolves.toBe(true);
    await yokohama.getByLabel('公開データセット数（件）').fill(String(implausible));
    await yokohama.getByRole('button', { name: '報告する' }).click();
    await yokohama.getByText(/理由を備考に書いてから、もう一度報告してください/).waitFor();
    await expect.poll(() => yokohama.evaluate(() => document.activeElement?.id)).toBe('report-note');
    await yokohama.getByRole('textbox', { name: /^備考/ }).fill('令和7年度に庁内の統計表を一括で公開したため。');
    await yokohama.getByRole('button', { name: '報告する' }).click();
    await yokohama.getByText('横浜市の令和7年度の値を保存しました。県の確認後に公開されます。').waitFor();
    await expect.poll(() => rowOf(yokohama, /市町村別の値/, '横浜市').innerText()).toContain('未確認');
    await yokohama.getByText('提出済（県の確認待ち）').waitFor();

    // 鎌倉市 reports the RPA figure it had before: nothing implausible.
    const kamakuraRpa = (await previousValue('rpa-processes', 'FY2024', '142042')) ?? 12;
    const kamakura = await (await portal.browser.newContext({ locale: 'ja-JP' })).newPage();
    await signIn(kamakura, portal.stack.baseUrl, '市町村職員', '鎌倉市');
    await openComparison(kamakura, 'RPAを活用している業務数');
    await kamakura.getByLabel(/RPAを活用している業務数（業務）/).fill(String(kamakuraRpa));
    await kamakura.getByRole('button', { name: '報告する' }).click();
    await kamakura.getByText('鎌倉市の令和7年度の値を保存しました。県の確認後に公開されます。').waitFor();

    const pref = await (await portal.browser.newContext({ locale: 'ja-JP' })).newPage();
    await signIn(pref, portal.stack.baseUrl, '県職員', '総務局 職員');
    await pref.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '確認待ち' }).click();
    await pref.getByRole('heading', { level: 1, name: '確認待ち（共通指標）' }).waitFor();
    const datasets = /^公開データセット数 令和7年度の確認待ち/;
    const yokohamaRow = rowOf(pref, datasets, '横浜市');
    await expect(yokohamaRow.innerText()).resolves.toContain('警告');
    await expect(yokohamaRow.innerText()).resolves.toContain('令和7年度に庁内の統計表を一括で公開したため。');
    await expect(yokohamaRow.innerText()).resolves.toContain(implausible.toLocaleString('ja-JP'));

    await pref.getByRole('button', { name: '横浜市の値を確認（公開データセット数 令和7年度）' }).click();
    await pref.getByRole('status').filter({ hasText: '横浜市の公開データセット数 令和7年度の値を確認しました。' }).waitFor();
    await expect.poll(() => yokohamaRow.count()).toBe(0);

    await pref.getByRole('button', { name: '鎌倉市の値を差戻し（RPAを活用している業務数 令和7年度）' }).click();
    await pref.getByRole('button', { name: '差し戻す' }).click();
    await pref.getByText('差戻しの理由を書いてください。').waitFor();
    const comment = '前年度と同じ値です。新たに自動化した業務がないか確認してください。';
    await pref.getByLabel('鎌倉市への差戻しコメント（必須）').fill(comment);
    await pref.getByRole('button', { name: '差し戻す' }).click();
    await pref.getByRole('status').filter({ hasText: '鎌倉市のRPAを活用している業務数 令和7年度の値を差し戻しました。' }).waitFor();

    // A whole period at once: someone else confirms one of its values first, so the stale list is refused and reloaded.
    const staff = await api('pref-staff');
    const queue = await staff.get<{ items: QueueGroup[] }>('/api/shared-measures/review-queue');
    const group = queue.items.find((g) => g.values.length >= 2 && g.measureId !== 'rpa-processes');
    expect(group, 'the sample has a period with several values awaiting review').toBeDefined();
    const title = `${group!.measureName.ja} ${group!.periodLabel.ja}`;
    const first = group!.values[0]!;
    await staff.post(`/api/shared-measures/${group!.measureId}/periods/${group!.period}/values/${first.orgCode}/review`, { version: first.version, decision: 'confirm' });
    // The button's name: its visible words, then which period and how many (a hidden part, read after a space).
    const confirmAll = (count: number) => pref.getByRole('button', { name: new RegExp(`^この期間をすべて確認\\s*（${escape(title)}、${count}件）$`) });
    await confirmAll(group!.values.length).click();
    await pref.getByRole('status').filter({ hasText: `${title}：ほかの人が先に更新したため、一覧を読み込み直しました。` }).waitFor();
    const rest = group!.values.length - 1;
    await confirmAll(rest).click();
    await pref.getByRole('status').filter({ hasText: `${title}の${rest}件をすべて確認しました。` }).waitFor();
    await expect.poll(() => pref.getByRole('table', { name: `${title}の確認待ち（${rest}件）` }).count()).toBe(0);

    expect(await seriousAccessibilityViolations(pref)).toEqual([]);
    mkdirSync('tests/.tmp', { recursive: true });
    await pref.setViewportSize({ width: 1366, height: 900 });
    await pref.screenshot({ path: 'tests/.tmp/review-1366.png', fullPage: true });
    await pref.screenshot({ path: 'tests/.tmp/review-1366-top.png' });
    await pref.setViewportSize({ width: 390, height: 844 });
    await pref.screenshot({ path: 'tests/.tmp/review-390.png', fullPage: true });
    await pref.screenshot({ path: 'tests/.tmp/review-390-top.png' });

    // 鎌倉市 sees the return and the prefecture's comment above the form it corrects the value with.
    await kamakura.reload();
    await kamakura.getByRole('table', { name: /市町村別の値/ }).waitFor();
    await expect.poll(() => rowOf(kamakura, /市町村別の値/, '鎌倉市').innerText()).toContain('差戻し');
    await kamakura.getByText(`県のコメント：${comment}`).waitFor();
    await expect(kamakura.getByText('県から差し戻されました。').isVisible()).resolves.toBe(true);
    expect(await seriousAccessibilityViolations(kamakura)).toEqual([]);
  });
});
