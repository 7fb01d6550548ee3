import { join } from 'node:path';
import { Duration } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, LoggingFormat, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';

/** The newest Node.js runtime Lambda offers (cdk-nag AwsSolutions-L1 asks for the latest). */
export const FUNCTION_RUNTIME = Runtime.NODEJS_24_X;

export interface PortalFunctionProps {
  /** The file under functions/ that exports `handler`. */
  entry: string;
  timeout: Duration;
  memorySize?: number;
  environment: Record<string, string>;
}

/**
 * One of the portal's Lambda functions, all built alike: bundled locally by
 * esbuild (ESM, minified, AWS SDK from the runtime), on ARM, traced, logging
 * JSON to a log group of its own through a role that may write only there.
 */
export function portalFunction(scope: Construct, id: string, props: PortalFunctionProps): NodejsFunction {
  const logGroup = new LogGroup(scope, `${id}Logs`, { retention: RetentionDays.ONE_YEAR });
  // An explicit role: write to its own log group only, instead of AWS's managed AWSLambdaBasicExecutionRole (logs:* on every group).
  const role = new Role(scope, `${id}Role`, { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
  logGroup.grantWrite(role);
  return new NodejsFunction(scope, id, {
    role,
    entry: join(import.meta.dirname, '..', '..', 'functions', props.entry),
    handler: 'handler',
    runtime: FUNCTION_RUNTIME,
    architecture: Architecture.ARM_64,
    memorySize: props.memorySize ?? 512,
    timeout: props.timeout,
    tracing: Tracing.ACTIVE,
    loggingFormat: LoggingFormat.JSON,
    logGroup,
    environment: { NODE_OPTIONS: '--enable-source-maps', ...props.environment },
    bundling: {
      // Bundle with the esbuild in node_modules: no Docker, works offline.
      forceDockerBundling: false,
      format: OutputFormat.ESM,
      target: 'node24',
      minify: true,
      sourceMap: true,
      // Stack traces need names and lines only; leaving the sources out keeps the map (parsed at cold start) small.
      sourcesContent: false,
      // The runtime ships AWS SDK v3; bundling it would roughly double the bundle.
      externalModules: ['@aws-sdk/*'],
      // ESM bundles of CommonJS dependencies still call require().
      banner: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);",
    },
  });
}
