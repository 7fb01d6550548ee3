import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { AssetHashType, DockerImage, Duration } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Code, Function as LambdaFunction, LoggingFormat, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
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

const projectRoot = join(import.meta.dirname, '..', '..');

/**
 * The function's code, bundled on this machine by infra/bundling (no Docker):
 * the same build the benchmark measures. The asset's hash is the bundle's, so
 * a change anywhere the function reaches (shared/, a dependency) deploys.
 */
function bundledCode(entry: string): Code {
  return Code.fromAsset(join(projectRoot, 'functions'), {
    assetHashType: AssetHashType.OUTPUT,
    bundling: {
      // Never pulled: local bundling always answers, or fails the synth with esbuild's message.
      image: DockerImage.fromRegistry('local-bundling-only'),
      // Not run either, but it names the entry in CDK's asset cache key (which cannot see into `local`).
      command: ['node', '--import', 'tsx', 'infra/bundling/bundle-cli.ts', `functions/${entry}`, '/asset-output'],
      local: {
        tryBundle(outputDir) {
          const run = spawnSync(process.execPath, ['--import', 'tsx', join(projectRoot, 'infra', 'bundling', 'bundle-cli.ts'), join(projectRoot, 'functions', entry), outputDir], {
            cwd: projectRoot,
            stdio: ['ignore', 'inherit', 'inherit'],
          });
          if (run.status !== 0) throw new Error(`Bundling functions/${entry} failed (exit ${run.status})`);
          return true;
        },
      },
    },
  });
}

/**
 * One of the portal's Lambda functions, all built alike: bundled locally
 * (ESM, minified, AWS SDK from the runtime), on ARM, traced, logging JSON to
 * a log group of its own through a role that may write only there.
 */
export function portalFunction(scope: Construct, id: string, props: PortalFunctionProps): LambdaFunction {
  const logGroup = new LogGroup(scope, `${id}Logs`, { retention: RetentionDays.ONE_YEAR });
  // An explicit role: write to its own log group only, instead of AWS's managed AWSLambdaBasicExecutionRole (logs:* on every group).
  const role = new Role(scope, `${id}Role`, { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
  logGroup.grantWrite(role);
  return new LambdaFunction(scope, id, {
    role,
    code: bundledCode(props.entry),
    handler: 'index.handler',
    runtime: FUNCTION_RUNTIME,
    architecture: Architecture.ARM_64,
    memorySize: props.memorySize ?? 512,
    timeout: props.timeout,
    tracing: Tracing.ACTIVE,
    loggingFormat: LoggingFormat.JSON,
    logGroup,
    environment: { NODE_OPTIONS: '--enable-source-maps', ...props.environment },
  });
}
