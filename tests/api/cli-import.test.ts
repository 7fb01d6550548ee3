import { execFile } from 'node:child_process';
import { writeFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { config } from '../../functions/config';
import { apiClient } from '../support/api-client';
import { useTestTable } from '../support/test-table';
import { putOrganisations } from '../../functions/repositories/organisations';
import { readOrganisations } from '../../scripts/seed';

const run = promisify(execFile);
const api = apiClient();
const dx = (file: string) => join('data/kanagawa-dx', file);

/** Runs `npm run import` (scripts/import.ts) against this file's table; never throws, returns the exit code. */
async function cliImport(args: string[]): Promise<{ code: number; out: string }> {
  const env = { ...process.env, DYNAMODB_ENDPOINT: config().dynamodbEndpoint, TABLE_NAME: config().tableName };
  try {
    const { stdout, stderr } = await run('npx', ['tsx', 'scripts/import.ts', ...args], { env });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

beforeAll(async () => {
  await useTestTable({ seed: false });
  await putOrganisations('140007', readOrganisations());
});

describe('npm run import', () => {
  const args = ['--plan', dx('plan.json'), '--measures', dx('kanagawa-dx-plan-fy2024-measures.csv'), '--indicators', dx('kanagawa-dx-plan-fy2024-indicators.csv'), '--year', '2024'];

  it('reports every bad row, exits non-zero and writes nothing', async () => {
    const bad = readFileSync(dx('kanagawa-dx-plan-fy2024-measures.csv'), 'utf8').replace(',◎,achieved,', ',◎,perfect,');
    const dir = mkdtempSync(join(tmpdir(), 'cli-import-'));
    writeFileSync(join(dir, 'measures.csv'), bad);
    const { code, out } = await cliImport(['--plan', dx('plan.json'), '--measures', join(dir, 'measures.csv'), '--year', '2024']);
    expect(code).toBe(1);
    expect(out).toContain('measures 行1 [rating]');
    expect(out).toContain('何も取り込んでいません');
    expect((await api.get('/api/plans/kanagawa-dx', 'council')).status).toBe(404);
  });

  it('imports the plan with progress lines, and a second run changes nothing', async () => {
    const first = await cliImport(args);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/\[1\/3\][\s\S]*\[2\/3\][\s\S]*\[3\/3\]/);
    expect(first.out).toMatch(/新規 \d+、更新 0、変更なし 0/);
    const summary = await (await api.get('/api/plans/kanagawa-dx/years/2024/summary', 'council')).json();
    expect(summary.total.counts).toMatchObject({ achieved: 126, mostly_achieved: 15, not_achieved: 28, tallying: 10 });

    const second = await cliImport(args);
    expect(second.out).toMatch(/新規 0、更新 0、変更なし \d+/);
  });

  it('explains missing arguments in both languages', async () => {
    const { code, out } = await cliImport(['--plan', dx('plan.json')]);
    expect(code).toBe(2);
    expect(out).toContain('--plan、--measures、--year を指定してください');
    expect(out).toContain('Give --plan, --measures and --year');
  });
});
