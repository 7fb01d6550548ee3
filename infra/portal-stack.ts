import { App, CfnOutput, Stack, Validations, type StackProps } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { Construct } from 'constructs';
import { PortalApi } from './constructs/api';
import { PortalAuth } from './constructs/auth';
import { PortalData } from './constructs/data';
import { PortalWeb } from './constructs/web';
import { acknowledgeNagFindings, type NagAcknowledgement } from './nag-acknowledgements';

/** The whole portal in one stack: data, sign-in, API and web front. */
export class PortalStack extends Stack {
  readonly data: PortalData;
  readonly auth: PortalAuth;
  readonly api: PortalApi;
  readonly web: PortalWeb;
  /** The cdk-nag findings accepted, with their reasons (read by the infra tests). */
  readonly nagAcknowledgements: NagAcknowledgement[];

  constructor(scope: Construct, id: string, props?: StackProps & { webDist?: string }) {
    super(scope, id, { description: 'かながわDX連携ポータル / Kanagawa DX Collaboration Portal', ...props });
    this.data = new PortalData(this, 'Data');
    this.auth = new PortalAuth(this, 'Auth');
    this.api = new PortalApi(this, 'Api', { table: this.data.table, auth: this.auth });
    this.web = new PortalWeb(this, 'Web', { apiDomainName: this.api.domainName, webDist: props?.webDist });
    this.nagAcknowledgements = acknowledgeNagFindings(this);

    new CfnOutput(this, 'WebUrl', { value: `https://${this.web.distribution.distributionDomainName}` });
    new CfnOutput(this, 'ApiEndpoint', { value: this.api.httpApi.apiEndpoint });
    new CfnOutput(this, 'UserPoolId', { value: this.auth.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: this.auth.client.userPoolClientId });
    new CfnOutput(this, 'TableName', { value: this.data.table.tableName });
  }
}

/**
 * The CDK app with cdk-nag's AwsSolutions checks attached (as `cdk synth`
 * builds it). Tests pass `context` to skip bundling where they only read the template.
 */
export function buildPortalApp(options: { context?: Record<string, unknown>; outdir?: string; webDist?: string } = {}) {
  const app = new App({ context: options.context, outdir: options.outdir });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  const stack = new PortalStack(app, 'KanagawaDxPortal', { webDist: options.webDist });
  return { app, stack };
}
