import { beforeAll, describe, expect, it } from 'vitest';
import type { UserView } from '../../shared/api/users';
import { createFirstAdmin } from '../../functions/features/users/first-admin';
import { apiClient } from '../support/api-client';
import { tableState } from '../support/table-state';
import { useTestTable } from '../support/test-table';

/**
 * 利用者管理 (issue 14) against DynamoDB Local: who may do what to whose account, invitations, stale versions,
 * bad input and the audit trail. Revocation (what a change does to the user's tokens): users-revocation.test.ts.
 */
const api = apiClient();
const YOKOHAMA = '141003';
const KAWASAKI = '141305';
const YOKOHAMA_ADMIN = 'muni-141003';
const KAWASAKI_ADMIN = 'muni-141305';

async function invite(body: Record<string, unknown>, as = 'pref-admin'): Promise<UserView> {
  const res = await api.post('/api/users', body, as);
  expect(res.status, await res.clone().text()).toBe(201);
  return res.json();
}
const view = async (userId: string) => (await (await api.get(`/api/users?orgCode=${(await find(userId)).orgCode}&limit=200`, 'pref-admin')).json()).items.find((u: UserView) => u.userId === userId) as UserView;
async function find(userId: string): Promise<UserView> {
  for (const status of ['active', 'disabled']) {
    const all = (await (await api.get(`/api/users?status=${status}&limit=200`, 'pref-admin')).json()).items as UserView[];
    const hit = all.find((u) => u.userId === userId);
    if (hit) return hit;
  }
  throw new Error(`no user ${userId}`);
}

let yokohamaStaff: UserView;

beforeAll(async () => {
  await useTestTable();
  // A non-administrator of Yokohama, invited by Yokohama's own administrator.
  yokohamaStaff = await invite({ email: 'Staff.One@City.Yokohama.example', name: '横浜 一郎', role: 'municipal_staff', orgCode: YOKOHAMA }, YOKOHAMA_ADMIN);
});

describe('inviting', () => {
  it('a municipal administrator invites their own staff; the address is kept lower-case, the account active and not an administrator', () => {
    expect(yokohamaStaff).toMatchObject({ email: 'staff.one@city.yokohama.example', name: '横浜 一郎', role: 'municipal_staff', orgCode: YOKOHAMA, orgName: '横浜市', orgAdmin: false, status: 'active', version: 1 });
    expect(yokohamaStaff.userId).toMatch(/^u-[0-9a-f-]{36}$/);
  });

  it('the invited user can sign in and sees themselves in /api/me with their e-mail, not as an administrator', async () => {
    const me = await (await api.get('/api/me', yokohamaStaff.userId)).json();
    expect(me).toMatchObject({ userId: yokohamaStaff.userId, name: '横浜 一郎', email: 'staff.one@city.yokohama.example', orgAdmin: false, orgName: '横浜市' });
    expect((await (await api.get('/api/me', YOKOHAMA_ADMIN)).json()).orgAdmin).toBe(true);
    expect((await (await api.get('/api/me', 'pref-admin')).json()).orgAdmin).toBe(false);
  });

  it('refuses an address already invited with 409 user_exists, whatever its case', async () => {
    const res = await api.post('/api/users', { email: 'STAFF.ONE@city.yokohama.example', name: '別人', role: 'municipal_staff', orgCode: YOKOHAMA }, 'pref-admin');
    expect(res.status).toBe(409);
    const body = await res.json();
    expect(body.error.code).toBe('user_exists');
    expect(body.error.message.ja).toMatch(/すでに登録/);
  });

  it('a municipal administrator cannot invite into another municipality, an administrator, or a prefecture role (403); nothing is written', async () => {
    // A token's first use records the sign-in: done before the snapshot, so only the refused invitations count.
    for (const as of ['pref-staff', 'council', yokohamaStaff.userId, YOKOHAMA_ADMIN]) await api.get('/api/me', as);
    const before = await tableState();
    for (const body of [
      { email: 'a@example.jp', name: 'A', role: 'municipal_staff', orgCode: KAWASAKI },
      { email: 'b@example.jp', name: 'B', role: 'municipal_staff', orgCode: YOKOHAMA, orgAdmin: true },
      { email: 'c@example.jp', name: 'C', role: 'prefecture_staff', orgCode: '140007', bureau: '総務局' },
    ]) {
      expect((await api.post('/api/users', body, YOKOHAMA_ADMIN)).status, JSON.stringify(body)).toBe(403);
    }
    for (const as of ['pref-staff', 'council', yokohamaStaff.userId]) {
      expect((await api.post('/api/users', { email: 'd@example.jp', name: 'D', role: 'municipal_staff', orgCode: YOKOHAMA }, as)).status).toBe(403);
    }
    expect(await tableState()).toEqual(before);
  });

  it('answers bad input with 400 and the fields to fix', async () => {
    const res = await api.post('/api/users', { email: 'not-an-address', name: '', role: 'mayor', orgCode: '12' }, 'pref-admin');
    expect(res.status).toBe(400);
    const paths = (await res.json()).error.fields.map((f: { path: string }) => f.path).sort();
    expect(paths).toEqual(['email', 'name', 'orgCode', 'role']);
    // A role that does not fit the organisation, a bureau outside prefecture staff.
    const misfit = await api.post('/api/users', { email: 'e@example.jp', name: 'E', role: 'council', orgCode: YOKOHAMA, bureau: '総務局' }, 'pref-admin');
    expect(misfit.status).toBe(400);
    expect((await misfit.json()).error.fields.map((f: { path: string }) => f.path).sort()).toEqual(['bureau', 'orgCode']);
  });
});

describe('listing', () => {
  it('a prefecture administrator lists the whole prefecture by role then name, or one organisation, one page at a time', async () => {
    const all = (await (await api.get('/api/users?limit=200', 'pref-admin')).json()).items as UserView[];
    const rank = ['prefecture_admin', 'prefecture_staff', 'municipal_staff', 'council'];
    expect(all.map((u) => rank.indexOf(u.role))).toEqual([...all.map((u) => rank.indexOf(u.role))].sort((a, b) => a - b));
    expect(all.length).toBeGreaterThan(35);
    const yokohama = (await (await api.get(`/api/users?orgCode=${YOKOHAMA}`, 'pref-admin')).json()).items as UserView[];
    expect(yokohama.map((u) => u.userId).sort()).toEqual([YOKOHAMA_ADMIN, yokohamaStaff.userId].sort());
    const staffOnly = (await (await api.get('/api/users?role=prefecture_staff', 'pref-admin')).json()).items as UserView[];
    expect(staffOnly.map((u) => u.userId).sort()).toEqual(['pref-staff', 'pref-staff-welfare']);
    const first = await (await api.get('/api/users?limit=2', 'pref-admin')).json();
    expect(first.items).toHaveLength(2);
    const second = await (await api.get(`/api/users?limit=2&cursor=${encodeURIComponent(first.nextCursor)}`, 'pref-admin')).json();
    expect(second.items[0].userId).not.toBe(first.items[0].userId);
  });

  it('a municipal administrator sees only their own municipality (omitted = their own); others are refused', async () => {
    const own = (await (await api.get('/api/users', YOKOHAMA_ADMIN)).json()).items as UserView[];
    expect(new Set(own.map((u) => u.orgCode))).toEqual(new Set([YOKOHAMA]));
    expect((await api.get(`/api/users?orgCode=${KAWASAKI}`, YOKOHAMA_ADMIN)).status).toBe(403);
    expect((await api.get('/api/users', KAWASAKI_ADMIN)).status).toBe(200);
    for (const as of ['pref-staff', 'council', yokohamaStaff.userId]) expect((await api.get('/api/users', as)).status).toBe(403);
  });
});

describe('changing accounts', () => {
  it('a municipal administrator disables and re-enables their own staff, not another municipality’s, not themselves', async () => {
    const kawasakiStaff = await invite({ email: 'k1@city.kawasaki.example', name: '川崎 一郎', role: 'municipal_staff', orgCode: KAWASAKI });
    expect((await api.post(`/api/users/${kawasakiStaff.userId}/disable`, { version: 1 }, YOKOHAMA_ADMIN)).status).toBe(403);
    expect((await api.post(`/api/users/${kawasakiStaff.userId}/disable`, { version: 1 }, yokohamaStaff.userId)).status).toBe(403);
    const self = await api.post(`/api/users/${YOKOHAMA_ADMIN}/disable`, { version: 1 }, YOKOHAMA_ADMIN);
    expect(self.status).toBe(409);
    expect((await self.json()).error.code).toBe('own_account');

    const staff = await invite({ email: 'y2@city.yokohama.example', name: '横浜 二郎', role: 'municipal_staff', orgCode: YOKOHAMA });
    const disabled = await api.post(`/api/users/${staff.userId}/disable`, { version: 1 }, YOKOHAMA_ADMIN);
    expect(disabled.status).toBe(200);
    expect(await disabled.json()).toMatchObject({ status: 'disabled', version: 2 });
    // Disabled accounts are listed apart.
    expect(((await (await api.get('/api/users?status=disabled', YOKOHAMA_ADMIN)).json()).items as UserView[]).map((u) => u.userId)).toEqual([staff.userId]);
    const enabled = await api.post(`/api/users/${staff.userId}/enable`, { version: 2 }, YOKOHAMA_ADMIN);
    expect(await enabled.json()).toMatchObject({ status: 'active', version: 3 });
  });

  it('a stale version is 409 with the account as it is now, and nothing changes', async () => {
    const staff = await invite({ email: 'y3@city.yokohama.example', name: '横浜 三郎', role: 'municipal_staff', orgCode: YOKOHAMA });
    expect((await api.call('PATCH', `/api/users/${staff.userId}`, { as: 'pref-admin', body: { version: 1, name: '横浜 三郎（新）' } })).status).toBe(200);
    const stale = await api.call('PATCH', `/api/users/${staff.userId}`, { as: 'pref-admin', body: { version: 1, name: '古い版' } });
    expect(stale.status).toBe(409);
    expect((await stale.json()).error.current).toMatchObject({ name: '横浜 三郎（新）', version: 2 });
    expect((await api.post(`/api/users/${staff.userId}/reset-mfa`, { version: 1 }, 'pref-admin')).status).toBe(409);
    expect(await view(staff.userId)).toMatchObject({ name: '横浜 三郎（新）', version: 2 });
  });

  it('only a prefecture administrator changes roles, resets passwords and MFA; a municipal administrator cannot', async () => {
    const staff = await invite({ email: 'y4@city.yokohama.example', name: '横浜 四郎', role: 'municipal_staff', orgCode: YOKOHAMA });
    expect((await api.call('PATCH', `/api/users/${staff.userId}`, { as: YOKOHAMA_ADMIN, body: { version: 1, orgAdmin: true } })).status).toBe(403);
    expect((await api.post(`/api/users/${staff.userId}/reset-password`, { version: 1 }, YOKOHAMA_ADMIN)).status).toBe(403);
    const promoted = await api.call('PATCH', `/api/users/${staff.userId}`, { as: 'pref-admin', body: { version: 1, orgAdmin: true } });
    expect(await promoted.json()).toMatchObject({ orgAdmin: true, version: 2 });
    expect(await (await api.post(`/api/users/${staff.userId}/reset-password`, { version: 2 }, 'pref-admin')).json()).toMatchObject({ version: 3 });
    expect(await (await api.post(`/api/users/${staff.userId}/reset-mfa`, { version: 3 }, 'pref-admin')).json()).toMatchObject({ version: 4 });
  });

  it('the last active prefecture administrator cannot be demoted (409, with the reason); with two, one can', async () => {
    const demote = async (userId: string) =>
      api.call('PATCH', `/api/users/${userId}`, { as: 'pref-admin', body: { version: (await find(userId)).version, role: 'prefecture_staff', bureau: '総務局' } });
    const refused = await demote('pref-admin');
    expect(refused.status).toBe(409);
    expect((await refused.json()).error).toMatchObject({ code: 'last_admin', message: { ja: expect.stringMatching(/最後の県の管理者/) } });
    const second = await invite({ email: 'admin2@pref.kanagawa.example', name: '第二管理者', role: 'prefecture_admin', orgCode: '140007' });
    expect((await demote(second.userId)).status).toBe(200);
    expect(await find(second.userId)).toMatchObject({ role: 'prefecture_staff', bureau: '総務局', version: 2 });
    expect((await demote('pref-admin')).status).toBe(409);
  });
});

describe('the audit trail', () => {
  it('records every change with who made it, and is readable by the prefecture administrators and the user’s own municipal administrator only', async () => {
    const staff = await invite({ email: 'y5@city.yokohama.example', name: '横浜 五郎', role: 'municipal_staff', orgCode: YOKOHAMA }, YOKOHAMA_ADMIN);
    await api.post(`/api/users/${staff.userId}/disable`, { version: 1 }, YOKOHAMA_ADMIN);
    await api.post(`/api/users/${staff.userId}/enable`, { version: 2 }, YOKOHAMA_ADMIN);
    const history = await (await api.get(`/api/users/${staff.userId}/history`, YOKOHAMA_ADMIN)).json();
    expect(history.items.map((e: { action: string }) => e.action)).toEqual(['user.enable', 'user.disable', 'user.invite']);
    expect(history.items[2]).toMatchObject({ actor: { userId: YOKOHAMA_ADMIN, role: 'municipal_staff' }, after: { email: 'y5@city.yokohama.example' } });
    expect(history.items[1]).toMatchObject({ before: { status: 'active' }, after: { status: 'disabled' } });
    const adminOnly = ((await (await api.get(`/api/users/${staff.userId}/history`, 'pref-admin')).json()).items as unknown[]).length;
    expect(adminOnly).toBe(3);
    for (const as of [KAWASAKI_ADMIN, yokohamaStaff.userId, 'pref-staff', 'council']) {
      expect((await api.get(`/api/users/${staff.userId}/history`, as)).status, as).toBe(403);
    }
    // A prefecture user's history is not the municipality's to read.
    expect((await api.get('/api/users/pref-staff/history', YOKOHAMA_ADMIN)).status).toBe(403);
  });
});

describe('the first administrator (npm run create-first-admin)', () => {
  it('is created once, can sign in as a prefecture administrator, and is audited as the system; a second run changes nothing', async () => {
    const first = await createFirstAdmin('140007', { email: 'first.admin@pref.kanagawa.example', name: '最初の管理者' });
    expect(first.created).toBe(true);
    expect(await createFirstAdmin('140007', { email: 'first.admin@pref.kanagawa.example', name: '別名' })).toEqual({ userId: first.userId, created: false });
    expect(await (await api.get('/api/me', first.userId)).json()).toMatchObject({ role: 'prefecture_admin', name: '最初の管理者', orgCode: '140007' });
    const history = await (await api.get(`/api/users/${first.userId}/history`, 'pref-admin')).json();
    expect(history.items).toEqual([expect.objectContaining({ action: 'user.invite', actor: { userId: 'system', role: 'prefecture_admin' } })]);
  });
});
