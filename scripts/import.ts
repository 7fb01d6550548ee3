/**
 * `npm run import -- --plan <plan.json> --measures <measures.csv> [--indicators <indicators.csv>] --year <FY> [--dry-run]`
 *
 * Validates every row first and writes nothing if any is invalid; then writes
 * only what differs from the stored plan, each change with its audit record.
 * It writes to DYNAMODB_ENDPOINT (default: the DynamoDB Local of `npm start`);
 * when nothing answers there it starts DynamoDB Local on DATA_DIR itself.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Principal } from '../shared/auth/roles';
import { parsePlanImport } from '../shared/plan/import';
import { config, overrideConfig } from '../functions/config';
import { startDynamoDbLocal, type DynamoDbLocal } from '../functions/local/dynamodb-local';
import { ensureTable } from '../functions/repositories/create-table';
import { tableIsReachable } from '../functions/repositories/health';
import { HttpError } from '../functions/http/errors';
import { applyPlanImport } from '../functions/services/plan-import';

const { values } = parseArgs({
  options: {
    plan: { type: 'string' },
    measures: { type: 'string' },
    indicators: { type: 'string' },
    year: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
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

let embedded: DynamoDbLocal | undefined;
if (!(await tableIsReachable()) && config().authMode === 'local') {
  console.log('[2/3] DynamoDB Local を起動しています… / starting DynamoDB Local');
  embedded = await startDynamoDbLocal({ dataDir: join(process.env.DATA_DIR ?? '.data', 'dynamodb') });
  overrideConfig({ dynamodbEndpoint: embedded.endpoint });
  await ensureTable(config().tableName);
} else {
  console.log('[2/3] データベースに接続しました / connected to the database');
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
    onBatch: async (written, total) => {
      console.log(`  書き込み ${written}/${total} / written ${written} of ${total} batches`);
      if (written === pauseAfterBatch) await pauseForever();
    },
  });
  console.log(
    `完了: 計画 ${result.planId} FY${result.fiscalYear} — 新規 ${result.changes.created}、更新 ${result.changes.updated}、変更なし ${result.changes.unchanged}` +
      ` / done: ${result.changes.created} created, ${result.changes.updated} updated, ${result.changes.unchanged} unchanged${result.dryRun ? ' (dry run)' : ''}`,
  );
} catch (error) {
  if (!(error instanceof HttpError)) throw error;
  console.error(`エラー: ${error.text.ja}\nError: ${error.text.en}`);
  process.exitCode = 1;
} finally {
  await embedded?.stop();
}
