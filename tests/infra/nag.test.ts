import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { buildPortalApp } from '../../infra/portal-stack';

const SKIP_BUNDLING = { 'aws:cdk:bundling-stacks': [] };
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

interface Report {
  pluginReports: { pluginName: string; violations: { ruleName: string; severity: string; violatingConstructs: { constructPath: string }[] }[] }[];
}

/** Synthesizes the app with cdk-nag's AwsSolutions checks and returns CDK's validation report. */
function synthReport(addToStack?: (stack: ReturnType<typeof buildPortalApp>['stack']) => void): { report: Report; threw: boolean } {
  const outdir = mkdtempSync(join(tmpdir(), 'portal-nag-'));
  dirs.push(outdir);
  const { app, stack } = buildPortalApp({ context: SKIP_BUNDLING, outdir });
  addToStack?.(stack);
  let threw = false;
  try {
    app.synth();
  } catch {
    threw = true;
  }
  return { report: JSON.parse(readFileSync(join(outdir, 'validation-report.json'), 'utf8')), threw };
}

const findings = (report: Report) =>
  report.pluginReports.flatMap((p) =>
    p.violations.flatMap((v) => v.violatingConstructs.map((c) => `${v.severity} ${v.ruleName} ${c.constructPath}`)),
  );

describe('cdk-nag AwsSolutions', () => {
  it('finds nothing unacknowledged in the stack, errors or warnings', () => {
    const { report, threw } = synthReport();
    expect(findings(report)).toEqual([]);
    expect(threw).toBe(false);
  });

  it('would catch a non-compliant resource (the check is live)', () => {
    const { report, threw } = synthReport((stack) => new Bucket(stack, 'UnloggedBucket'));
    expect(threw).toBe(true);
    expect(findings(report)).toContain('error AwsSolutions-S1 KanagawaDxPortal/UnloggedBucket/Resource');
  });

  it('every acknowledgement states a real reason', () => {
    const { stack } = buildPortalApp({ context: SKIP_BUNDLING });
    expect(stack.nagAcknowledgements.length).toBeGreaterThan(5);
    for (const { id, reason } of stack.nagAcknowledgements) {
      expect(id).toMatch(/^AwsSolutions-[A-Z]+\d+/);
      expect(reason.length, `${id}: ${reason}`).toBeGreaterThan(60);
    }
  });
});
