import { Validations, type CfnElement } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import type { PortalStack } from './portal-stack';

export interface NagAcknowledgement {
  path: string;
  id: string;
  reason: string;
}

/**
 * The cdk-nag findings this stack accepts, each on the narrowest construct and
 * with its reason. Every other finding is fixed in the constructs, and any
 * new one fails `cdk synth` and the infra tests.
 */
export function acknowledgeNagFindings(stack: PortalStack): NagAcknowledgement[] {
  const made: NagAcknowledgement[] = [];
  const acknowledge = (scope: IConstruct, id: string, reason: string) => {
    Validations.of(scope).acknowledge({ id, reason });
    made.push({ path: scope.node.path, id, reason });
  };
  // cdk-nag names a resource in a finding by its logical ID: `<LogicalId.Arn>`.
  const arnOf = (construct: IConstruct) => `<${stack.getLogicalId(construct.node.defaultChild as CfnElement)}.Arn>`;

  // --- The functions' roles (the API, user administration and the daily reminder job) ---
  for (const [fn, name] of [[stack.api.handler, 'API'], [stack.api.usersHandler, 'user-administration'], [stack.reminders.handler, 'reminder job']] as const) {
    const policy = fn.role!.node.findChild('DefaultPolicy');
    acknowledge(
      policy,
      `AwsSolutions-IAM5[Resource::${arnOf(stack.data.table)}/index/*]`,
      `Table.grantReadWriteData gives the ${name} function the portal table’s own global secondary indexes (gsi1, gsi2) with <table ARN>/index/*; the wildcard cannot reach any other table.`,
    );
    acknowledge(
      policy,
      'AwsSolutions-IAM5[Resource::*]',
      `X-Ray active tracing of the ${name} function: xray:PutTraceSegments and xray:PutTelemetryRecords do not support resource-level permissions, so AWS requires Resource "*" for them.`,
    );
  }
  acknowledge(
    stack.api.handler.role!.node.findChild('DefaultPolicy'),
    `AwsSolutions-IAM5[Resource::${arnOf(stack.attachments.bucket)}/attachments/*]`,
    'The API signs presigned uploads and downloads of report evidence, whose object keys are generated per report and file (attachments/<prefecture>/<project>/<period>/<municipality>/<uuid>); the grant is three object actions (put, get, delete) under that prefix of the attachments bucket only.',
  );
  acknowledge(
    stack.api.cursorSecret.node.defaultChild as IConstruct,
    'AwsSolutions-SMG4',
    'The pagination-cursor key reaches the API as a CloudFormation dynamic reference, resolved at deploy time: CloudFormation resolves it only when the function’s configuration is next deployed, so a scheduled rotation would never reach the running function. It guards only short-lived list cursors, not credentials or data; to replace it, put a new value and deploy a change to the function (outstanding cursors then answer 400 and lists restart from their first page).',
  );
  acknowledge(
    stack.api.httpApi,
    'AwsSolutions-APIG4',
    'Authorization is enforced in the application on every route: it verifies Cognito ID tokens with aws-jwt-verify and checks the role and organisation per route. /api/health, /api/openapi.json and (later) open data must stay public, so a gateway authorizer on the $default route cannot be used. The /api/users routes go to the same app (the user-administration function), which applies the same checks plus its own per-route rules; a gateway authorizer there would verify the same token twice without the revocation check the app makes against the user record.',
  );

  // --- CloudFront ---
  const distribution = stack.web.distribution;
  if (!stack.web.hasCustomCertificate) {
    acknowledge(
      distribution,
      'AwsSolutions-CFR4',
      'Without a custom domain the distribution uses the default *.cloudfront.net certificate, whose security policy CloudFront fixes (it cannot be set). With -c domainName/-c certificateArn the stack sets TLSv1.2_2021 and this acknowledgement is not made.',
    );
  }
  acknowledge(
    distribution,
    'AwsSolutions-CFR1',
    'No geo restriction: prefecture and municipal staff work while travelling abroad, and the published open data is meant to be readable from anywhere. Non-public data is protected by Cognito sign-in, not by location.',
  );
  acknowledge(
    distribution,
    'AwsSolutions-CFR2',
    'A WAF web ACL for CloudFront must be created in us-east-1, while this stack is region-agnostic and deploys to the home region; the API is meanwhile rate-limited by the HTTP API stage throttling (50 rps, burst 100). A us-east-1 WAF stack is the follow-up before public launch.',
  );

  // --- aws-cdk-lib's BucketDeployment custom resource: a singleton Lambda that copies web/dist into the site bucket at deploy time ---
  const deployment = stack.node.children.find((c) => c.node.id.startsWith('Custom::CDKBucketDeployment'));
  if (deployment) {
    const why = 'aws-cdk-lib’s BucketDeployment custom resource (copies the built web app from the CDK asset bucket to the site bucket during deploys; its role and function are generated by the library)';
    const role = deployment.node.findChild('ServiceRole');
    const policy = role.node.findChild('DefaultPolicy');
    acknowledge(
      role,
      'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      `${why}: the managed policy only lets the function write its own CloudWatch logs.`,
    );
    const s3Actions: [string, string][] = [
      ['Action::s3:GetBucket*', 'read the asset zip and the site bucket’s location/versioning'],
      ['Action::s3:GetObject*', 'read the asset zip and compare existing site objects'],
      ['Action::s3:List*', 'list the site bucket to sync it'],
      ['Action::s3:Abort*', 'abort its own multipart uploads of large files'],
      ['Action::s3:DeleteObject*', 'replace site objects (pruning is off, but the grant is fixed in the library)'],
    ];
    for (const [finding, use] of s3Actions) {
      acknowledge(policy, `AwsSolutions-IAM5[${finding}]`, `${why}: the library’s bucket grants use this action group to ${use}; scoped to the asset and site buckets only.`);
    }
    acknowledge(
      policy,
      'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-<AWS::Region>/*]',
      `${why}: read-only on objects of this account’s CDK bootstrap asset bucket, where the web/dist zip is staged.`,
    );
    acknowledge(
      policy,
      `AwsSolutions-IAM5[Resource::${arnOf(stack.web.bucket)}/*]`,
      `${why}: it writes web/dist’s files at any key of the site bucket, which holds nothing else.`,
    );
    acknowledge(
      deployment,
      'AwsSolutions-L1',
      `${why}: aws-cdk-lib pins the function’s Python runtime and upgrades it with the library; it runs only during deployments and serves no traffic.`,
    );
  }
  return made;
}
