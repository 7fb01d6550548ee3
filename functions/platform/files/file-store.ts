import { config } from '../config';

/** Where the browser sends or fetches a file directly (a presigned S3 URL, or the local emulation). */
export interface SignedRequest {
  url: string;
  method: 'PUT' | 'GET';
  headers: Record<string, string>;
  expiresAt: string;
}

/**
 * Evidence files are never streamed through the API: it signs a short-lived
 * URL and the browser talks to the store. In AWS the store is S3; locally a
 * directory under DATA_DIR served by routes that check the same kind of
 * signature (functions/local/file-routes.ts).
 */
export interface FileStore {
  signUpload(key: string, contentType: string, size: number): Promise<SignedRequest>;
  signDownload(key: string, fileName: string, contentType: string): Promise<SignedRequest>;
  /** The stored object's size, or undefined when nothing was uploaded. */
  sizeOf(key: string): Promise<number | undefined>;
  /** Up to `bytes` bytes from the start of the object (to check what it is), or undefined when there is none. */
  readStart(key: string, bytes: number): Promise<Uint8Array | undefined>;
  /**
   * Copies an object to a key that must not exist yet; false when the source
   * is missing. Confirming an upload copies it away from the key its signed
   * URL names, so that URL can never change a confirmed file.
   */
  copy(from: string, to: string): Promise<boolean>;
  remove(key: string): Promise<void>;
  /**
   * Removes objects under `prefix` last written before `before`: uploads
   * never confirmed, or sent again to a URL after its file was confirmed.
   * S3 does this with a lifecycle rule on the pending prefix instead.
   */
  removeStale(prefix: string, before: Date): Promise<void>;
}

/**
 * Signed upload URLs name a key under this prefix only. Nothing ever reads a
 * file from there but the confirmation, which copies it out; whatever stays
 * or arrives later is removed (S3: a lifecycle rule, infra/constructs/attachments.ts).
 */
export const PENDING_PREFIX = 'attachments/pending/';

/** Signed URLs live five minutes: long enough to upload 10 MB on a slow line, short if one leaks. */
export const SIGNED_URL_SECONDS = 300;

let store: FileStore | undefined;
let storeKind: string | undefined;

export async function fileStore(): Promise<FileStore> {
  const kind = config().fileStore;
  if (!store || storeKind !== kind) {
    store = kind === 's3' ? new (await import('./s3-file-store')).S3FileStore() : new (await import('./local-file-store')).LocalFileStore();
    storeKind = kind;
  }
  return store;
}
