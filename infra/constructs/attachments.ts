import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import { BlockPublicAccess, Bucket, BucketEncryption, HttpMethods, StorageClass, type IBucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

export interface PortalAttachmentsProps {
  /** The bucket that receives S3 server access logs (the web construct's logs bucket). */
  logsBucket: IBucket;
  /** Origins whose pages upload and download through presigned URLs (the portal's https origin). */
  allowedOrigins: string[];
}

/** Objects live under this prefix; the function's grants stop there. */
export const ATTACHMENTS_PREFIX = 'attachments/';

/**
 * Presigned upload URLs name keys under this prefix only (functions/platform/files/file-store.ts,
 * PENDING_PREFIX); confirming an upload copies it out to a key no URL names.
 * Whatever stays here was never confirmed, or was sent again to a URL after
 * its file was confirmed: nothing references it.
 */
export const PENDING_UPLOADS_PREFIX = `${ATTACHMENTS_PREFIX}pending/`;

/**
 * Evidence files attached to joint-project progress reports. Private and
 * encrypted; browsers reach objects only through presigned URLs that the API
 * signs after checking who asks. Versions keep what a municipality replaced
 * or removed for the audit trail's 90 days.
 */
export class PortalAttachments extends Construct {
  readonly bucket: Bucket;

  constructor(scope: Construct, id: string, props: PortalAttachmentsProps) {
    super(scope, id);
    this.bucket = new Bucket(this, 'Bucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      versioned: true,
      serverAccessLogsBucket: props.logsBucket,
      serverAccessLogsPrefix: 's3-attachments/',
      cors: [
        {
          allowedMethods: [HttpMethods.PUT, HttpMethods.GET],
          allowedOrigins: props.allowedOrigins,
          allowedHeaders: ['content-type'],
          maxAge: 3000,
        },
      ],
      lifecycleRules: [
        { id: 'abort-incomplete-uploads', abortIncompleteMultipartUploadAfter: Duration.days(1) },
        // A day is S3's shortest expiry; the API already stops counting or confirming a pending upload after 15 minutes.
        { id: 'expire-unconfirmed-uploads', prefix: PENDING_UPLOADS_PREFIX, expiration: Duration.days(1), noncurrentVersionExpiration: Duration.days(1) },
        { id: 'expire-replaced-versions', noncurrentVersionExpiration: Duration.days(90) },
        // Evidence is read in the year it is reported and at inspections after; instant retrieval keeps downloads immediate.
        { id: 'archive-after-a-year', transitions: [{ storageClass: StorageClass.GLACIER_INSTANT_RETRIEVAL, transitionAfter: Duration.days(365) }] },
      ],
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }

  /** Lets a function sign uploads and downloads of attachments (and remove them), nothing else in the bucket. */
  bindTo(fn: LambdaFunction): void {
    fn.addEnvironment('ATTACHMENTS_BUCKET', this.bucket.bucketName);
    fn.addEnvironment('FILE_STORE', 's3');
    // Three object actions, named one by one: the bucket's grant* helpers add wildcard action groups (s3:GetObject*, s3:List*, s3:Abort*).
    fn.addToRolePolicy(
      new PolicyStatement({
        actions: ['s3:PutObject', 's3:GetObject', 's3:DeleteObject'],
        resources: [this.bucket.arnForObjects(`${ATTACHMENTS_PREFIX}*`)],
      }),
    );
  }
}
