import { execFile } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { LOCAL_OIDC_KEY_FILE, localSigningKey } from '../../functions/local/oidc/signing-key';
import { signLocalToken, verifyLocalToken } from '../../functions/platform/auth/local-issuer';
import { overrideConfig } from '../../functions/platform/config';

const run = promisify(execFile);
const freshDir = () => mkdtempSync(join(tmpdir(), 'kdx-oidc-key-'));
const keyIdInFreshProcess = async (dir: string) =>
  (
    await run('npx', ['tsx', '--eval', `import { localSigningKey } from './functions/local/oidc/signing-key.ts'; console.log(localSigningKey(${JSON.stringify(dir)}).publicJwk.kid);`])
  ).stdout.trim();

const STAFF = { userId: 'pref-staff', name: '総務局 職員', role: 'prefecture_staff', orgCode: '140007', bureau: '総務局' } as const;

describe('the local OpenID provider’s signing key', () => {
  it('is an RSA private JWK in DATA_DIR/local-oidc-key.json, readable by its owner only, made on first use', () => {
    const dir = freshDir();
    const key = localSigningKey(dir);
    const file = join(dir, LOCAL_OIDC_KEY_FILE);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const stored = JSON.parse(readFileSync(file, 'utf8'));
    expect(stored).toMatchObject({ kty: 'RSA', n: key.publicJwk.n, d: key.privateJwk.d });
    expect(key.publicJwk).not.toHaveProperty('d');
    expect(localSigningKey(freshDir()).publicJwk.kid).not.toBe(key.publicJwk.kid);
  });

  it('is the same key after a restart (a fresh process), so tokens outlive a restart', async () => {
    const dir = freshDir();
    const kid = localSigningKey(dir).publicJwk.kid;
    expect(await keyIdInFreshProcess(dir)).toBe(kid);
  });

  it('is made readable by its owner only again if a copy loosened it', async () => {
    const dir = freshDir();
    localSigningKey(dir);
    const file = join(dir, LOCAL_OIDC_KEY_FILE);
    chmodSync(file, 0o644);
    await keyIdInFreshProcess(dir);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('says how to recover when the file is not a key', () => {
    const dir = freshDir();
    writeFileSync(join(dir, LOCAL_OIDC_KEY_FILE), '{"kty":"oct"}', { mode: 0o600 });
    expect(() => localSigningKey(dir)).toThrow(/is not a valid signing key\. Delete it and a new one is made/);
  });
});

describe('local tokens (POST /api/auth/local/token) as the API verifies them', () => {
  it('verify with the key of the data directory, issuer and audience that signed them', async () => {
    const dir = freshDir();
    overrideConfig({ authMode: 'local', dataDir: dir, localIssuer: 'http://127.0.0.1:9/oidc' });
    const token = await signLocalToken(STAFF);
    const verified = await verifyLocalToken(token);
    expect(verified?.principal).toEqual(STAFF);
    expect(verified?.issuedAt).toBeCloseTo(Date.now() / 1000, -1);

    overrideConfig({ localIssuer: 'http://127.0.0.1:10/oidc' });
    expect(await verifyLocalToken(token)).toBeUndefined();
    overrideConfig({ localIssuer: 'http://127.0.0.1:9/oidc', dataDir: freshDir() });
    expect(await verifyLocalToken(token)).toBeUndefined();
    overrideConfig({ dataDir: dir });
    expect(await verifyLocalToken(token)).toBeDefined();
  });

  it('expire after the ID-token lifetime', async () => {
    overrideConfig({ authMode: 'local', dataDir: freshDir(), localIdTokenTtlSeconds: 60 });
    const issuedLongAgo = await signLocalToken(STAFF, Date.now() - 61_000);
    expect(await verifyLocalToken(issuedLongAgo)).toBeUndefined();
    expect(await verifyLocalToken(await signLocalToken(STAFF, Date.now() - 30_000))).toBeDefined();
  });
});
