import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { seriousAccessibilityViolations, signIn } from '../support/browser';
import { usePortalInBrowser } from '../support/portal-in-browser';

const portal = usePortalInBrowser();
const INVITEE = { email: 'hanako.shotai@example.invalid', name: '招待 花子' };
/** 横浜市's seeded staff member administers 横浜市's staff (the seed marks every `muni-<code>` so). */
const YOKOHAMA_ADMIN = 'muni-141003';
const KAWASAKI_STAFF = 'muni-141305';

/** Each person in a browser context of their own, as on two machines: no shared session or storage. */
async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext({ locale: 'ja-JP', timezoneId: 'Asia/Tokyo' })).newPage();
}

async function openUserAdmin(page: Page) {
  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '利用者管理' }).click();
  await page.getByRole('heading', { level: 1, name: '利用者管理' }).waitFor();
  await page.getByRole('table', { name: /の利用者（/ }).waitFor();
}

const rowOf = (page: Page, text: string) => page.getByRole('table', { name: /の利用者（/ }).getByRole('row').filter({ hasText: text });

/** The API as a script would call it, with a token from the local provider (the DESIGN.md contract). */
async function api(method: string, path: string, userId: string, body?: unknown): Promise<Response> {
  const base = portal.stack.baseUrl;
  const signedIn = await fetch(`${base}/api/auth/local/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userId }) });
  const { token } = (await signedIn.json()) as { token: string };
  return fetch(`${base}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

describe('利用者管理 in the browser', () => {
  it('the prefecture administrator invites a person, who signs in; once disabled, their next request is refused and they cannot sign in again', async () => {
    const admin = await newPage(portal.browser);
    await signIn(admin, portal.stack.baseUrl, '県 管理者', 'デジタル戦略本部室 管理者');
    await openUserAdmin(admin);
    expect(await seriousAccessibilityViolations(admin)).toEqual([]);

    await admin.getByRole('button', { name: '利用者を招待する' }).click();
    const form = admin.getByRole('form', { name: '利用者の招待' });
    await form.getByLabel('メールアドレス').fill(INVITEE.email);
    await form.getByLabel('氏名').fill(INVITEE.name);
    await form.getByLabel('役割').selectOption({ label: '県職員' });
    await form.getByLabel('担当局').fill('総務局');
    await form.getByRole('button', { name: '招待する' }).click();
    await admin.getByText(`${INVITEE.name}さん（${INVITEE.email}）を招待しました。`).waitFor();
    await rowOf(admin, INVITEE.email).getByText('利用中').waitFor();
    expect(await seriousAccessibilityViolations(admin)).toEqual([]);

    // The invitee appears on the local provider's sign-in page and signs in, on another machine.
    const invitee = await newPage(portal.browser);
    await signIn(invitee, portal.stack.baseUrl, '県職員', INVITEE.name);
    await invitee.getByRole('link', { name: '施策一覧' }).click();
    await invitee.getByRole('heading', { level: 1, name: /施策一覧/ }).waitFor();

    // The administrator disables them, after a confirmation.
    await rowOf(admin, INVITEE.email).getByRole('button', { name: `${INVITEE.name}さんを管理` }).click();
    await admin.getByRole('button', { name: '利用を停止する' }).click();
    const confirm = admin.getByRole('dialog', { name: '利用を停止する' });
    await confirm.getByText('すぐにサインインできなくなり').waitFor();
    await confirm.getByRole('button', { name: '停止する' }).click();
    await admin.getByText(`${INVITEE.name}さんの利用を停止しました。`).waitFor();
    // The person stays open, now disabled, and is listed among the disabled accounts.
    await admin.getByRole('region', { name: `${INVITEE.name}さん` }).getByRole('button', { name: '利用を再開する' }).waitFor();
    await admin.getByRole('form', { name: '絞り込み' }).getByLabel('状態').selectOption({ label: '停止中' });
    await rowOf(admin, INVITEE.email).getByText('停止中').waitFor();
    // The history says who did it, and the status before → after.
    await admin.getByRole('region', { name: '変更履歴' }).getByText('状態: 利用中 → 停止中').waitFor();
    await expect(admin.getByRole('region', { name: '変更履歴' }).getByText('デジタル戦略本部室 管理者（県 管理者）：利用停止').count()).resolves.toBe(1);

    // Well within the revocation window: their very next API call is refused and they are sent to sign in.
    const refused = invitee.waitForResponse((r) => r.url().includes('/api/') && r.status() === 401);
    await invitee.reload();
    await refused;
    await invitee.waitForURL((url) => url.pathname === '/login' || url.pathname === '/signin');
    await invitee.getByRole('region', { name: '県職員' }).getByRole('button', { name: '総務局 職員', exact: true }).waitFor();
    await expect(invitee.getByRole('button', { name: INVITEE.name }).count()).resolves.toBe(0);
    // Nor may a script get them a token.
    const users = (await (await api('GET', '/api/users?orgCode=140007&status=disabled', 'pref-admin')).json()) as { items: { userId: string; email: string }[] };
    const disabled = users.items.find((u) => u.email === INVITEE.email)!;
    const token = await fetch(`${portal.stack.baseUrl}/api/auth/local/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userId: disabled.userId }) });
    expect(token.status).toBe(403);
  });

  it('a municipal administrator sees only their own municipality’s staff and is refused another municipality’s', async () => {
    const muni = await newPage(portal.browser);
    await signIn(muni, portal.stack.baseUrl, '市町村職員', '横浜市');
    await openUserAdmin(muni);
    const orgCells = await muni.getByRole('table', { name: /の利用者（/ }).locator('tbody tr td:nth-child(4)').allInnerTexts();
    expect(orgCells.length).toBeGreaterThan(0);
    expect(new Set(orgCells)).toEqual(new Set(['横浜市']));
    // What a municipal administrator may not set is not offered at all.
    await muni.getByRole('button', { name: '利用者を招待する' }).click();
    const form = muni.getByRole('form', { name: '利用者の招待' });
    await expect(form.getByLabel('役割').count()).resolves.toBe(0);
    await expect(form.getByLabel('団体').count()).resolves.toBe(0);
    expect(await seriousAccessibilityViolations(muni)).toEqual([]);

    // The page offers no way to act on 川崎市's staff; the API refuses it too.
    const kawasaki = (await (await api('GET', '/api/users?orgCode=141305', 'pref-admin')).json()) as { items: { userId: string; version: number }[] };
    const target = kawasaki.items.find((u) => u.userId === KAWASAKI_STAFF)!;
    const disable = await api('POST', `/api/users/${KAWASAKI_STAFF}/disable`, YOKOHAMA_ADMIN, { version: target.version });
    expect(disable.status).toBe(403);
    const error = ((await disable.json()) as { error: { message: { ja: string; en: string } } }).error;
    expect(error.message.ja).not.toBe('');
    expect(error.message.en).not.toBe('');
    expect((await api('GET', '/api/users?orgCode=141305', YOKOHAMA_ADMIN)).status).toBe(403);
    // And 川崎市's staff member is still active.
    const after = (await (await api('GET', '/api/users?orgCode=141305', 'pref-admin')).json()) as { items: { userId: string; status: string }[] };
    expect(after.items.find((u) => u.userId === KAWASAKI_STAFF)?.status).toBe('active');
  });
});
