import { createHmac, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readOrMakeOwnerOnlyFile } from './owner-only-file';

/** The file that holds a data directory's secret (64 hex digits, readable by its owner only). */
export const LOCAL_SECRET_FILE = 'local-secret';

/**
 * What each local key signs; one key per purpose, so a signature made for one can never pass as another.
 * (Local ID tokens are signed with an RSA key of their own: functions/local/oidc/signing-key.ts.)
 */
export type LocalKeyPurpose = 'oidc-cookies' | 'local-file-link' | 'pagination-cursor';

const secrets = new Map<string, Buffer>();

function readSecret(file: string): Buffer {
  const text = readFileSync(file, 'utf8').trim();
  if (!/^[0-9a-f]{64}$/.test(text)) {
    throw new Error(
      `${file} は秘密鍵として読み取れません。削除すると新しい鍵が作られます（発行済みのトークンとリンクは無効になります）。 / ` +
        `${file} is not a valid secret. Delete it and a new one is made (tokens and links issued so far stop working).`,
    );
  }
  return Buffer.from(text, 'hex');
}

/**
 * The random secret of a local data directory, made on first use and kept
 * across restarts, so that tokens and file links signed by `npm start` cannot
 * be forged by anyone who has only the source code (owner-only-file.ts
 * says how it is made and kept).
 */
export function localSecret(dataDir: string): Buffer {
  const dir = resolve(dataDir);
  const cached = secrets.get(dir);
  if (cached) return cached;
  const file = join(dir, LOCAL_SECRET_FILE);
  const secret = readOrMakeOwnerOnlyFile(file, () => `${randomBytes(32).toString('hex')}\n`, readSecret);
  secrets.set(dir, secret);
  return secret;
}

/** A key for one purpose, derived from the data directory's secret. */
export function localKey(dataDir: string, purpose: LocalKeyPurpose): string {
  return createHmac('sha256', localSecret(dataDir)).update(`kanagawa-dx-portal:${purpose}`).digest('base64url');
}
