import { describe, expect, it } from 'vitest';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { AttributeType, Table } from 'aws-cdk-lib/aws-dynamodb';
import { buildPortalApp, type PortalStack } from '../../infra/portal-stack';
import { readValidationReport, SKIP_BUNDLING, tempDir, type ValidationReport } from './support';

interface Finding {
  severity: string;
  rule: string;
  path: string;
}

/**
 * Synthesizes the app as `cdk synth` does (cdk-nag v3 runs as a CDK policy
 * validation plugin) and reads every finding, errors and warnings, from the
 * validation report in the cloud assembly.
 */
function synthFindings(options: { acknowledgeNagFindings?: boolean; change?: (stack: PortalStack) => void } = {}) {
  const out = tempDir('portal-nag-');
  try {
    const { app, stack } = buildPortalApp({ context: SKIP_BUNDLING, outdir: out.path, acknowledgeNagFindings: options.acknowledgeNagFindings });
    options.change?.(stack);
    let error: unknown;
    try {
      app.synth();
    } catch (e) {
      error = e;
    }
    return { stack, error, findings: findingsOf(readValidationReport(out.path)) };
  } finally {
    out.remove();
  }
}

const findingsOf = (report: ValidationReport): Finding[] =>
  report.pluginReports.flatMap((p) =>
    p.violations.flatMap((v) => v.violatingConstructs.map((c) => ({ severity: v.severity, rule: v.ruleName, path: c.constructPath }))),
  );

const show = (f: Finding) => `${f.severity} ${f.rule} ${f.path}`;

describe('cdk-nag AwsSolutions', () => {
  it('finds nothing unacknowledged in the stack: no errors, no warnings', () => {
    const { findings, error } = synthFindings();
    expect(findings.map(show)).toEqual([]);
    expect(error).toBeUndefined();
  });

  it('is live: a non-compliant resource fails synthesis (errors)', () => {
    const { findings, error } = synthFindings({ change: (stack) => new Bucket(stack, 'UnloggedBucket') });
    expect(error).toBeDefined();
    expect(findings.map(show)).toEqual(
      expect.arrayContaining(['error AwsSolutions-S1 KanagawaDxPortal/UnloggedBucket/Resource', 'error AwsSolutions-S10 KanagawaDxPortal/UnloggedBucket/Resource']),
    );
  });

  it('is live for warnings too: a table without point-in-time recovery is reported', () => {
    const { findings } = synthFindings({
      change: (stack) => new Table(stack, 'NoPitrTable', { partitionKey: { name: 'pk', type: AttributeType.STRING } }),
    });
    expect(findings.map(show)).toContain('warning AwsSolutions-DDB3 KanagawaDxPortal/NoPitrTable/Resource');
  });

  it('every acknowledgement gives a specific reason', () => {
    const { stack } = buildPortalApp({ context: SKIP_BUNDLING });
    expect(stack.nagAcknowledgements.length).toBeGreaterThan(0);
    const reasons = new Set<string>();
    for (const { id, reason, path } of stack.nagAcknowledgements) {
      expect(id).toMatch(/^AwsSolutions-[A-Z]+\d+(\[.+\])?$/);
      expect(reason.length, `${path} ${id}: ${reason}`).toBeGreaterThan(60);
      reasons.add(`${path} ${id}`);
    }
    expect(reasons.size, 'no acknowledgement twice').toBe(stack.nagAcknowledgements.length);
  });

  it('every acknowledgement is needed, and covers exactly the findings it names', () => {
    const { findings } = synthFindings({ acknowledgeNagFindings: false });
    const { stack } = buildPortalApp({ context: SKIP_BUNDLING });
    const acks = stack.nagAcknowledgements;
    const covers = (a: (typeof acks)[number], f: Finding) => f.rule === a.id && (f.path === a.path || f.path.startsWith(`${a.path}/`));
    for (const a of acks) expect(findings.some((f) => covers(a, f)), `unused acknowledgement ${a.id} at ${a.path}`).toBe(true);
    for (const f of findings) expect(acks.some((a) => covers(a, f)), `unacknowledged ${show(f)}`).toBe(true);
  });
});
