import { execFile, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, writeFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { config, overrideConfig } from '../../functions/platform/config';
import { LOCK_FILE, type PortalLock } from '../../functions/local/portal-lock';
import { ensureTable } from '../../functions/platform/db/create-table';
import { apiClient } from '../support/api-client';
import { useTestTable } from '../support/test-table';
import { putOrganisations } from '../../functions/features/organisations/organisations.table';
import { readOrganisations } from '../../scripts/seed';

const run = promisify(execFile);
const api = apiClient();
const dx = (file: string) => join('data/kanagawa-dx', file);

/**
 * Runs `npm run import` (scripts/import.ts); never throws, returns the exit code. By default against this file's
 * table named explicitly; `env` replaces that, as a user would run it: no endpoint, only a DATA_DIR.
 */
async function cliImport(args: string[], env: NodeJS.ProcessEnv = { ...process.env, DYNAMODB_ENDPOINT: config().dynamodbEndpoint, TABLE_NAME: config().tableName }): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', 'scripts/import.ts', ...args], { env, timeout: 120_000 });
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

  it('keeps a measure edited in the portal since the import, says so, and overwrites it only with --overwrite', async () => {
    const detail = async () => (await (await api.get('/api/plans/kanagawa-dx/measures/21-2', 'pref-admin')).json()).results.find((r: { fiscalYear: number }) => r.fiscalYear === 2024);
    const before = await detail();
    const edited = await api.put(
      '/api/plans/kanagawa-dx/years/2024/measures/21-2',
      { version: before.version, values: [{ ...before.values[0], actual: { text: '33名', value: 33 } }, before.values[1]], reason: before.reason, confirmedRating: null },
      'pref-admin',
    );
    expect(edited.status).toBe(200);

    const kept = await cliImport(args);
    expect(kept.code).toBe(0);
    expect(kept.out).toContain('施策 21-2 市町村DX推進事業 【ポータルでの変更を保持 / portal edit kept】');
    expect(kept.out).toContain('! 指標の値 / Indicator values: 1: 33名 / 33名; 2: 60件 / 57件 → 1: 33名 / ２名; 2: 60件 / 57件');
    expect(kept.out).toMatch(/更新 0、変更なし \d+、ポータルでの変更を保持 1/);
    expect((await detail()).values[0].actual.text).toBe('33名');

    const overwritten = await cliImport([...args, '--overwrite', '21-2']);
    expect(overwritten.out).toContain('【ポータルでの変更を上書き / portal edit overwritten】');
    expect(overwritten.out).toMatch(/更新 1、変更なし \d+、ポータルでの変更を保持 0/);
    expect((await detail()).values[0].actual.text).toBe('２名');
  });

  it('explains missing arguments in both languages', async () => {
    const { code, out } = await cliImport(['--plan', dx('plan.json')]);
    expect(code).toBe(2);
    expect(out).toContain('--plan、--measures、--year を指定してください');
    expect(out).toContain('Give --plan, --measures and --year');
  });
});

/** The environment of someone typing `npm run import` with DATA_DIR set: no endpoint, no table name, no AUTH_MODE. */
function asUser(dataDir: string): NodeJS.ProcessEnv {
  const { DYNAMODB_ENDPOINT: _e, TABLE_NAME: _t, AUTH_MODE: _a, ...rest } = process.env;
  return { ...rest, DATA_DIR: dataDir };
}

/** A data directory held as `npm start` (or an import) holds it: DATA_DIR/portal.lock. */
function heldDir(lock: Partial<PortalLock>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cli-lock-'));
  const full: PortalLock = { holder: 'portal', pid: process.pid, tableName: 'kanagawa-dx-portal', startedAt: new Date().toISOString(), ...lock };
  writeFileSync(join(dir, LOCK_FILE), JSON.stringify(full));
  return dir;
}

/** The id of a process that has ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '']);
  return child.pid!;
}

describe('npm run import finds the database of the portal running on DATA_DIR', () => {
  const args = ['--plan', dx('plan.json'), '--measures', dx('kanagawa-dx-plan-fy2024-measures.csv'), '--indicators', dx('kanagawa-dx-plan-fy2024-indicators.csv'), '--year', '2024'];

  it('a portal on a non-default DynamoDB port and table: the CLI writes there, and starts no engine of its own', async () => {
    const mine = config().tableName;
    const portalTable = `portal-${randomUUID()}`;
    overrideConfig({ tableName: portalTable });
    await ensureTable(portalTable);
    try {
      // This test run's DynamoDB Local listens on a random port, never 8000.
      const endpoint = config().dynamodbEndpoint!;
      expect(endpoint).not.toMatch(/:8000$/);
      const dir = heldDir({ dynamodbEndpoint: endpoint, tableName: portalTable, url: 'http://127.0.0.1:18787' });
      const { code, out } = await cliImport(args, asUser(dir));
      expect(code, out).toBe(0);
      expect(out).toContain(`using the running portal's database (pid ${process.pid}): ${endpoint}, table ${portalTable}`);
      expect(out).toMatch(/新規 \d+、更新 0、変更なし 0/);
      expect(existsSync(join(dir, 'dynamodb'))).toBe(false);
      const summary = await (await api.get('/api/plans/kanagawa-dx/years/2024/summary', 'council')).json();
      expect(summary.total.counts).toMatchObject({ achieved: 126, mostly_achieved: 15, not_achieved: 28 });
    } finally {
      overrideConfig({ tableName: mine });
    }
  });

  it('a second npm start on a held data directory refuses, naming the portal, before starting DynamoDB Local', async () => {
    const dir = heldDir({ dynamodbEndpoint: 'http://127.0.0.1:18000', url: 'http://127.0.0.1:18787' });
    const before = readFileSync(join(dir, LOCK_FILE), 'utf8');
    const { DYNAMODB_PORT: _p, ...env } = asUser(dir);
    const result = await run('npx', ['tsx', 'scripts/start.ts'], { env: { ...env, PORT: '0' }, timeout: 60_000 }).then(
      () => ({ code: 0, out: '' }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
    );
    expect(result.code).toBe(3);
    expect(result.out).toContain(`起動中のポータル（pid ${process.pid}、http://127.0.0.1:18787）が使用中です`);
    expect(result.out).toContain(`is in use by a running portal (pid ${process.pid}, http://127.0.0.1:18787). Stop it first, or give another DATA_DIR.`);
    expect(existsSync(join(dir, 'dynamodb'))).toBe(false);
    expect(readFileSync(join(dir, LOCK_FILE), 'utf8')).toBe(before);
  });

  it('an import refuses while another import runs its own engine on the directory', async () => {
    const dir = heldDir({ holder: 'import', dynamodbEndpoint: 'http://127.0.0.1:18001' });
    const { code, out } = await cliImport(args, asUser(dir));
    expect(code).toBe(2);
    expect(out).toContain(`a running import (npm run import, pid ${process.pid})`);
    expect(existsSync(join(dir, 'dynamodb'))).toBe(false);
  });

  it('a stale lock (its process gone) is taken over: the CLI runs DynamoDB Local on DATA_DIR itself, then lets go', async () => {
    const dir = heldDir({ pid: deadPid(), dynamodbEndpoint: 'http://127.0.0.1:18002' });
    const { code, out } = await cliImport([...args, '--dry-run'], asUser(dir));
    expect(code, out).toBe(0);
    expect(out).toContain('taking over from an earlier run that has gone');
    expect(out).toContain(`no portal runs on ${dir}: starting DynamoDB Local`);
    expect(out).toMatch(/新規 \d+、更新 0、変更なし 0/);
    expect(existsSync(join(dir, 'dynamodb', 'shared-local-instance.db'))).toBe(true);
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });
});
