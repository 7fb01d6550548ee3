import { createHmac, timingSafeEqual } from 'node:crypto';
import { mkdir, rm, stat, writeFile, readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { config } from '../config';
import { SIGNED_URL_SECONDS, type FileStore, type SignedRequest } from './file-store';

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

const sign = (payload: string) => createHmac('sha256', config().localJwtSecret).update(payload).digest('base64url');

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

  async remove(key: string) {
    await rm(localPath(key), { force: true });
  }

  async write(key: string, body: Uint8Array) {
    const path = localPath(key);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, body);
  }

  async read(key: string) {
    return readFile(localPath(key));
  }
}
