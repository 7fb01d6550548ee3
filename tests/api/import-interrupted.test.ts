import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../shared/auth/roles';
import { toExcelCsv } from '../../shared/csv';
import { parsePlanImport } from '../../shared/plan/import';
import { config } from '../../functions/platform/config';
import { DomainError } from '../../shared/errors';
import { ddb, tableName } from '../../functions/platform/db/client';
import { keys } from '../../functions/platform/db/keys';
import { getPlanStructure } from '../../functions/features/plan/plans.table';
import { getResult, resultPut } from '../../functions/features/plan/results.table';
import { transactWrite } from '../../functions/platform/db/transactions';
import { recoverInterruptedImport, STALE_IMPORT_MS } from '../../functions/platform/db/all-or-nothing-import';
import { applyPlanImport } from '../../functions/features/plan/plan-import';
import { tableState } from '../support/table-state';
import { useTestTable } from '../support/test-table';

const dx = (file: string) => join('data/kanagawa-dx', file);
const admin: Principal = { userId: 'pref-admin', name: '県 管理者', role: 'prefecture_admin', orgCode: '140007' };
const scope = keys.planEntity('140007', 'kanagawa-dx');
const REVISED = '（改訂）';

/** The FY2024 measures CSV with every measure renamed: 225 changes, five batches of the import. */
function revisedMeasuresCsv(lastActual?: string): string {
  const rows = parse(readFileSync(dx('kanagawa-dx-plan-fy2024-measures.csv'), 'utf8'), { bom: true, columns: true }) as Record<string, string>[];
  const header = Object.keys(rows[0]!);
  if (lastActual) rows[rows.length - 1]!.actual = lastActual;
  return toExcelCsv(header, rows.map((r) => header.map((h) => (h === 'measure_name' ? r[h] + REVISED : r[h]))));
}

const parseRevised = (lastActual?: string) => {
  const parsed = parsePlanImport({
    plan: JSON.parse(readFileSync(dx('plan.json'), 'utf8')),
    measuresCsv: revisedMeasuresCsv(lastActual),
    indicatorsCsv: readFileSync(dx('kanagawa-dx-plan-fy2024-indicators.csv'), 'utf8'),
    fiscalYear: 2024,
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors.slice(0, 3)));
  return parsed;
};

/** Everything but the audit trail, which rightly keeps the record of what was written and undone. */
const dataState = async () => (await tableState()).filter((item) => !item.includes('"pk":"AUDIT#'));
const revisedCount = async () => (await getPlanStructure('140007', 'kanagawa-dx'))!.measures.filter((m) => m.name.endsWith(REVISED)).length;
const journalItems = async () =>
  (await ddb().send(new QueryCommand({ TableName: tableName(), KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': keys.importJournal(scope).pk } }))).Items ?? [];
const auditActions = async () => {
  const out = await ddb().send(new QueryCommand({ TableName: tableName(), KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': keys.audit(scope).pk } }));
  return (out.Items ?? []).map((i) => i.action as string);
};

/** Starts `npm run import` told to stop after two batches, and resolves once it has stopped there. */
function importPausedAfterTwoBatches(measuresFile: string): Promise<{ kill: () => Promise<void>; out: () => string }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'scripts/import.ts', '--plan', dx('plan.json'), '--measures', measuresFile, '--indicators', dx('kanagawa-dx-plan-fy2024-indicators.csv'), '--year', '2024'],
    { env: { ...process.env, DYNAMODB_ENDPOINT: config().dynamodbEndpoint, TABLE_NAME: config().tableName, IMPORT_FAULT_PAUSE_AFTER_BATCH: '2' } },
  );
  let out = '';
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('paused (fault test)')) resolve({ kill: async () => void (child.kill('SIGKILL'), await exited), out: () => out });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then(() => reject(new Error(`the import ended before pausing:\n${out}`)));
  });
}

beforeAll(async () => {
  await useTestTable();
});

describe('an import is all or nothing', () => {
  it('killed half way: the next import is refused while the dead one may still be alive, then everything it wrote is undone', async () => {
    const before = await dataState();
    const dir = mkdtempSync(join(tmpdir(), 'import-kill-'));
    writeFileSync(join(dir, 'measures.csv'), revisedMeasuresCsv());

    const run = await importPausedAfterTwoBatches(join(dir, 'measures.csv'));
    expect(run.out()).toContain('書き込み 2/5 / written 2 of 5 batches');
    await run.kill();
    // Half way: two batches of 49 measures landed before the process died.
    expect(await revisedCount()).toBe(98);

    // Within a minute of its last sign of life the import may only be slow: another is refused, nothing undone.
    const refused = await applyPlanImport(parseRevised(), 2024, admin, { dryRun: false }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DomainError);
    expect((refused as DomainError).code).toBe('import_in_progress');
    expect((refused as DomainError).text.ja).toContain('取込が進行中です');
    expect(await revisedCount()).toBe(98);

    // After a minute of silence it is taken to be dead and rolled back: the data is exactly as before.
    expect(await recoverInterruptedImport(scope, { userId: admin.userId, role: admin.role }, () => Date.now() + STALE_IMPORT_MS + 1000)).toBe(true);
    expect(await dataState()).toEqual(before);
    expect(await journalItems()).toEqual([]);
    const actions = await auditActions();
    expect(actions.filter((a) => a === 'import.update')).toHaveLength(98);
    expect(actions.filter((a) => a === 'import.rollback')).toHaveLength(98);

    // Importing the same files again now writes all of it.
    const result = await applyPlanImport(parseRevised(), 2024, admin, { dryRun: false });
    expect(result.changes.updated).toBe(225);
    expect(await revisedCount()).toBe(225);
    expect(await journalItems()).toEqual([]);
  }, 60_000);

  it('a conflicting edit during an import undoes the import at once and keeps the edit', async () => {
    await useTestTable();
    const before = await dataState();
    const last = (await getPlanStructure('140007', 'kanagawa-dx'))!.measures.at(-1)!;
    let edited = false;
    const attempt = applyPlanImport(parseRevised('99999人'), 2024, admin, {
      dryRun: false,
      // Someone saves the last measure's result while the first batches are being written.
      onBatch: async (written) => {
        if (written !== 1) return;
        const stored = (await getResult('140007', 'kanagawa-dx', 2024, last.measureNo))!;
        await transactWrite([resultPut('140007', 'kanagawa-dx', { ...stored, version: stored.version + 1, updatedBy: 'someone-else' }, stored.version)]);
        edited = true;
      },
    });
    await expect(attempt).rejects.toMatchObject({ kind: 'conflict', code: 'import_conflict' });
    expect(edited).toBe(true);
    expect(await revisedCount()).toBe(0);
    expect((await getResult('140007', 'kanagawa-dx', 2024, last.measureNo))!.updatedBy).toBe('someone-else');
    const after = await dataState();
    expect(after.filter((i) => !before.includes(i))).toHaveLength(1); // only the other person's edit
    expect(await journalItems()).toEqual([]);
  }, 60_000);
});
