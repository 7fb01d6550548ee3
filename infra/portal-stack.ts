import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { App, CfnOutput, Stack, Validations, type StackProps } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { Construct } from 'constructs';
import { PortalApi } from './constructs/api';
import { PortalAttachments } from './constructs/attachments';
import { authDomainPrefix, managedLoginOrigin, PortalAuth } from './constructs/auth';
import { PortalData } from './constructs/data';
import { PortalMonitoring } from './constructs/monitoring';
import { PortalReminders } from './constructs/reminders';
import { PortalWeb, type PortalDomain } from './constructs/web';
import { acknowledgeNagFindings, type NagAcknowledgement } from './nag-acknowledgements';

export const STACK_NAME = 'KanagawaDxPortal';
/** Reminder emails' sender unless `-c mailFrom=…` (cdk.json) says otherwise. */
export const DEFAULT_MAIL_FROM = 'dx-portal@pref.kanagawa.lg.jp';

export interface PortalStackProps extends StackProps {
  /** Built web app; defaults to web/dist. */
  webDist?: string;
  /** Custom domain and its us-east-1 ACM certificate; without it, the *.cloudfront.net name. */
  domain?: PortalDomain;
  /** The address reminder and Cognito e-mails come from (context `mailFrom`); its SES identity is verified by the operator. */
  mailFrom?: string;
  /** The managed login domain's prefix (context `authDomainPrefix`); without it, one derived from the stack's id. */
  authDomainPrefix?: string;
  /** SNS topic for the alarms (context `alarmTopicArn`); without it the stack creates one (see infra/constructs/monitoring.ts). */
  alarmTopicArn?: string;
  /** Subscribes an address to the stack's own alarm topic (context `alarmEmail`). */
  alarmEmail?: string;
  /** Make the cdk-nag acknowledgements (default). Tests turn this off to check that each one is still needed. */
  acknowledgeNagFindings?: boolean;
}

/**
 * The whole portal in one stack: data, sign-in, API and web front. It has no
 * `env`, so it synthesizes offline without credentials; the account and
 * region come from the deploying profile.
 */
export class PortalStack extends Stack {
  readonly data: PortalData;
  readonly auth: PortalAuth;
  readonly api: PortalApi;
  readonly web: PortalWeb;
  readonly attachments: PortalAttachments;
  readonly reminders: PortalReminders;
  readonly monitoring: PortalMonitoring;
  /** The cdk-nag findings accepted, with their reasons (read by the infra tests). */
  readonly nagAcknowledgements: NagAcknowledgement[];

  constructor(scope: Construct, id: string, props: PortalStackProps = {}) {
    super(scope, id, { description: 'かながわDX連携ポータル / Kanagawa DX Collaboration Portal', ...props });
    const mailFrom = props.mailFrom ?? DEFAULT_MAIL_FROM;
    this.data = new PortalData(this, 'Data');
    this.api = new PortalApi(this, 'Api');
    this.data.bindTo(this.api.handler);
    this.data.bindTo(this.api.usersHandler);
    // Construction order breaks what would be a cycle: the app client's redirect URLs name the distribution, and
    // /config.json in the site bucket names the client. So the distribution first (its CSP needs only the sign-in
    // domain's name, known from the prefix), then the user pool and client, then the site's files.
    const domainPrefix = authDomainPrefix(this, props.authDomainPrefix);
    this.web = new PortalWeb(this, 'Web', {
      apiDomainName: this.api.domainName,
      webDist: props.webDist,
      domain: props.domain,
      signInOrigin: managedLoginOrigin(this, domainPrefix),
    });
    this.auth = new PortalAuth(this, 'Auth', { webHosts: this.web.hosts, domainPrefix, mailFrom });
    this.auth.bindTo(this.api.handler);
    this.auth.bindTo(this.api.usersHandler);
    this.auth.grantUserAdministration(this.api.usersHandler);
    this.web.publish(this.auth.webConfig());
    const portalUrl = `https://${props.domain?.domainNames[0] ?? this.web.distribution.distributionDomainName}`;
    this.attachments = new PortalAttachments(this, 'Attachments', { logsBucket: this.web.logsBucket, allowedOrigins: [portalUrl] });
    this.attachments.bindTo(this.api.handler);
    this.reminders = new PortalReminders(this, 'Reminders', { mailFrom, portalUrl });
    this.data.bindTo(this.reminders.handler);
    this.monitoring = new PortalMonitoring(this, 'Monitoring', {
      api: this.api,
      reminders: this.reminders,
      data: this.data,
      alarmTopicArn: props.alarmTopicArn,
      alarmEmail: props.alarmEmail,
    });
    this.nagAcknowledgements = props.acknowledgeNagFindings === false ? [] : acknowledgeNagFindings(this);

    new CfnOutput(this, 'WebUrl', { description: 'The portal (web app and /api/*)', value: portalUrl });
    new CfnOutput(this, 'ApiEndpoint', { description: 'The HTTP API, direct (CloudFront serves it under /api/*)', value: this.api.httpApi.apiEndpoint });
    new CfnOutput(this, 'UserPoolId', { value: this.auth.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: this.auth.client.userPoolClientId });
    new CfnOutput(this, 'UserPoolDomain', { description: 'Cognito managed login (the sign-in pages)', value: this.auth.managedLoginUrl });
    new CfnOutput(this, 'TableName', { value: this.data.table.tableName });
    new CfnOutput(this, 'AttachmentsBucket', { description: 'Evidence files of progress reports', value: this.attachments.bucket.bucketName });
    new CfnOutput(this, 'AlarmTopicArn', { description: 'The SNS topic every alarm notifies (docs/runbook.md)', value: this.monitoring.topic.topicArn });
    new CfnOutput(this, 'UsersFunctionName', { description: 'The user-administration function (/api/users/*), the only one with Cognito admin rights', value: this.api.usersHandler.functionName });
    new CfnOutput(this, 'ApiLogGroup', { description: 'The API’s structured logs (docs/runbook.md)', value: this.api.handler.logGroup.logGroupName });
    new CfnOutput(this, 'ReminderLogGroup', { description: 'The reminder job’s logs (docs/runbook.md)', value: this.reminders.handler.logGroup.logGroupName });
  }
}

export interface BuildPortalAppOptions {
  /** Extra CDK context, e.g. `{ 'aws:cdk:bundling-stacks': [] }` to skip bundling in template-only tests. */
  context?: Record<string, unknown>;
  /** Cloud assembly directory (tests use a temporary one). */
  outdir?: string;
  webDist?: string;
  /** See {@link PortalStackProps.acknowledgeNagFindings}. */
  acknowledgeNagFindings?: boolean;
}

/** cdk.json's context (feature flags): the CLI passes it to `cdk synth`, and tests must see the same. */
function cdkJsonContext(): Record<string, unknown> {
  const cdkJson = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'cdk.json'), 'utf8')) as { context?: Record<string, unknown> };
  return cdkJson.context ?? {};
}

/**
 * The CDK app exactly as `cdk synth` builds it: the stack with cdk-nag's
 * AwsSolutions checks attached. A custom domain comes from context:
 * `-c domainName=portal.example.jp -c certificateArn=arn:aws:acm:us-east-1:…`.
 */
export function buildPortalApp(options: BuildPortalAppOptions = {}) {
  // Defaults only: the CLI's own context (cdk.json, -c) overrides them when it runs the app.
  const app = new App({ context: { ...cdkJsonContext(), ...options.context }, outdir: options.outdir });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  const domainName = app.node.tryGetContext('domainName') as string | undefined;
  const certificateArn = app.node.tryGetContext('certificateArn') as string | undefined;
  if (Boolean(domainName) !== Boolean(certificateArn)) throw new Error('domainName and certificateArn go together: set both or neither');
  const stack = new PortalStack(app, STACK_NAME, {
    webDist: options.webDist,
    acknowledgeNagFindings: options.acknowledgeNagFindings,
    mailFrom: app.node.tryGetContext('mailFrom') as string | undefined,
    authDomainPrefix: app.node.tryGetContext('authDomainPrefix') as string | undefined,
    alarmTopicArn: app.node.tryGetContext('alarmTopicArn') as string | undefined,
    alarmEmail: app.node.tryGetContext('alarmEmail') as string | undefined,
    domain: domainName && certificateArn ? { domainNames: [domainName], certificateArn } : undefined,
  });
  return { app, stack };
}
