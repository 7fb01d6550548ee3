import { join } from 'node:path';
import { Duration, Fn } from 'aws-cdk-lib';
import { CfnStage, HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, LoggingFormat, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { PortalAuth } from './auth';

export interface PortalApiProps {
  table: ITableV2;
  auth: PortalAuth;
}

/** Throttling of the $default stage: a portal for a few thousand staff, not a public traffic sink. */
export const API_THROTTLE = { rateLimit: 50, burstLimit: 100 } as const;

/**
 * The Hono app (functions/lambda.ts) as one Lambda function behind an HTTP
 * API. The function gets the table's name and data permissions only.
 */
export class PortalApi extends Construct {
  readonly handler: NodejsFunction;
  readonly httpApi: HttpApi;
  /** The API's host name, for CloudFront's /api/* origin. */
  readonly domainName: string;

  constructor(scope: Construct, id: string, props: PortalApiProps) {
    super(scope, id);
    const logGroup = new LogGroup(this, 'HandlerLogs', { retention: RetentionDays.ONE_YEAR });
    // An explicit role: write to its own log group only, instead of AWS's managed AWSLambdaBasicExecutionRole.
    const role = new Role(this, 'HandlerRole', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    logGroup.grantWrite(role);
    this.handler = new NodejsFunction(this, 'Handler', {
      role,
      entry: join(import.meta.dirname, '..', '..', 'functions', 'lambda.ts'),
      handler: 'handler',
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: 512,
      timeout: Duration.seconds(10),
      tracing: Tracing.ACTIVE,
      loggingFormat: LoggingFormat.JSON,
      logGroup,
      environment: {
        TABLE_NAME: props.table.tableName,
        AUTH_MODE: 'cognito',
        COGNITO_USER_POOL_ID: props.auth.userPool.userPoolId,
        COGNITO_CLIENT_ID: props.auth.client.userPoolClientId,
        NODE_OPTIONS: '--enable-source-maps',
      },
      bundling: {
        forceDockerBundling: false,
        format: OutputFormat.ESM,
        target: 'node24',
        minify: true,
        sourceMap: true,
        // ESM bundles of CommonJS dependencies still call require().
        banner: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);",
      },
    });
    props.table.grantReadWriteData(this.handler);

    this.httpApi = new HttpApi(this, 'HttpApi', {
      description: 'かながわDX連携ポータル API',
      // $default stage: a named stage would prefix every path and the app's routes would stop matching.
      createDefaultStage: true,
      defaultIntegration: new HttpLambdaIntegration('App', this.handler),
    });
    const accessLogs = new LogGroup(this, 'AccessLogs', { retention: RetentionDays.ONE_YEAR });
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
      }),
    };
    this.domainName = Fn.select(2, Fn.split('/', this.httpApi.apiEndpoint));
  }
}
