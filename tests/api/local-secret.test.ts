import { createHmac } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sign } from 'hono/jwt';
import { beforeAll, describe, expect, it } from 'vitest';
import { config, overrideConfig } from '../../functions/platform/config';
import { apiClient } from '../support/api-client';
import { useTestTable } from '../support/test-table';

const api = apiClient();

/** The key every checkout of the repository used to share (functions/platform/config.ts before issue 12). */
const KEY_IN_THE_SOURCE = 'kanagawa-dx-portal-local-only-secret';

/** A well-formed local token for the administrator, signed with `key`. */
const adminToken = (key: string) => {
  const iat = Math.floor(Date.now() / 1000);
  return sign(
    { iss: config().localIssuer, aud: config().localClientId, sub: 'pref-admin', iat, exp: iat + 3600, name: '県 管理者', 'cognito:groups': ['prefecture_admin'], 'custom:orgCode': '140007' },
    key,
    'HS256',
  );
};

/** A local file link (the stand-in for an S3 presigned URL) for `key`, signed with `signingKey`. */
const fileLink = (signingKey: string, op: 'get' | 'put', key: string) => {
  const payload = Buffer.from(JSON.stringify({ op, key, contentType: 'text/plain', size: 5, exp: Math.floor(Date.now() / 1000) + 300 })).toString('base64url');
  return `/api/local-files/${payload}.${createHmac('sha256', signingKey).update(payload).digest('base64url')}`;
};

beforeAll(async () => {
  await useTestTable({ seed: true });
});

describe('local sign-in and file links are keyed by the data directory, not the source code', () => {
  it('a token minted with the key from the source code is refused', async () => {
    const res = await api.app.request('/api/me', { headers: { authorization: `Bearer ${await adminToken(KEY_IN_THE_SOURCE)}` } });
    expect(res.status).toBe(401);
    // The portal's own sign-in still works.
    expect((await api.get('/api/me', 'pref-admin')).status).toBe(200);
  });

  it('a file link signed with the key from the source code can neither write nor read an attachment', async () => {
    const key = 'attachments/140007/forged/evidence.txt';
    const put = await api.app.request(fileLink(KEY_IN_THE_SOURCE, 'put', key), { method: 'PUT', headers: { 'content-type': 'text/plain' }, body: 'owned' });
    expect(put.status).toBe(403);
    const get = await api.app.request(fileLink(KEY_IN_THE_SOURCE, 'get', key));
    expect(get.status).toBe(403);
    expect((await get.json()).error.message.en).toMatch(/invalid or has expired/);
  });

  it('a token of one data directory is not accepted by a portal on another', async () => {
    const token = await api.token('pref-admin');
    const mine = config().dataDir;
    const other = mkdtempSync(join(tmpdir(), 'kdx-other-'));
    try {
      overrideConfig({ dataDir: other });
      expect((await api.app.request('/api/me', { headers: { authorization: `Bearer ${token}` } })).status).toBe(401);
    } finally {
      overrideConfig({ dataDir: mine });
    }
    expect((await api.app.request('/api/me', { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
  });
});
