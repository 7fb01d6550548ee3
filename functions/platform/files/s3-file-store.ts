import type { S3Client } from '@aws-sdk/client-s3';
import { config } from '../config';
import { SIGNED_URL_SECONDS, type FileStore, type SignedRequest } from './file-store';

/**
 * The S3 SDK is imported on first use, not at cold start: most API requests
 * never touch a file, and esbuild keeps a dynamic import of an external
 * package dynamic (a static one would be loaded with the bundle).
 */
const sdk = async () => {
  const [s3, presigner] = await Promise.all([import('@aws-sdk/client-s3'), import('@aws-sdk/s3-request-presigner')]);
  return { ...s3, getSignedUrl: presigner.getSignedUrl };
};

let client: S3Client | undefined;

/** Attachments in the private S3 bucket, reached by presigned URLs. */
export class S3FileStore implements FileStore {
  private async client() {
    const lib = await sdk();
    client ??= new lib.S3Client({});
    return { s3: client, lib };
  }

  private get bucket(): string {
    const bucket = config().attachmentsBucket;
    if (!bucket) throw new Error('ATTACHMENTS_BUCKET is not set');
    return bucket;
  }

  private expiry(): string {
    return new Date(Date.now() + SIGNED_URL_SECONDS * 1000).toISOString();
  }

  async signUpload(key: string, contentType: string, size: number): Promise<SignedRequest> {
    const { s3, lib } = await this.client();
    // Content type and length are signed: S3 refuses a different file than the one declared and checked.
    const command = new lib.PutObjectCommand({ Bucket: this.bucket, Key: key, ContentType: contentType, ContentLength: size });
    const url = await lib.getSignedUrl(s3, command, { expiresIn: SIGNED_URL_SECONDS, signableHeaders: new Set(['content-type', 'content-length']) });
    return { url, method: 'PUT', headers: { 'content-type': contentType }, expiresAt: this.expiry() };
  }

  async signDownload(key: string, fileName: string, contentType: string): Promise<SignedRequest> {
    const { s3, lib } = await this.client();
    const command = new lib.GetObjectCommand({
      Bucket: this.bucket,
      Key: key,
      ResponseContentType: contentType,
      ResponseContentDisposition: `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    });
    const url = await lib.getSignedUrl(s3, command, { expiresIn: SIGNED_URL_SECONDS });
    return { url, method: 'GET', headers: {}, expiresAt: this.expiry() };
  }

  async sizeOf(key: string): Promise<number | undefined> {
    const { s3, lib } = await this.client();
    try {
      return (await s3.send(new lib.HeadObjectCommand({ Bucket: this.bucket, Key: key }))).ContentLength;
    } catch (error) {
      if ((error as { name?: string }).name === 'NotFound') return undefined;
      throw error;
    }
  }

  async readStart(key: string, bytes: number): Promise<Uint8Array | undefined> {
    const { s3, lib } = await this.client();
    try {
      const out = await s3.send(new lib.GetObjectCommand({ Bucket: this.bucket, Key: key, Range: `bytes=0-${bytes - 1}` }));
      return await out.Body?.transformToByteArray();
    } catch (error) {
      if ((error as { name?: string }).name === 'NoSuchKey') return undefined;
      throw error;
    }
  }

  async copy(from: string, to: string): Promise<boolean> {
    const { s3, lib } = await this.client();
    try {
      // The copy is a snapshot of the source: a PUT to the pending key during or after it changes nothing here.
      const source = `${this.bucket}/${from.split('/').map(encodeURIComponent).join('/')}`;
      await s3.send(new lib.CopyObjectCommand({ Bucket: this.bucket, Key: to, CopySource: source }));
      return true;
    } catch (error) {
      if ((error as { name?: string }).name === 'NoSuchKey') return false;
      throw error;
    }
  }

  async remove(key: string): Promise<void> {
    const { s3, lib } = await this.client();
    await s3.send(new lib.DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  /** The bucket's lifecycle rule on the pending prefix removes stale uploads (infra/constructs/attachments.ts). */
  async removeStale(): Promise<void> {}
}
