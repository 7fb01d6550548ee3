import { createHmac, timingSafeEqual } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, mkdir, open, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { config } from '../config';
import { PENDING_PREFIX, SIGNED_URL_SECONDS, type FileStore, type SignedRequest } from './file-store';

/** What a local signed URL allows: one operation on one key, until `exp`. */
export interface LocalGrant {
  op: 'put' | 'get';
  key: string;
  contentType: string;
  /** put: the exact size declared and checked; get: unused. */
  size: number;
  fileName?: string;
  exp: number;
}

const sign = (payload: string) => createHmac('sha256', config().localFileSecret).update(payload).digest('base64url');

export function encodeGrant(grant: LocalGrant): string {
  const payload = Buffer.from(JSON.stringify(grant)).toString('base64url');
  return `${payload}.${sign(payload)}`;
}

/** The grant in a token, if the signature holds and it has not expired. */
export function decodeGrant(token: string, now = Date.now()): LocalGrant | undefined {
  const [payload, signature] = token.split('.');
  if (!payload || !signature) return undefined;
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
  const grant = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as LocalGrant;
  return grant.exp * 1000 >= now ? grant : undefined;
}

/** Keys are made by the server (attachments/{pref}/{project}/…/{uuid}); this refuses anything outside DATA_DIR/attachments anyway. */
export function localPath(key: string): string {
  const root = resolve(config().dataDir, 'attachments');
  const path = resolve(config().dataDir, key);
  if (!path.startsWith(`${root}/`)) throw new Error('attachment key outside the attachments directory');
  return path;
}

/** The local stand-in for S3: files under DATA_DIR/attachments, reached by HMAC-signed URLs like presigned ones. */
export class LocalFileStore implements FileStore {
  private grant(op: LocalGrant['op'], key: string, contentType: string, size: number, fileName?: string): SignedRequest {
    const exp = Math.floor(Date.now() / 1000) + SIGNED_URL_SECONDS;
    const token = encodeGrant({ op, key, contentType, size, fileName, exp });
    return {
      url: `/api/local-files/${token}`,
      method: op === 'put' ? 'PUT' : 'GET',
      headers: op === 'put' ? { 'content-type': contentType } : {},
      expiresAt: new Date(exp * 1000).toISOString(),
    };
  }

  async signUpload(key: string, contentType: string, size: number) {
    return this.grant('put', key, contentType, size);
  }

  async signDownload(key: string, fileName: string, contentType: string) {
    return this.grant('get', key, contentType, 0, fileName);
  }

  async sizeOf(key: string) {
    try {
      return (await stat(localPath(key))).size;
    } catch {
      return undefined;
    }
  }

  async readStart(key: string, bytes: number) {
    const file = await open(localPath(key)).catch(() => undefined);
    if (!file) return undefined;
    try {
      const buffer = new Uint8Array(bytes);
      const { bytesRead } = await file.read(buffer, 0, bytes, 0);
      return buffer.subarray(0, bytesRead);
    } finally {
      await file.close();
    }
  }

  async copy(from: string, to: string) {
    const target = localPath(to);
    await mkdir(dirname(target), { recursive: true });
    try {
      // COPYFILE_EXCL: like a fresh S3 key, the target is never an existing file.
      await copyFile(localPath(from), target, constants.COPYFILE_EXCL);
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw error;
    }
  }

  async remove(key: string) {
    await rm(localPath(key), { force: true });
  }

  async removeStale(prefix: string, before: Date) {
    const dir = localPath(prefix);
    const names = await readdir(dir).catch(() => [] as string[]);
    for (const name of names) {
      const path = `${dir}/${name}`;
      const info = await stat(path).catch(() => undefined);
      if (info?.isFile() && info.mtime < before) await rm(path, { force: true });
    }
  }

  /** Writes what a signed PUT carries; uploads only ever land under the pending prefix. */
  async write(key: string, body: Uint8Array) {
    if (!key.startsWith(PENDING_PREFIX)) throw new Error('uploads go to the pending prefix only');
    const path = localPath(key);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, body);
  }

  async read(key: string) {
    return readFile(localPath(key));
  }
}
