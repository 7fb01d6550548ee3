import { Duration, Stack } from 'aws-cdk-lib';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction as LambdaTarget } from 'aws-cdk-lib/aws-events-targets';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { portalFunction } from './node-function';

export interface PortalRemindersProps {
  /** The address reminders are sent from (an SES identity verified by the operator before the first run). */
  mailFrom: string;
  /** The portal's https URL, for links in the emails. */
  portalUrl: string;
}

/** Every day at 09:00 in Japan (00:00 UTC): reminders arrive at the start of the working day. */
export const REMINDER_SCHEDULE = Schedule.cron({ minute: '0', hour: '0' });

/**
 * The daily reminder job (functions/reminders-lambda.ts): in-app notices and
 * emails for every deadline due within a week or overdue: joint-project reports
 * and the shared measures' reporting calendars (functions/reminder-job.ts). It may send
 * email only from the portal's own SES identity. The identity itself is not
 * created here: verifying a domain or address is an operator step (DNS records).
 */
export class PortalReminders extends Construct {
  readonly handler: LambdaFunction;
  readonly rule: Rule;

  constructor(scope: Construct, id: string, props: PortalRemindersProps) {
    super(scope, id);
    this.handler = portalFunction(this, 'Handler', {
      entry: 'reminders-lambda.ts',
      // One pass over every project's participants; minutes would mean SES is throttling.
      timeout: Duration.minutes(5),
      memorySize: 256,
      environment: { AUTH_MODE: 'cognito', MAIL_MODE: 'ses', MAIL_FROM: props.mailFrom, PORTAL_URL: props.portalUrl },
    });
    const stack = Stack.of(this);
    const domain = props.mailFrom.split('@')[1]!;
    // SES checks the sending identity: the domain's identity covers its addresses; the condition pins the From address.
    this.handler.addToRolePolicy(
      new PolicyStatement({
        actions: ['ses:SendEmail'],
        resources: [stack.formatArn({ service: 'ses', resource: 'identity', resourceName: domain })],
        conditions: { StringEquals: { 'ses:FromAddress': props.mailFrom } },
      }),
    );
    this.rule = new Rule(this, 'Daily', {
      description: '報告期限のリマインド：協働事業の進捗報告と共通指標の報告（毎日 9:00 JST）',
      schedule: REMINDER_SCHEDULE,
      targets: [new LambdaTarget(this.handler, { retryAttempts: 2 })],
    });
  }
}
