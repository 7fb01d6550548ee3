import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { UserView } from '../../shared/api/users';
import { findUser, putUsers } from '../../functions/features/users/users.table';
import { overrideConfig } from '../../functions/platform/config';
import { ddb } from '../../functions/platform/db/client';
import { apiClient } from '../support/api-client';
import { useTestTable } from '../support/test-table';

/**
 * Revocation (issue 14): a token is only as good as the account behind it. Each request checks the caller's
 * record (through a per-process cache of config().userCacheSeconds), so a disabled or moved user, or one signed
 * out everywhere, is refused with 401 session_revoked.
 */
const api = apiClient();
const PREF = '140007';
const YOKOHAMA = '141003';
let n = 0;

async function invite(body: Record<string, unknown> = {}): Promise<UserView> {
  n += 1;
  const res = await api.post('/api/users', { email: `r${n}@city.yokohama.example`, name: `職員 ${n}`, role: 'municipal_staff', orgCode: YOKOHAMA, ...body }, 'pref-admin');
  expect(res.status, await res.clone().text()).toBe(201);
  return res.json();
}

/**
 * A fresh sign-in: a new token (the shared client keeps the first one it got for each user). Tokens carry whole
 * seconds and those of the second of a change are refused, so the clock moves on a second first.
 */
async function newToken(userId: string): Promise<string> {
  vi.setSystemTime(Date.now() + 1000);
  return apiClient(api.app).token(userId);
}
const me = (token: string) => api.app.request('/api/me', { headers: { authorization: `Bearer ${token}` } });

async function expectRevoked(res: Response) {
  expect(res.status).toBe(401);
  const { error } = await res.json();
  expect(error.code).toBe('session_revoked');
  expect(error.message.ja).toMatch(/もう一度サインイン/);
}

beforeAll(async () => {
  await useTestTable();
});
beforeEach(() => {
  // Only Date: timers stay real for the SDK's calls to DynamoDB Local.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date());
});
afterEach(() => {
  vi.useRealTimers();
  overrideConfig({ userCacheSeconds: 60 });
});

describe('changes made through the API take effect at the next request (this process forgets the cached account)', () => {
  it('a disabled user’s next call is 401; re-enabling does not revive tokens from before', async () => {
    const user = await invite();
    const token = await newToken(user.userId);
    expect((await me(token)).status).toBe(200);
    expect((await api.post(`/api/users/${user.userId}/disable`, { version: 1 }, 'pref-admin')).status).toBe(200);
    await expectRevoked(await me(token));
    expect((await api.post(`/api/users/${user.userId}/enable`, { version: 2 }, 'pref-admin')).status).toBe(200);
    // The old token stays refused (issued before the disable); a new sign-in works.
    await expectRevoked(await me(token));
    expect((await me(await newToken(user.userId))).status).toBe(200);
  });

  it('a moved user’s old token is 401; a token with the new organisation works', async () => {
    const user = await invite();
    const token = await newToken(user.userId);
    expect((await me(token)).status).toBe(200);
    const moved = await api.call('PATCH', `/api/users/${user.userId}`, { as: 'pref-admin', body: { version: 1, orgCode: '141305' } });
    expect(moved.status).toBe(200);
    await expectRevoked(await me(token));
    const fresh = await me(await newToken(user.userId));
    expect(fresh.status).toBe(200);
    expect(await fresh.json()).toMatchObject({ orgCode: '141305', orgName: '川崎市' });
  });

  it('sign out everywhere: by the user themselves or a prefecture administrator, making every earlier token 401', async () => {
    const user = await invite();
    const other = await invite();
    const token = await newToken(user.userId);
    expect((await api.post(`/api/users/${other.userId}/sign-out-everywhere`, undefined, user.userId)).status).toBe(403);
    expect((await api.post(`/api/users/${user.userId}/sign-out-everywhere`, undefined, user.userId)).status).toBe(204);
    await expectRevoked(await me(token));

    const otherToken = await newToken(other.userId);
    expect((await api.post(`/api/users/${other.userId}/sign-out-everywhere`, undefined, 'pref-admin')).status).toBe(204);
    await expectRevoked(await me(otherToken));
    const history = await (await api.get(`/api/users/${other.userId}/history`, 'pref-admin')).json();
    expect(history.items[0]).toMatchObject({ action: 'user.sign_out_everywhere', actor: { userId: 'pref-admin' } });
  });
});

describe('changes made elsewhere (another process, written straight to the table)', () => {
  async function disableBehindTheCache(userId: string) {
    const record = (await findUser(PREF, userId))!;
    await putUsers(PREF, [{ ...record, status: 'disabled' }]);
  }

  it('are seen after config().userCacheSeconds: until then the cached account holds, then the call is 401', async () => {
    const user = await invite();
    const token = await newToken(user.userId);
    expect((await me(token)).status).toBe(200);
    await disableBehindTheCache(user.userId);
    vi.setSystemTime(Date.now() + 59_000);
    expect((await me(token)).status).toBe(200);
    vi.setSystemTime(Date.now() + 2_000);
    await expectRevoked(await me(token));
  });

  it('are seen at once with userCacheSeconds 0', async () => {
    overrideConfig({ userCacheSeconds: 0 });
    const user = await invite();
    const token = await newToken(user.userId);
    expect((await me(token)).status).toBe(200);
    await disableBehindTheCache(user.userId);
    await expectRevoked(await me(token));
  });
});

describe('last sign-in', () => {
  it('is written on a token’s first use only, and again for a newer token', async () => {
    vi.setSystemTime(new Date('2026-04-01T08:59:59Z'));
    const user = await invite();
    expect((await findUser(PREF, user.userId))!.lastSignInAt).toBeUndefined();
    const token = await newToken(user.userId);
    await me(token);
    expect((await findUser(PREF, user.userId))!.lastSignInAt).toBe('2026-04-01T09:00:00.000Z');
    vi.setSystemTime(new Date('2026-04-01T09:29:59Z'));
    await me(token);
    expect((await findUser(PREF, user.userId))!.lastSignInAt).toBe('2026-04-01T09:00:00.000Z');
    await me(await newToken(user.userId));
    expect((await findUser(PREF, user.userId))!.lastSignInAt).toBe('2026-04-01T09:30:00.000Z');
    const listed = ((await (await api.get(`/api/users?orgCode=${YOKOHAMA}&limit=200`, 'pref-admin')).json()).items as UserView[]).find((u) => u.userId === user.userId);
    expect(listed?.lastSignInAt).toBe('2026-04-01T09:30:00.000Z');
  });
});

describe('the DynamoDB round-trip goal (≤ 2 per request, warm)', () => {
  it('a warm process reads nothing for the account check; a new token adds one conditional write, once', async () => {
    const user = await invite();
    let calls = 0;
    const counter = 'usersRoundTripCounter';
    ddb().middlewareStack.add((next) => async (args) => ((calls += 1), next(args)), { step: 'initialize', name: counter });
    try {
      const count = async (token: string) => {
        calls = 0;
        expect((await me(token)).status).toBe(200);
        return calls;
      };
      const token = await newToken(user.userId);
      await count(token);
      // /api/me itself reads the caller's organisation: one call, and nothing for the account.
      expect(await count(token)).toBe(1);
      expect(await count(await newToken(user.userId))).toBe(2);
    } finally {
      ddb().middlewareStack.remove(counter);
    }
  });
});
