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
 * signature (routes/local-files.ts).
 */
export interface FileStore {
  signUpload(key: string, contentType: string, size: number): Promise<SignedRequest>;
  signDownload(key: string, fileName: string, contentType: string): Promise<SignedRequest>;
  /** The stored object's size, or undefined when nothing was uploaded. */
  sizeOf(key: string): Promise<number | undefined>;
  remove(key: string): Promise<void>;
}

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
