import { beforeAll, describe, expect, it } from 'vitest';
import type { Template } from 'aws-cdk-lib/assertions';
import { PENDING_PREFIX } from '../../functions/platform/files/file-store';
import { portalTemplate, type CfnResource } from './support';

let template: Template;
let bucketId: string;
let bucket: CfnResource;

beforeAll(() => {
  template = portalTemplate().template;
  const found = Object.entries(template.findResources('AWS::S3::Bucket')).filter(([id]) => id.startsWith('AttachmentsBucket'));
  expect(found).toHaveLength(1);
  [bucketId, bucket] = found[0]! as [string, CfnResource];
});

const policies = () => Object.values(template.findResources('AWS::IAM::Policy')) as CfnResource[];
const statements = () => policies().flatMap((p) => p.Properties.PolicyDocument.Statement as { Action: string | string[]; Resource: unknown; Effect: string }[]);

describe('the attachments bucket (report evidence)', () => {
  it('is private, encrypted, versioned, logged and kept when the stack is deleted', () => {
    expect(bucket.Properties.PublicAccessBlockConfiguration).toEqual({ BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true });
    expect(bucket.Properties.BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault.SSEAlgorithm).toBe('AES256');
    expect(bucket.Properties.VersioningConfiguration).toEqual({ Status: 'Enabled' });
    expect(bucket.Properties.LoggingConfiguration.LogFilePrefix).toBe('s3-attachments/');
    expect(bucket.DeletionPolicy).toBe('Retain');
  });

  it('refuses any request without TLS', () => {
    const policy = Object.values(template.findResources('AWS::S3::BucketPolicy')).find((p) => JSON.stringify(p.Properties.Bucket).includes(bucketId))!;
    expect(policy.Properties.PolicyDocument.Statement).toContainEqual(
      expect.objectContaining({ Effect: 'Deny', Action: 's3:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
    );
  });

  it('aborts stale uploads, expires replaced versions after 90 days, archives after a year', () => {
    const rules = bucket.Properties.LifecycleConfiguration.Rules as Record<string, unknown>[];
    expect(rules).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ Id: 'abort-incomplete-uploads', AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 }, Status: 'Enabled' }),
        expect.objectContaining({ Id: 'expire-replaced-versions', NoncurrentVersionExpiration: { NoncurrentDays: 90 }, Status: 'Enabled' }),
        expect.objectContaining({ Id: 'archive-after-a-year', Transitions: [{ StorageClass: 'GLACIER_IR', TransitionInDays: 365 }], Status: 'Enabled' }),
      ]),
    );
  });

  it('removes uploads never confirmed (and anything sent later to an old upload URL) after a day, every version of them', () => {
    const rules = bucket.Properties.LifecycleConfiguration.Rules as Record<string, unknown>[];
    const pending = rules.filter((r) => r.Prefix === PENDING_PREFIX);
    expect(pending).toEqual([
      expect.objectContaining({ Id: 'expire-unconfirmed-uploads', Status: 'Enabled', ExpirationInDays: 1, NoncurrentVersionExpiration: { NoncurrentDays: 1 } }),
    ]);
    // Only pending uploads expire: no rule without a prefix (or with another) removes confirmed evidence.
    expect(rules.filter((r) => r.ExpirationInDays !== undefined)).toEqual(pending);
  });

  it('lets browsers PUT and GET only from the portal’s own origin (presigned URLs)', () => {
    const [rule, ...others] = bucket.Properties.CorsConfiguration.CorsRules;
    expect(others).toEqual([]);
    expect(rule.AllowedMethods.sort()).toEqual(['GET', 'PUT']);
    expect(rule.AllowedOrigins).toHaveLength(1);
    expect(JSON.stringify(rule.AllowedOrigins[0])).toMatch(/^\{"Fn::Join":\["",\["https:\/\/",\{"Fn::GetAtt":\["WebDistribution/);
  });

  it('the API may put, get and delete objects under attachments/ only, and no one else may touch the bucket', () => {
    const onBucket = statements().filter((s) => JSON.stringify(s.Resource).includes(bucketId));
    expect(onBucket).toHaveLength(1);
    expect(onBucket[0]!.Action).toEqual(['s3:DeleteObject', 's3:GetObject', 's3:PutObject']);
    expect(onBucket[0]!.Resource).toEqual({ 'Fn::Join': ['', [{ 'Fn::GetAtt': [bucketId, 'Arn'] }, '/attachments/*']] });
    const api = Object.entries(template.findResources('AWS::Lambda::Function')).find(([, f]) => f.Properties.Environment?.Variables?.FILE_STORE === 's3');
    expect(api![1].Properties.Environment.Variables.ATTACHMENTS_BUCKET).toEqual({ Ref: bucketId });
  });
});
