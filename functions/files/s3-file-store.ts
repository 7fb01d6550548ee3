import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { config } from '../config';
import { SIGNED_URL_SECONDS, type FileStore, type SignedRequest } from './file-store';

/** Attachments in the private S3 bucket, reached by presigned URLs. */
export class S3FileStore implements FileStore {
  private readonly client = new S3Client({});

  private get bucket(): string {
    const bucket = config().attachmentsBucket;
    if (!bucket) throw new Error('ATTACHMENTS_BUCKET is not set');
    return bucket;
  }

  async signUpload(key: string, contentType: string, size: number): Promise<SignedRequest> {
    // Content type and length are signed: S3 refuses a different file than the one declared and checked.
    const command = new PutObjectCommand({ Bucket: this.bucket, Key: key, ContentType: contentType, ContentLength: size });
    const url = await getSignedUrl(this.client, command, { expiresIn: SIGNED_URL_SECONDS, signableHeaders: new Set(['content-type', 'content-length']) });
    return { url, method: 'PUT', headers: { 'content-type': contentType }, expiresAt: new Date(Date.now() + SIGNED_URL_SECONDS * 1000).toISOString() };
  }

  async signDownload(key: string, fileName: string, contentType: string): Promise<SignedRequest> {
    const command = new GetObjectCommand({
      Bucket: this.bucket,
      Key: key,
      ResponseContentType: contentType,
      ResponseContentDisposition: `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    });
    const url = await getSignedUrl(this.client, command, { expiresIn: SIGNED_URL_SECONDS });
    return { url, method: 'GET', headers: {}, expiresAt: new Date(Date.now() + SIGNED_URL_SECONDS * 1000).toISOString() };
  }

  async sizeOf(key: string): Promise<number | undefined> {
    try {
      return (await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }))).ContentLength;
    } catch (error) {
      if ((error as { name?: string }).name === 'NotFound') return undefined;
      throw error;
    }
  }

  async remove(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }
}
