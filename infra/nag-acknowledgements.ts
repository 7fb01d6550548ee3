import { Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import type { PortalStack } from './portal-stack';

export interface NagAcknowledgement {
  path: string;
  id: string;
  reason: string;
}

/**
 * The cdk-nag findings this stack accepts, each with its reason. Every other
 * finding is fixed in the constructs, and a new one fails the infra tests.
 */
export function acknowledgeNagFindings(stack: PortalStack): NagAcknowledgement[] {
  const made: NagAcknowledgement[] = [];
  const acknowledge = (scope: IConstruct, id: string, reason: string) => {
    Validations.of(scope).acknowledge({ id, reason });
    made.push({ path: scope.node.path, id, reason });
  };
  const handlerPolicy = stack.api.handler.role!.node.tryFindChild('DefaultPolicy') ?? stack.api.handler;
  acknowledge(
    handlerPolicy,
    'AwsSolutions-IAM5[Resource::<DataTableFDBAD0F2.Arn>/index/*]',
    'The API queries the portal table’s own GSIs (gsi1, gsi2); the wildcard covers only that table’s indexes.',
  );
  acknowledge(
    handlerPolicy,
    'AwsSolutions-IAM5[Resource::*]',
    'X-Ray tracing: xray:PutTraceSegments and xray:PutTelemetryRecords do not support resource-level permissions.',
  );
  acknowledge(
    stack.api.httpApi,
    'AwsSolutions-APIG4',
    'Authorization is enforced in the application on every route: it verifies Cognito ID tokens with aws-jwt-verify and checks roles and the organisation per route. Health, the OpenAPI document and (later) open data must stay public, so a gateway authorizer cannot cover all routes.',
  );

  const distribution = stack.web.distribution;
  acknowledge(
    distribution,
    'AwsSolutions-CFR4',
    'No custom domain yet, so the distribution uses the CloudFront default certificate, whose TLS policy cannot be changed. The custom domain with an ACM certificate and TLSv1.2_2021 comes with the production domain name.',
  );
  acknowledge(
    distribution,
    'AwsSolutions-CFR1',
    'No geo restriction: prefecture and municipal staff travel, and the published open data is meant to be read from anywhere. Access to non-public data is controlled by authentication.',
  );
  acknowledge(
    distribution,
    'AwsSolutions-CFR2',
    'Rate limiting is applied by the HTTP API stage throttling for now. A WAF web ACL for CloudFront must live in us-east-1 and is planned with the security hardening work (issue 6).',
  );

  // CDK's own BucketDeployment custom resource (a singleton Lambda that copies web/dist into the bucket).
  const deployment = stack.node.children.find((c) => c.node.id.startsWith('Custom::CDKBucketDeployment'));
  if (deployment) {
    const why = 'CDK’s BucketDeployment custom resource, which copies the built web app from the CDK asset bucket to the site bucket at deploy time; its role and runtime are managed by aws-cdk-lib.';
    acknowledge(deployment, 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]', `${why} It only writes its own logs.`);
    for (const finding of [
      'Action::s3:GetBucket*',
      'Action::s3:GetObject*',
      'Action::s3:List*',
      'Action::s3:Abort*',
      'Action::s3:DeleteObject*',
      'Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-<AWS::Region>/*',
      'Resource::<WebSiteD504717C.Arn>/*',
      'Resource::*',
    ]) {
      acknowledge(deployment, `AwsSolutions-IAM5[${finding}]`, `${why} It needs object-level access to the asset and site buckets only.`);
    }
    acknowledge(deployment, 'AwsSolutions-L1', `${why} aws-cdk-lib pins its runtime; it runs only during deployments.`);
  }
  return made;
}
