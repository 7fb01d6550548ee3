import { randomBytes } from 'node:crypto';
import { chmodSync, linkSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * A data directory's key file (its secret, the OpenID provider's signing key): read if it exists, otherwise made
 * with `make()` and read back. Readable by its owner only — a copy restored from a backup may have lost its mode,
 * so the mode is set again on every read. Made atomically (written aside, then hard-linked into place), so that
 * the portal and the import CLI starting together agree on one key: the second to link reads the first's.
 */
export function readOrMakeOwnerOnlyFile<T>(file: string, make: () => string, read: (file: string) => T): T {
  try {
    return readOwnerOnly(file, read);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(dirname(file), { recursive: true });
  const aside = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(aside, make(), { mode: 0o600 });
  try {
    linkSync(aside, file);
  } catch (linkError) {
    if ((linkError as NodeJS.ErrnoException).code !== 'EEXIST') throw linkError;
  } finally {
    rmSync(aside, { force: true });
  }
  return readOwnerOnly(file, read);
}

function readOwnerOnly<T>(file: string, read: (file: string) => T): T {
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  return read(file);
}
