import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  Function as CloudFrontFunction,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  PriceClass,
  ResponseHeadersPolicy,
  SecurityPolicyProtocol,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, CacheControl, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import type { WebConfig } from '../../shared/auth/web-config';

/** A production host name with its ACM certificate (which CloudFront requires in us-east-1). */
export interface PortalDomain {
  domainNames: string[];
  certificateArn: string;
}

export interface PortalWebProps {
  /** Host name of the HTTP API, served under /api/*. */
  apiDomainName: string;
  /** Built web app; defaults to web/dist. */
  webDist?: string;
  /** Custom domain; without one the distribution answers on its *.cloudfront.net name. */
  domain?: PortalDomain;
  /** The managed login pages' origin, whose token endpoint the web app calls (connect-src). */
  signInOrigin: string;
}

/** Where the web app reads its sign-in settings (shared/auth/web-config.ts), beside index.html. */
export const WEB_CONFIG_KEY = 'config.json';

export const WEB_DIST_MISSING =
  'web/dist がありません。先に `npm run build:web` を実行してください / web/dist is missing: run `npm run build:web` first';

/**
 * CloudFront Function (viewer request, default behaviour only) for the
 * single-page app: a path without a file extension is one of the app's own
 * routes, so it gets index.html. Distribution error responses would do the
 * same to the API's 404s and 403s, hence a function.
 */
export const SPA_REWRITE_CODE = `function handler(event) {
  var request = event.request;
  if (!/\\.[A-Za-z0-9]+$/.test(request.uri)) {
    request.uri = '/index.html';
  }
  return request;
}`;

/**
 * The web front: a private S3 bucket read by CloudFront through origin access
 * control, the API under /api/* on the same origin (no CORS, same-site
 * cookies if ever needed), security headers on every response, and access
 * logs of both the bucket and the distribution in a logs bucket.
 */
export class PortalWeb extends Construct {
  readonly distribution: Distribution;
  readonly bucket: Bucket;
  readonly logsBucket: Bucket;
  /** True with a custom domain: then the distribution enforces TLSv1.2_2021 (cdk-nag CFR4). */
  readonly hasCustomCertificate: boolean;
  /** The host names the portal answers on: the distribution's own, then the custom domain's. */
  readonly hosts: string[];
  private readonly webDist: string;

  constructor(scope: Construct, id: string, props: PortalWebProps) {
    super(scope, id);
    const webDist = props.webDist ?? join(import.meta.dirname, '..', '..', 'web', 'dist');
    if (!existsSync(join(webDist, 'index.html'))) throw new Error(WEB_DIST_MISSING);
    this.webDist = webDist;

    this.logsBucket = new Bucket(this, 'AccessLogs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      // CloudFront standard logging writes with ACLs, which need object-writer ownership.
      objectOwnership: ObjectOwnership.OBJECT_WRITER,
      // A little over a year: covers a fiscal year's audit questions.
      lifecycleRules: [{ expiration: Duration.days(400) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.bucket = new Bucket(this, 'Site', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      // Versions make a bad deploy recoverable; old ones are noise after a while.
      versioned: true,
      lifecycleRules: [{ noncurrentVersionExpiration: Duration.days(90) }],
      serverAccessLogsBucket: this.logsBucket,
      serverAccessLogsPrefix: 's3/',
      removalPolicy: RemovalPolicy.RETAIN,
    });

    const headers = new ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: 'かながわDX連携ポータル: security headers',
      securityHeadersBehavior: {
        strictTransportSecurity: { accessControlMaxAge: Duration.days(730), includeSubdomains: true, preload: true, override: true },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN, override: true },
        xssProtection: { protection: true, modeBlock: true, override: true },
        contentSecurityPolicy: { contentSecurityPolicy: contentSecurityPolicy(Stack.of(this).region, props.signInOrigin), override: true },
      },
    });

    const spaRewrite = new CloudFrontFunction(this, 'SpaRewrite', {
      comment: 'SPA routes (paths without an extension) -> /index.html',
      runtime: FunctionRuntime.JS_2_0,
      code: FunctionCode.fromInline(SPA_REWRITE_CODE),
    });

    const certificate = props.domain && Certificate.fromCertificateArn(this, 'Certificate', props.domain.certificateArn);
    this.hasCustomCertificate = Boolean(certificate);
    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'かながわDX連携ポータル',
      defaultRootObject: 'index.html',
      httpVersion: HttpVersion.HTTP2_AND_3,
      // Users are in Japan; PRICE_CLASS_200 includes Japan's edge locations without paying for South America.
      priceClass: PriceClass.PRICE_CLASS_200,
      domainNames: props.domain?.domainNames,
      certificate,
      // Only settable with a custom certificate; the default *.cloudfront.net certificate has AWS's fixed policy.
      minimumProtocolVersion: certificate ? SecurityPolicyProtocol.TLS_V1_2_2021 : undefined,
      enableLogging: true,
      logBucket: this.logsBucket,
      logFilePrefix: 'cloudfront/',
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        responseHeadersPolicy: headers,
        functionAssociations: [{ function: spaRewrite, eventType: FunctionEventType.VIEWER_REQUEST }],
      },
      additionalBehaviors: {
        '/api/*': {
          origin: new HttpOrigin(props.apiDomainName, { protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY }),
          // No redirect: a redirected POST would lose its body.
          viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: AllowedMethods.ALLOW_ALL,
          // Per-user answers: never cached at the edge.
          cachePolicy: CachePolicy.CACHING_DISABLED,
          // Forward Authorization, query strings and cookies, but not Host: API Gateway routes on its own host name.
          originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
          responseHeadersPolicy: headers,
        },
      },
    });

    this.hosts = [this.distribution.distributionDomainName, ...(props.domain?.domainNames ?? [])];
  }

  /**
   * Publishes web/dist and the sign-in settings. A step of its own: /config.json names the user pool's app
   * client, whose redirect URLs name this distribution, so it can only come after both.
   */
  publish(config: WebConfig): void {
    // Vite's hashed files under assets/ never change: cache them for a year. Old ones are kept (no prune)
    // so a browser still running the previous index.html can load its lazy chunks after a deploy.
    const source = Source.asset(this.webDist);
    const assets = new BucketDeployment(this, 'DeployAssets', {
      sources: [source],
      destinationBucket: this.bucket,
      exclude: ['*'],
      include: ['assets/*'],
      prune: false,
      cacheControl: [CacheControl.setPublic(), CacheControl.maxAge(Duration.days(365)), CacheControl.immutable()],
      memoryLimit: 256,
    });
    // Everything else (index.html above all, and /config.json, written from the stack's values at deploy time)
    // is revalidated on every load, and published after the assets. No invalidation needed: with `no-cache`
    // CloudFront keeps it for the cache policy's minimum TTL (1 s) only, and the deployment role needs no
    // cloudfront:CreateInvalidation on "*". Neither deployment prunes, so neither removes the other's files.
    const pages = new BucketDeployment(this, 'DeployPages', {
      sources: [source, Source.jsonData(WEB_CONFIG_KEY, config)],
      destinationBucket: this.bucket,
      exclude: ['assets/*'],
      prune: false,
      cacheControl: [CacheControl.noCache()],
      memoryLimit: 256,
    });
    pages.node.addDependency(assets);
  }
}

/**
 * No inline scripts; inline styles are allowed because Solid's compiled
 * templates carry style attributes. For sign-in the browser reads Cognito's
 * discovery document (cognito-idp) and exchanges the code at the managed
 * login domain's token endpoint, hence both in connect-src; the sign-in pages
 * themselves are navigations, which connect-src does not govern.
 */
function contentSecurityPolicy(region: string, signInOrigin: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    // Evidence files go straight to S3 through presigned URLs. The bucket's own name cannot be written here (the bucket's CORS names
    // this distribution, which would make a cycle), so any bucket endpoint of the region; the signature still decides what is allowed.
    `connect-src 'self' https://cognito-idp.${region}.amazonaws.com ${signInOrigin} https://*.s3.${region}.amazonaws.com`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ');
}
