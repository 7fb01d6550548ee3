import { createPrivateKey, generateKeyPairSync, sign } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findUser, putUsers } from '../../functions/features/users/users.table';
import { startLocalServer, type LocalServer } from '../../functions/local/server';
import { config } from '../../functions/platform/config';
import { decodeJwt, oidcClient } from '../support/oidc-client';
import { useTestTable } from '../support/test-table';

const YOKOHAMA = '141003';
const YOKOHAMA_STAFF = `muni-${YOKOHAMA}`;

let server: LocalServer;
let discovery: Record<string, string>;

/** Signs in through the provider as the web app would, up to the callback's code. */
async function signInUpToCode(userId: string, client = oidcClient(server.url)) {
  const start = await client.authorize(discovery.authorization_endpoint!);
  expect(start.status).toBe(303);
  const picker = new URL(start.headers.get('location')!, server.url);
  expect(picker.pathname).toBe('/login');
  const uid = picker.searchParams.get('uid')!;
  const picked = await client.pick(uid, userId);
  expect(picked.status).toBe(303);
  // Back to the provider, which finishes the authorization (no consent page) and sends the browser to the app.
  const resumed = await client.browse(picked.headers.get('location')!);
  expect(resumed.status).toBe(303);
  const callback = new URL(resumed.headers.get('location')!);
  expect(`${callback.origin}${callback.pathname}`).toBe(`${server.url}/auth/callback`);
  return { client, uid, code: callback.searchParams.get('code')! };
}

async function signIn(userId: string, inBrowser?: ReturnType<typeof oidcClient>) {
  const { client, code } = await signInUpToCode(userId, inBrowser);
  const res = await client.exchange(discovery.token_endpoint!, code);
  expect(res.status).toBe(200);
  return { client, tokens: (await res.json()) as { id_token: string; refresh_token: string; access_token: string } };
}

const me = (token: string) => fetch(`${server.url}/api/me`, { headers: { authorization: `Bearer ${token}` } });
const refresh = (client: ReturnType<typeof oidcClient>, refreshToken: string) =>
  client.token(discovery.token_endpoint!, { grant_type: 'refresh_token', refresh_token: refreshToken });

beforeAll(async () => {
  await useTestTable({ seed: true });
  server = await startLocalServer({ port: 0, webDir: join(config().dataDir, 'no-web-build') });
  discovery = await (await fetch(`${server.url}/oidc/.well-known/openid-configuration`)).json();
});
afterAll(() => server?.close());

describe('the local OpenID provider of npm start', () => {
  it('is announced at <origin>/oidc, and /config.json points the web app at it', async () => {
    expect(discovery.issuer).toBe(`${server.url}/oidc`);
    expect(discovery.end_session_endpoint).toBe(`${server.url}/oidc/session/end`);
    expect(config().localIssuer).toBe(`${server.url}/oidc`);
    const web = await fetch(`${server.url}/config.json`);
    expect(await web.json()).toEqual({ auth: { authority: `${server.url}/oidc`, clientId: 'portal-web', provider: 'local' } });
  });

  it('signs a user in with code + PKCE and issues an RS256 ID token with Cognito’s claims, which the API accepts', async () => {
    const { tokens } = await signIn(YOKOHAMA_STAFF);
    const { header, payload } = decodeJwt(tokens.id_token);
    expect(header.alg).toBe('RS256');
    expect(payload).toMatchObject({
      iss: `${server.url}/oidc`,
      aud: 'portal-web',
      sub: YOKOHAMA_STAFF,
      email: `${YOKOHAMA_STAFF}@example.invalid`,
      name: '横浜市 職員',
      'cognito:groups': ['municipal_staff'],
      'custom:orgCode': YOKOHAMA,
    });
    expect(payload).not.toHaveProperty('custom:bureau');
    expect(payload.exp).toBe((payload.iat as number) + config().localIdTokenTtlSeconds);
    expect(typeof payload.auth_time).toBe('number');
    expect(tokens.refresh_token).toBeTruthy();

    const res = await me(tokens.id_token);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ userId: YOKOHAMA_STAFF, role: 'municipal_staff', orgCode: YOKOHAMA });
  });

  it('puts a prefecture staff member’s bureau in the token, as Cognito’s custom:bureau', async () => {
    const { tokens } = await signIn('pref-staff');
    expect(decodeJwt(tokens.id_token).payload).toMatchObject({ 'cognito:groups': ['prefecture_staff'], 'custom:bureau': '総務局' });
  });

  it('refuses a code without the PKCE verifier that started the sign-in', async () => {
    const { client, code } = await signInUpToCode(YOKOHAMA_STAFF);
    const res = await client.exchange(discovery.token_endpoint!, code, 'x'.repeat(43));
    expect(res.status).toBe(400);
    expect((await res.json()).error).toBe('invalid_grant');
  });

  it('sends an unknown user, or a sign-in that has expired, back to the sign-in page with the reason', async () => {
    const client = oidcClient(server.url);
    const start = await client.authorize(discovery.authorization_endpoint!);
    const uid = new URL(start.headers.get('location')!, server.url).searchParams.get('uid')!;
    const unknown = await client.pick(uid, 'nobody');
    expect(unknown.status).toBe(303);
    expect(unknown.headers.get('location')).toBe(`/login?uid=${uid}&error=unknown_user`);
    // Another browser (no cookies of this sign-in) cannot finish it.
    const elsewhere = await oidcClient(server.url).pick(uid, YOKOHAMA_STAFF);
    expect(elsewhere.headers.get('location')).toBe('/login?error=expired');
  });

  it('renews the ID token with the refresh token (rotated), reading the user’s record again: a moved user gets the new claims', async () => {
    const { client, tokens } = await signIn('pref-staff');
    const record = (await findUser('140007', 'pref-staff'))!;
    await putUsers('140007', [{ ...record, bureau: '福祉子どもみらい局', validAfter: Math.floor(Date.now() / 1000) + 1 }]);
    try {
      const res = await refresh(client, tokens.refresh_token);
      expect(res.status).toBe(200);
      const renewed = (await res.json()) as { id_token: string; refresh_token: string };
      expect(decodeJwt(renewed.id_token).payload).toMatchObject({ sub: 'pref-staff', 'custom:bureau': '福祉子どもみらい局' });
      expect(renewed.refresh_token).not.toBe(tokens.refresh_token);
      expect((await refresh(client, tokens.refresh_token)).status).toBe(400);
    } finally {
      await putUsers('140007', [record]);
    }
  });

  it('“sign out everywhere” ends the user’s sessions in every browser: no refresh, and the sign-in page again', async () => {
    const KAWASAKI_STAFF = 'muni-141305';
    const phone = await signIn(KAWASAKI_STAFF);
    const office = await signIn(KAWASAKI_STAFF);
    const res = await fetch(`${server.url}/api/users/${KAWASAKI_STAFF}/sign-out-everywhere`, {
      method: 'POST',
      headers: { authorization: `Bearer ${office.tokens.id_token}` },
    });
    expect(res.status).toBe(204);
    for (const { client, tokens } of [phone, office]) {
      const renewal = await refresh(client, tokens.refresh_token);
      expect(renewal.status).toBe(400);
      expect((await renewal.json()).error).toBe('invalid_grant');
      const again = await client.authorize(discovery.authorization_endpoint!);
      expect(new URL(again.headers.get('location')!, server.url).pathname).toBe('/login');
    }
    // Signing in again, in a browser that still holds its old session, stands (the second the sessions were ended
    // in counts as before it).
    await new Promise((done) => setTimeout(done, 1100));
    const { tokens } = await signIn(KAWASAKI_STAFF, phone.client);
    expect((await me(tokens.id_token)).status).toBe(200);
  });

  it('signs out without a confirmation page: back to /signed-out, the session and its refresh token ended', async () => {
    const { client, tokens } = await signIn(YOKOHAMA_STAFF);
    const end = await client.browse(
      `${discovery.end_session_endpoint}?${new URLSearchParams({ id_token_hint: tokens.id_token, post_logout_redirect_uri: `${server.url}/signed-out` })}`,
    );
    expect(end.status).toBe(200);
    // The page submits itself at once (the browser runs its script); here the test submits it.
    const html = await end.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)![1]!;
    const fields = Object.fromEntries([...html.matchAll(/<input type="hidden" name="(\w+)" value="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    expect(fields.logout).toBe('yes');
    const confirmed = await client.browse(action, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields as Record<string, string>).toString(),
    });
    expect(confirmed.status).toBe(303);
    expect(confirmed.headers.get('location')).toBe(`${server.url}/signed-out`);
    expect((await refresh(client, tokens.refresh_token)).status).toBe(400);
    // Signing in again shows the sign-in page, not a silent sign-in as before.
    const again = await client.authorize(discovery.authorization_endpoint!);
    expect(new URL(again.headers.get('location')!, server.url).pathname).toBe('/login');
  });

  it('a disabled user can no longer refresh, sign in, or be picked', async () => {
    const { client, tokens } = await signIn(YOKOHAMA_STAFF);
    const record = (await findUser('140007', YOKOHAMA_STAFF))!;
    await putUsers('140007', [{ ...record, status: 'disabled' }]);
    try {
      const res = await refresh(client, tokens.refresh_token);
      expect(res.status).toBe(400);
      expect((await res.json()).error).toBe('invalid_grant');

      const picker = (await (await fetch(`${server.url}/api/auth/local/users`)).json()) as { items: { userId: string }[] };
      expect(picker.items.map((u) => u.userId)).not.toContain(YOKOHAMA_STAFF);

      const fresh = oidcClient(server.url);
      const start = await fresh.authorize(discovery.authorization_endpoint!);
      const uid = new URL(start.headers.get('location')!, server.url).searchParams.get('uid')!;
      expect((await fresh.pick(uid, YOKOHAMA_STAFF)).headers.get('location')).toBe(`/login?uid=${uid}&error=disabled`);

      const token = await fetch(`${server.url}/api/auth/local/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ userId: YOKOHAMA_STAFF }),
      });
      expect(token.status).toBe(403);
    } finally {
      await putUsers('140007', [record]);
    }
  });

  it('refuses a token signed with any other key, even one naming the provider’s key id', async () => {
    const { tokens } = await signIn('pref-admin');
    const { header, payload } = decodeJwt(tokens.id_token);
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const forge = (kid: unknown) => {
      const part = (v: object) => Buffer.from(JSON.stringify(v)).toString('base64url');
      const signed = `${part({ ...header, kid })}.${part(payload)}`;
      return `${signed}.${sign('sha256', Buffer.from(signed), createPrivateKey(privateKey.export({ format: 'pem', type: 'pkcs8' }))).toString('base64url')}`;
    };
    expect((await me(tokens.id_token)).status).toBe(200);
    expect((await me(forge(header.kid))).status).toBe(401);
    expect((await me(forge('another-key'))).status).toBe(401);
  });
});

describe('local sign-in for scripts and tests, beside the provider', () => {
  it('POST /api/auth/local/token gives the token the provider would: same key, issuer, audience and claims', async () => {
    const res = await fetch(`${server.url}/api/auth/local/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId: 'pref-staff' }),
    });
    const minted = decodeJwt(((await res.json()) as { token: string }).token);
    const issued = decodeJwt((await signIn('pref-staff')).tokens.id_token);
    expect(minted.header).toMatchObject({ alg: 'RS256', kid: issued.header.kid });
    for (const claim of ['iss', 'aud', 'sub', 'email', 'name', 'cognito:groups', 'custom:orgCode', 'custom:bureau']) {
      expect(minted.payload[claim], claim).toEqual(issued.payload[claim]);
    }
  });

  it('the sign-in page lists every active user record, invited ones too: the prefecture first, then municipalities by code', async () => {
    const yokohama = (await findUser('140007', YOKOHAMA_STAFF))!;
    await putUsers('140007', [{ ...yokohama, userId: 'u-invited', name: '横浜市 新任職員', email: 'new.staff@example.invalid', orgAdmin: false }]);
    const { items } = (await (await fetch(`${server.url}/api/auth/local/users`)).json()) as { items: { userId: string; orgCode: string }[] };
    expect(items.slice(0, 4).map((u) => u.userId)).toEqual(['pref-admin', 'pref-staff', 'pref-staff-welfare', 'council']);
    const municipal = items.slice(4).map((u) => u.orgCode);
    expect(municipal).toEqual([...municipal].sort());
    expect(items.find((u) => u.userId === 'u-invited')).toEqual({
      userId: 'u-invited',
      name: '横浜市 新任職員',
      role: 'municipal_staff',
      orgCode: YOKOHAMA,
      orgName: '横浜市',
    });
  });
});
