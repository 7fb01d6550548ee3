import { overrideConfig } from '../functions/platform/config';
import { startDynamoDbLocal } from '../functions/local/dynamodb-local';
import { startLocalServer, type LocalServer } from '../functions/local/server';
import { ensureTable } from '../functions/platform/db/create-table';
import { seedJointProjects, seedLocalData, seedSharedMeasures } from '../scripts/seed';

export interface BenchPortal {
  server: LocalServer;
  /** A bearer token of a demo user (local sign-in). */
  tokenOf(userId: string): Promise<string>;
  stop(): Promise<void>;
}

/** The portal as `npm start` runs it (in-memory DynamoDB Local, every seed), for benchmarks. */
export async function startBenchPortal(tableName = 'bench'): Promise<BenchPortal> {
  const dynamo = await startDynamoDbLocal();
  overrideConfig({ dynamodbEndpoint: dynamo.endpoint, tableName, authMode: 'local' });
  await ensureTable(tableName);
  await seedLocalData();
  await seedSharedMeasures();
  await seedJointProjects();
  const server = await startLocalServer({ port: 0 });
  return {
    server,
    async tokenOf(userId) {
      const res = await fetch(`${server.url}/api/auth/local/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ userId }),
      });
      return ((await res.json()) as { token: string }).token;
    },
    async stop() {
      await server.close();
      await dynamo.stop();
    },
  };
}
