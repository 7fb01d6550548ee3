import { resolve } from 'node:path';
import { startLocalServer } from '../../functions/local/server';
import { useTestTable } from './test-table';

/**
 * The portal as `npm start` runs it (API + built web app), on a free port,
 * backed by a fresh seeded table in the test run's DynamoDB Local.
 */
export async function startLocalStack(): Promise<{ baseUrl: string; stop(): Promise<void> }> {
  await useTestTable({ sharedMeasures: true, jointProjects: true, publishedYears: true, workingTogether: true });
  const server = await startLocalServer({ port: 0, webDir: resolve(import.meta.dirname, '../../web/dist') });
  return { baseUrl: server.url, stop: () => server.close() };
}
