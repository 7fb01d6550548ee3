import { Duration, Fn } from 'aws-cdk-lib';
import { CfnStage, HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import type { PortalAuth } from './auth';
import { FUNCTION_RUNTIME, portalFunction } from './node-function';

export interface PortalApiProps {
  /** The user pool whose ID tokens the app verifies itself (aws-jwt-verify). */
  auth: PortalAuth;
}

/** Throttling of the $default stage: a portal for a few thousand staff, not a public traffic sink. */
export const API_THROTTLE = { rateLimit: 50, burstLimit: 100 } as const;

/** The API's runtime (the same for every function of the portal). */
export const API_RUNTIME = FUNCTION_RUNTIME;

/**
 * The Hono app (functions/lambda.ts) as one Lambda function behind an HTTP
 * API on the `$default` stage. There is no API Gateway authorizer: the app
 * verifies Cognito ID tokens itself, because some routes are public.
 *
 * The function is not given the table here: {@link PortalData.bindTo} does it.
 */
export class PortalApi extends Construct {
  readonly handler: LambdaFunction;
  readonly httpApi: HttpApi;
  /** The API's host name (`<apiId>.execute-api.<region>.amazonaws.com`), for CloudFront's /api/* origin. */
  readonly domainName: string;

  constructor(scope: Construct, id: string, props: PortalApiProps) {
    super(scope, id);
    this.handler = portalFunction(this, 'Handler', {
      entry: 'lambda.ts',
      // API Gateway gives up after 30 s; every route is a handful of DynamoDB calls, so 10 s means something is wrong.
      timeout: Duration.seconds(10),
      environment: {
        AUTH_MODE: 'cognito',
        COGNITO_USER_POOL_ID: props.auth.userPool.userPoolId,
        COGNITO_CLIENT_ID: props.auth.client.userPoolClientId,
      },
    });

    this.httpApi = new HttpApi(this, 'HttpApi', {
      description: 'かながわDX連携ポータル API',
      // $default stage: a named stage would prefix every path and the app's routes would stop matching.
      createDefaultStage: true,
      // Every path and method goes to the app (the `$default` route); Hono does the routing.
      defaultIntegration: new HttpLambdaIntegration('App', this.handler),
    });
    const accessLogs = new LogGroup(this, 'AccessLogs', { retention: RetentionDays.ONE_YEAR });
    // The L2 default stage takes no throttle or access-log options, so set them on its CloudFormation resource.
    const stage = this.httpApi.defaultStage!.node.defaultChild as CfnStage;
    stage.defaultRouteSettings = { throttlingRateLimit: API_THROTTLE.rateLimit, throttlingBurstLimit: API_THROTTLE.burstLimit };
    stage.accessLogSettings = {
      destinationArn: accessLogs.logGroupArn,
      // No Authorization header and no query string: tokens and search terms stay out of the logs.
      format: JSON.stringify({
        requestId: '$context.requestId',
        ip: '$context.identity.sourceIp',
        time: '$context.requestTime',
        method: '$context.httpMethod',
        path: '$context.path',
        status: '$context.status',
        latencyMs: '$context.responseLatency',
        integrationError: '$context.integrationErrorMessage',
      }),
    };
    // apiEndpoint is `https://<host>`: the host is the third '/'-separated part (a token until deploy time).
    this.domainName = Fn.select(2, Fn.split('/', this.httpApi.apiEndpoint));
  }
}
