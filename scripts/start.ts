/**
 * `npm start`: the whole portal on one machine with no AWS account.
 * Starts DynamoDB Local (data kept in DATA_DIR), creates the table, seeds it
 * on first start, and serves the API and the web app on 127.0.0.1:PORT.
 */
import { join } from 'node:path';
import { overrideConfig } from '../functions/config';
import { startDynamoDbLocal } from '../functions/local/dynamodb-local';
import { startLocalServer } from '../functions/local/server';
import { ensureTable } from '../functions/repositories/create-table';
import { indexUnindexedParticipations } from '../functions/repositories/joint-projects';
import { seedJointProjects, seedLocalData, seedSharedMeasures } from './seed';
import { runReminders } from '../functions/services/report-reminders';

const port = Number(process.env.PORT ?? 8787);
const dataDir = process.env.DATA_DIR ?? '.data';
// A fixed port, so `npm run import` finds the running portal's database at the default endpoint.
const dynamoPort = Number(process.env.DYNAMODB_PORT ?? 8000);

const step = (text: string) => console.log(`[start] ${text}`);

step(`DynamoDB Local を起動しています（データ: ${dataDir}）… / starting DynamoDB Local`);
const dynamo = await startDynamoDbLocal({ dataDir: join(dataDir, 'dynamodb'), port: dynamoPort });
const cfg = overrideConfig({ dynamodbEndpoint: dynamo.endpoint, authMode: 'local' });
await ensureTable(cfg.tableName);
step('初期データを確認しています… / seeding organisations and the FY2024 DX plan');
const seeded = await seedLocalData();
step(`団体 ${seeded.organisations} 件、計画データの変更 ${seeded.changes} 件 / ${seeded.organisations} organisations, ${seeded.changes} plan changes`);
const shared = await seedSharedMeasures();
if (shared.measures > 0) step(`共通指標 ${shared.measures} 件とサンプル値 ${shared.values} 件を登録しました / seeded ${shared.values} sample values`);
const joint = await seedJointProjects();
if (joint.projects > 0) step(`協働事業 ${joint.projects} 件（参加団体 ${joint.participants}）を登録しました / seeded joint projects`);
// Data kept in DATA_DIR by an earlier version may hold participations from before the cross-project index.
const indexed = await indexUnindexedParticipations('140007');
if (indexed > 0) step(`参加団体 ${indexed} 件を事業横断の索引に加えました / indexed ${indexed} participations`);
const server = await startLocalServer({ port });
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
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
