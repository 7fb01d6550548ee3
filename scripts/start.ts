/**
 * `npm start`: the whole portal on one machine with no AWS account.
 * Starts DynamoDB Local (data kept in DATA_DIR), creates the table, seeds it
 * on first start, and serves the API and the web app on 127.0.0.1:PORT.
 */
import { join } from 'node:path';
import { overrideConfig } from '../functions/platform/config';
import { startDynamoDbLocal } from '../functions/local/dynamodb-local';
import { acquireLock, DataDirHeld, isAlive, type HeldLock } from '../functions/local/portal-lock';
import { startLocalServer } from '../functions/local/server';
import { ensureTable } from '../functions/platform/db/create-table';
import { indexUnindexedParticipations } from '../functions/features/joint-projects/joint-projects.table';
import { seedJointProjects, seedLocalData, seedPublishedYears, seedSharedMeasures, seedWorkingTogether } from './seed';
import { runReminders } from '../functions/features/joint-projects/report-reminders';

const port = Number(process.env.PORT ?? 8787);
const dataDir = process.env.DATA_DIR || '.data';
// A fixed port by default; `npm run import` finds it (and the table) in DATA_DIR/portal.lock whatever it is.
const dynamoPort = Number(process.env.DYNAMODB_PORT ?? 8000);

const step = (text: string) => console.log(`[start] ${text}`);

if (process.env.AUTH_MODE && process.env.AUTH_MODE !== 'local') {
  console.error(
    `エラー: npm start はローカル専用です（AUTH_MODE=${process.env.AUTH_MODE} は使えません）。AUTH_MODE を外して起動してください。\n` +
      `Error: npm start runs the portal locally only (AUTH_MODE=${process.env.AUTH_MODE} cannot be used). Unset AUTH_MODE and start again.`,
  );
  process.exit(2);
}
// Local sign-in, chosen here explicitly: the configuration never falls back to it.
const cfg = overrideConfig({ authMode: 'local', dataDir });

// Before the engine starts: a second portal (or an import's own engine) on the same files would corrupt them.
let lock: HeldLock;
try {
  lock = acquireLock(dataDir, { holder: 'portal', dynamodbEndpoint: `http://127.0.0.1:${dynamoPort}`, tableName: cfg.tableName, url: `http://127.0.0.1:${port}` });
} catch (error) {
  if (!(error instanceof DataDirHeld)) throw error;
  console.error(`エラー: ${error.text.ja}\nError: ${error.text.en}`);
  process.exit(3);
}
if (lock.tookOver) step(`前回の実行（pid ${lock.tookOver.pid}）は終了済みのため、${dataDir} を引き継ぎます / taking over ${dataDir} from an earlier run that has gone`);

step(`DynamoDB Local を起動しています（データ: ${dataDir}）… / starting DynamoDB Local`);
const dynamo = await startDynamoDbLocal({
  dataDir: join(dataDir, 'dynamodb'),
  port: dynamoPort,
  onWaiting: (ms) => step(`DynamoDB Local の起動を待っています（${Math.round(ms / 1000)} 秒経過） / still waiting for DynamoDB Local (${Math.round(ms / 1000)} s)`),
}).catch((error: Error) => {
  lock.release();
  console.error(`エラー: DynamoDB Local を起動できませんでした。 / Error: DynamoDB Local did not start.\n${error.message}`);
  process.exit(1);
});
lock.update({ dynamodbEndpoint: dynamo.endpoint, enginePid: dynamo.pid });
// A crash below must not leave the engine running on DATA_DIR's files without its portal.
process.once('exit', () => void (dynamo.pid && isAlive(dynamo.pid) && process.kill(dynamo.pid, 'SIGTERM')));
overrideConfig({ dynamodbEndpoint: dynamo.endpoint });
await ensureTable(cfg.tableName);
step('初期データを確認しています… / seeding organisations and the FY2024 DX plan');
const seeded = await seedLocalData();
step(`団体 ${seeded.organisations} 件、計画データの変更 ${seeded.changes} 件 / ${seeded.organisations} organisations, ${seeded.changes} plan changes`);
if (await seedPublishedYears()) step('令和6年度を公表済にしました（公表された点検報告書） / marked FY2024 published');
const shared = await seedSharedMeasures();
if (shared.measures > 0) step(`共通指標 ${shared.measures} 件とサンプル値 ${shared.values} 件を登録しました / seeded ${shared.values} sample values`);
const joint = await seedJointProjects();
if (joint.projects > 0) step(`協働事業 ${joint.projects} 件（参加団体 ${joint.participants}）を登録しました / seeded joint projects`);
const working = await seedWorkingTogether();
if (working.surveys + working.consultations + working.meetings > 0) {
  step(`照会 ${working.surveys} 件、相談 ${working.consultations} 件、推進会議 ${working.meetings} 件の例を登録しました / seeded examples of surveys, consultations and meetings`);
}
// Data kept in DATA_DIR by an earlier version may hold participations from before the cross-project index.
const indexed = await indexUnindexedParticipations('140007');
if (indexed > 0) step(`参加団体 ${indexed} 件を事業横断の索引に加えました / indexed ${indexed} participations`);
const server = await startLocalServer({ port });
lock.update({ url: server.url });
// The deployed stack runs reminders daily (EventBridge → Lambda); locally the portal runs them hourly, emails going to the outbox.
const remind = async () => {
  const run = await runReminders().catch((error: Error) => (console.error(`[reminders] ${error.message}`), undefined));
  if (run && run.notices > 0) step(`リマインド: お知らせ ${run.notices} 件、メール ${run.emails} 件（${join(dataDir, 'outbox', 'mail.jsonl')}） / reminders sent`);
};
await remind();
const reminderTimer = setInterval(() => void remind(), 60 * 60 * 1000);
step(`かながわDX連携ポータル: ${server.url}  (Ctrl+C で停止 / to stop)`);

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  step(`${signal}: 停止しています… / stopping`);
  clearInterval(reminderTimer);
  await server.close();
  await dynamo.stop();
  lock.release();
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
