import { execFile } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { overrideConfig, readConfig, requireSettings } from '../../functions/platform/config';
import { localKey, localSecret, LOCAL_SECRET_FILE } from '../../functions/local/local-secret';

const run = promisify(execFile);
const freshDir = () => mkdtempSync(join(tmpdir(), 'kdx-config-'));

/** What the API function gets from the stack (placeholder values). */
const DEPLOYED_API = {
  AUTH_MODE: 'cognito',
  TABLE_NAME: 'portal',
  COGNITO_USER_POOL_ID: 'ap-northeast-1_x',
  COGNITO_CLIENT_ID: 'client',
  FILE_STORE: 's3',
  ATTACHMENTS_BUCKET: 'bucket',
  CURSOR_SECRET: 'c'.repeat(64),
};

describe('local mode only when chosen', () => {
  it.each([undefined, '', 'Local', 'cognito ', 'none'])('AUTH_MODE=%j is refused with a message saying what to set', (value) => {
    expect(() => readConfig({ AUTH_MODE: value })).toThrow(/AUTH_MODE=cognito in AWS or AUTH_MODE=local/);
  });

  it('a misspelt FILE_STORE or MAIL_MODE is refused, not read as local', () => {
    expect(() => readConfig({ AUTH_MODE: 'cognito', FILE_STORE: 'S3' })).toThrow(/FILE_STORE must be one of s3, local/);
    expect(() => readConfig({ AUTH_MODE: 'cognito', MAIL_MODE: 'SES' })).toThrow(/MAIL_MODE/);
  });

  it('in AWS mode nothing local is assumed: no DynamoDB Local endpoint, S3, SES, and no local key to sign with', () => {
    const cfg = readConfig(DEPLOYED_API);
    expect(cfg).toMatchObject({ authMode: 'cognito', dynamodbEndpoint: undefined, fileStore: 's3', mailMode: 'ses' });
    expect(cfg.cursorSecret).toBe(DEPLOYED_API.CURSOR_SECRET);
    expect(() => cfg.localFileSecret).toThrow(/Local signing keys exist only with AUTH_MODE=local/);
    expect(() => readConfig({ AUTH_MODE: 'cognito' }).cursorSecret).toThrow(/CURSOR_SECRET is not set/);
  });
});

describe('a deployed function without its settings refuses to start', () => {
  it('the API names every missing setting', () => {
    expect(() => requireSettings('api', { AUTH_MODE: 'cognito' })).toThrow(
      /missing or invalid settings TABLE_NAME, COGNITO_USER_POOL_ID, COGNITO_CLIENT_ID, FILE_STORE, ATTACHMENTS_BUCKET, CURSOR_SECRET/,
    );
    expect(() => requireSettings('api', { ...DEPLOYED_API, CURSOR_SECRET: 'short' })).toThrow(/CURSOR_SECRET \(32\+ characters\)/);
    expect(() => requireSettings('api', { ...DEPLOYED_API, FILE_STORE: 'local' })).toThrow(/FILE_STORE=s3/);
    expect(requireSettings('api', DEPLOYED_API).tableName).toBe('portal');
  });

  it('the reminder job names its own', () => {
    expect(() => requireSettings('reminders', { AUTH_MODE: 'cognito', TABLE_NAME: 't' })).toThrow(/Refusing to start \(reminders\): missing or invalid settings MAIL_MODE, MAIL_FROM, PORTAL_URL/);
    expect(() => requireSettings('reminders', {})).toThrow(/AUTH_MODE is not set/);
  });

  it('never in local mode, whose sign-in would mint anyone’s token', () => {
    expect(() => requireSettings('api', { ...DEPLOYED_API, AUTH_MODE: 'local' })).toThrow(/AUTH_MODE=local is for npm start and the tests only/);
    expect(() => requireSettings('reminders', { AUTH_MODE: 'local' })).toThrow(/never a deployed function/);
  });
});

describe('the local secret of a data directory', () => {
  it('is 32 random bytes in DATA_DIR/local-secret, readable by its owner only, made on first use', () => {
    const dir = freshDir();
    const secret = localSecret(dir);
    const file = join(dir, LOCAL_SECRET_FILE);
    expect(secret).toHaveLength(32);
    expect(readFileSync(file, 'utf8').trim()).toBe(secret.toString('hex'));
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(localSecret(freshDir()).equals(secret)).toBe(false);
  });

  it('is the same after a restart (a fresh process), and so are the keys derived from it', async () => {
    const dir = freshDir();
    const key = localKey(dir, 'oidc-cookies');
    const script = `import { localKey } from './functions/local/local-secret.ts'; console.log(localKey(${JSON.stringify(dir)}, 'oidc-cookies'));`;
    const { stdout } = await run('npx', ['tsx', '--eval', script]);
    expect(stdout.trim()).toBe(key);
  });

  it('gives each purpose its own key: a cookie signature is never a valid file-link signature', () => {
    const dir = freshDir();
    const keys = new Set((['oidc-cookies', 'local-file-link', 'pagination-cursor'] as const).map((p) => localKey(dir, p)));
    expect(keys.size).toBe(3);
  });

  it('is made readable by its owner only again if a copy loosened it', () => {
    const dir = freshDir();
    localSecret(dir);
    const file = join(dir, LOCAL_SECRET_FILE);
    chmodSync(file, 0o644);
    // A new process reads the file again (this one has it cached).
    return run('npx', ['tsx', '--eval', `import { localSecret } from './functions/local/local-secret.ts'; localSecret(${JSON.stringify(dir)});`]).then(() =>
      expect(statSync(file).mode & 0o777).toBe(0o600),
    );
  });

  it('config keys follow the data directory a test or script moves to', () => {
    const [a, b] = [freshDir(), freshDir()];
    const inA = overrideConfig({ authMode: 'local', dataDir: a });
    expect(inA.localFileSecret).toBe(localKey(a, 'local-file-link'));
    expect(inA.cursorSecret).toBe(localKey(a, 'pagination-cursor'));
    const inB = overrideConfig({ dataDir: b });
    expect(inB.localFileSecret).toBe(localKey(b, 'local-file-link'));
    expect(inB.cursorSecret).toBe(localKey(b, 'pagination-cursor'));
    expect(inB.localFileSecret).not.toBe(inA.localFileSecret);
  });
});
