import { createHmac, randomBytes } from 'node:crypto';
import { chmodSync, linkSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The file that holds a data directory's secret (64 hex digits, readable by its owner only). */
export const LOCAL_SECRET_FILE = 'local-secret';

/** What each local key signs; one key per purpose, so a signature made for one can never pass as another. */
export type LocalKeyPurpose = 'local-token' | 'local-file-link' | 'pagination-cursor';

const secrets = new Map<string, Buffer>();

function readSecret(file: string): Buffer {
  // A copy restored from a backup or an archive may have lost its mode: only the owner should read it.
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
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
 * be forged by anyone who has only the source code. Created atomically
 * (written aside, then hard-linked into place) so that the portal and the
 * import CLI starting together agree on one secret.
 */
export function localSecret(dataDir: string): Buffer {
  const dir = resolve(dataDir);
  const cached = secrets.get(dir);
  if (cached) return cached;
  const file = join(dir, LOCAL_SECRET_FILE);
  let secret: Buffer;
  try {
    secret = readSecret(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    mkdirSync(dir, { recursive: true });
    const aside = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
    writeFileSync(aside, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600 });
    try {
      linkSync(aside, file);
    } catch (linkError) {
      // Another process made it first: theirs is the secret.
      if ((linkError as NodeJS.ErrnoException).code !== 'EEXIST') throw linkError;
    } finally {
      rmSync(aside, { force: true });
    }
    secret = readSecret(file);
  }
  secrets.set(dir, secret);
  return secret;
}

/** A key for one purpose, derived from the data directory's secret. */
export function localKey(dataDir: string, purpose: LocalKeyPurpose): string {
  return createHmac('sha256', localSecret(dataDir)).update(`kanagawa-dx-portal:${purpose}`).digest('base64url');
}
