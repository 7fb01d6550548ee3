/**
 * `npm run import -- --plan <plan.json> --measures <measures.csv> [--indicators <indicators.csv>] --year <FY> [--dry-run]
 *    [--overwrite <measure no>,…] [--reason <text>]`
 *
 * Validates every row first and writes nothing if any is invalid; then writes
 * only what differs from the stored plan, each change with its audit record,
 * and prints every change (measure, field, before → after). A measure edited in
 * the portal since the last import is a conflict and is kept as it is unless
 * --overwrite names it; a published (公表済) year needs --reason (each changed
 * measure gets an erratum).
 * It writes to the DynamoDB Local of the `npm start` running on DATA_DIR (found
 * in DATA_DIR/portal.lock); when none runs, it starts DynamoDB Local on DATA_DIR
 * itself. DYNAMODB_ENDPOINT (with TABLE_NAME) names another database explicitly;
 * AUTH_MODE=cognito with TABLE_NAME writes to the AWS table.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Principal } from '../shared/auth/roles';
import { parsePlanImport } from '../shared/plan/import';
import { config, overrideConfig } from '../functions/platform/config';
import { startDynamoDbLocal, waitUntilAnswering } from '../functions/local/dynamodb-local';
import { acquireLock, DataDirHeld, isAlive, liveLock } from '../functions/local/portal-lock';
import { ensureTable } from '../functions/platform/db/create-table';
import { DomainError } from '../shared/errors';
import { applyPlanImport } from '../functions/features/plan/plan-import';
import { describeItems } from './import-report';

const { values } = parseArgs({
  options: {
    plan: { type: 'string' },
    measures: { type: 'string' },
    indicators: { type: 'string' },
    year: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    overwrite: { type: 'string' },
    reason: { type: 'string' },
  },
});

function fail(ja: string, en: string): never {
  console.error(`エラー: ${ja}\nError: ${en}`);
  process.exit(2);
}

if (!values.plan || !values.measures || !values.year) {
  fail(
    '--plan、--measures、--year を指定してください（--indicators は任意）。',
    'Give --plan, --measures and --year (--indicators is optional).',
  );
}
const fiscalYear = Number(values.year.replace(/^FY/i, ''));
if (!Number.isInteger(fiscalYear)) fail(`年度「${values.year}」を読み取れません（例: 2024）。`, `Cannot read the fiscal year "${values.year}" (e.g. 2024).`);

const read = (path: string) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return fail(`ファイル ${path} を読み込めません。`, `Cannot read the file ${path}.`);
  }
};

// A local tool unless told otherwise; the configuration itself never assumes local mode.
process.env.AUTH_MODE ||= 'local';
try {
  config();
} catch (error) {
  fail('設定を読み取れません。', (error as Error).message);
}

console.log('[1/3] ファイルを検証しています… / validating the files');
let plan: unknown;
try {
  plan = JSON.parse(read(values.plan));
} catch {
  fail(`${values.plan} は JSON として読み取れません。`, `${values.plan} is not valid JSON.`);
}
const parsed = parsePlanImport({
  plan,
  measuresCsv: read(values.measures),
  indicatorsCsv: values.indicators ? read(values.indicators) : undefined,
  fiscalYear,
});
if (!parsed.ok) {
  console.error(`誤りが ${parsed.errors.length} 件あります。何も取り込んでいません。 / ${parsed.errors.length} problem(s); nothing was imported.`);
  for (const e of parsed.errors) console.error(`  ${e.file} 行${e.row} [${e.column}] ${e.message.ja} / ${e.message.en}`);
  process.exit(1);
}

const waiting = (ms: number) =>
  console.log(`  データベースの起動を待っています（${Math.round(ms / 1000)} 秒経過） / still waiting for the database (${Math.round(ms / 1000)} s)`);

/**
 * The database the way the portal chose it: an explicit DYNAMODB_ENDPOINT (or
 * AWS with AUTH_MODE=cognito) wins; otherwise the engine and table of the
 * portal running on DATA_DIR (its portal.lock); otherwise an engine of its
 * own on DATA_DIR, holding the directory so that no portal starts a second
 * engine on the same files meanwhile. Returns how to let go of what it started.
 */
async function openDatabase(): Promise<() => Promise<void>> {
  const cfg = config();
  if (cfg.authMode === 'cognito' || process.env.DYNAMODB_ENDPOINT) {
    console.log(`[2/3] データベース ${cfg.dynamodbEndpoint ?? 'AWS'} の表 ${cfg.tableName} に書き込みます / using ${cfg.dynamodbEndpoint ?? 'AWS'}, table ${cfg.tableName}`);
    return async () => undefined;
  }
  for (let attempt = 0; ; attempt++) {
    const held = liveLock(cfg.dataDir);
    if (held?.holder === 'portal' && held.dynamodbEndpoint) {
      // The portal's table too, unless TABLE_NAME says otherwise: the portal may have been started with another one.
      const tableName = process.env.TABLE_NAME || held.tableName;
      overrideConfig({ dynamodbEndpoint: held.dynamodbEndpoint, tableName });
      console.log(
        `[2/3] 起動中のポータル（pid ${held.pid}）のデータベース ${held.dynamodbEndpoint}、表 ${tableName} に書き込みます / ` +
          `using the running portal's database (pid ${held.pid}): ${held.dynamodbEndpoint}, table ${tableName}`,
      );
      await waitUntilAnswering(held.dynamodbEndpoint, {
        gone: () => (isAlive(held.pid) ? undefined : `The portal (pid ${held.pid}) stopped while it was starting.`),
        onWaiting: waiting,
      });
      return async () => undefined;
    }
    if (held) fail(new DataDirHeld(cfg.dataDir, held).text.ja, new DataDirHeld(cfg.dataDir, held).text.en);
    try {
      const lock = acquireLock(cfg.dataDir, { holder: 'import', tableName: cfg.tableName });
      if (lock.tookOver) console.log(`  前回の実行（pid ${lock.tookOver.pid}）は終了済みのため引き継ぎます / taking over from an earlier run that has gone`);
      console.log(`[2/3] 起動中のポータルがないため、${cfg.dataDir} で DynamoDB Local を起動しています… / no portal runs on ${cfg.dataDir}: starting DynamoDB Local`);
      const engine = await startDynamoDbLocal({ dataDir: join(cfg.dataDir, 'dynamodb'), onWaiting: waiting }).catch((error: Error) => {
        lock.release();
        return fail('DynamoDB Local を起動できませんでした。', `DynamoDB Local did not start.\n${error.message}`);
      });
      lock.update({ dynamodbEndpoint: engine.endpoint, enginePid: engine.pid });
      overrideConfig({ dynamodbEndpoint: engine.endpoint });
      await ensureTable(config().tableName);
      const close = async () => {
        await engine.stop();
        lock.release();
      };
      for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void close().finally(() => process.exit(130)));
      return close;
    } catch (error) {
      // A portal started between the look and the lock: use it (the loop looks again).
      if (!(error instanceof DataDirHeld) || attempt > 0) throw error;
    }
  }
}

let closeDatabase: () => Promise<void>;
try {
  closeDatabase = await openDatabase();
} catch (error) {
  if (error instanceof DataDirHeld) fail(error.text.ja, error.text.en);
  fail('データベースに接続できませんでした。', `Cannot reach the database.\n${(error as Error).message}`);
}

/**
 * Fault injection for the "killed half way" test: stop after this many batches
 * and wait to be killed. Not a user option, hence an environment variable.
 */
const pauseAfterBatch = Number(process.env.IMPORT_FAULT_PAUSE_AFTER_BATCH ?? 0);
const pauseForever = () =>
  new Promise<never>(() => {
    console.log('  一時停止中（障害試験） / paused (fault test)');
    setInterval(() => undefined, 60_000);
  });

const importer: Principal = { userId: 'cli-import', name: 'CLI 取込', role: 'prefecture_admin', orgCode: parsed.plan.orgCode };
console.log(`[3/3] ${values['dry-run'] ? '変更を確認' : '書き込み'}しています… / ${values['dry-run'] ? 'checking' : 'writing'}`);
try {
  const result = await applyPlanImport(parsed, fiscalYear, importer, {
    dryRun: values['dry-run'],
    overwrite: values.overwrite?.split(',').map((no) => no.trim()).filter((no) => no !== ''),
    reason: values.reason,
    onBatch: async (written, total) => {
      console.log(`  書き込み ${written}/${total} / written ${written} of ${total} batches`);
      if (written === pauseAfterBatch) await pauseForever();
    },
  });
  for (const line of describeItems(result.items)) console.log(line);
  console.log(
    `完了: 計画 ${result.planId} FY${result.fiscalYear} — 新規 ${result.changes.created}、更新 ${result.changes.updated}、変更なし ${result.changes.unchanged}、` +
      `ポータルでの変更を保持 ${result.changes.kept}` +
      ` / done: ${result.changes.created} created, ${result.changes.updated} updated, ${result.changes.unchanged} unchanged, ` +
      `${result.changes.kept} portal edits kept${result.dryRun ? ' (dry run)' : ''}`,
  );
  if (result.changes.kept > 0) {
    console.log('  保持した施策を上書きするには --overwrite に施策番号を指定してください / to replace kept portal edits, name the measures with --overwrite');
  }
} catch (error) {
  if (!(error instanceof DomainError)) throw error;
  console.error(`エラー: ${error.text.ja}\nError: ${error.text.en}`);
  process.exitCode = 1;
} finally {
  await closeDatabase();
}
