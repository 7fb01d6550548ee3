import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Template } from 'aws-cdk-lib/assertions';
import { buildPortalApp, type BuildPortalAppOptions } from '../../infra/portal-stack';

/** Skips esbuild bundling: template-only tests do not need the Lambda bundle (bundling.test.ts builds it). */
export const SKIP_BUNDLING = { 'aws:cdk:bundling-stacks': [] };

/** A resource of the synthesized template (CloudFormation JSON is untyped). */
export interface CfnResource {
  Type: string;
  Properties: Record<string, any>;
  DependsOn?: string[];
  DeletionPolicy?: string;
  UpdateReplacePolicy?: string;
}

/** The stack as `cdk synth` builds it (cdk-nag attached), without bundling, and its template. */
export function portalTemplate(options: BuildPortalAppOptions = {}) {
  const { app, stack } = buildPortalApp({ ...options, context: { ...SKIP_BUNDLING, ...options.context } });
  return { app, stack, template: Template.fromStack(stack) };
}

/** The one resource of a type (fails if there are none or several), with its logical ID. */
export function only(template: Template, type: string): CfnResource & { id: string } {
  const found = Object.entries(template.findResources(type));
  if (found.length !== 1) throw new Error(`expected one ${type}, found ${found.length}`);
  const [id, resource] = found[0]!;
  return { id, ...(resource as CfnResource) };
}

/** A temporary directory, removed by the returned cleanup. */
export function tempDir(prefix: string): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

export interface ValidationReport {
  pluginReports: {
    pluginName: string;
    violations: { ruleName: string; severity: string; description?: string; violatingConstructs: { constructPath: string }[] }[];
  }[];
}

/** The policy-validation report CDK writes into the cloud assembly (cdk-nag v3 reports there). */
export function readValidationReport(outdir: string): ValidationReport {
  return JSON.parse(readFileSync(join(outdir, 'validation-report.json'), 'utf8')) as ValidationReport;
}
