import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { overrideConfig } from '../../functions/platform/config';
import { startDynamoDbLocal, type DynamoDbLocal } from '../../functions/local/dynamodb-local';
import { ensureTable } from '../../functions/platform/db/create-table';
import { forgetReferenceData } from '../../functions/platform/db/reference-cache';
import { seedJointProjects, seedLocalData } from '../../scripts/seed';
import { apiClient } from '../support/api-client';

/**
 * A DynamoDB Local of this file's own (on disk, so it can be stopped and
 * started again with its data), never the shared one the other files use.
 */
let dynamo: DynamoDbLocal;
const dataDir = mkdtempSync(join(tmpdir(), 'kdx-outage-'));
const api = apiClient();
const PATH = '/api/joint-projects/joint-procurement/participants/142085';

beforeAll(async () => {
  dynamo = await startDynamoDbLocal({ dataDir });
  overrideConfig({ dynamodbEndpoint: dynamo.endpoint, tableName: 'outage', authMode: 'local', dataDir });
  forgetReferenceData();
  await ensureTable('outage');
  await seedLocalData();
  await seedJointProjects();
  await api.token('pref-staff'); // signed in before the outage: tokens do not need the database
}, 120_000);

afterAll(async () => {
  await dynamo?.stop();
});

describe('the database goes down and comes back', () => {
  it('answers 503 with Retry-After quickly while it is down, writes nothing, and serves again without a restart of the API', async () => {
    const before = await (await api.get('/api/joint-projects/joint-procurement', 'pref-staff')).json();
    const zushi = before.participants.find((p: { orgCode: string }) => p.orgCode === '142085');

    await dynamo.stop();
    const started = Date.now();
    const read = await api.get('/api/joint-projects/joint-procurement', 'pref-staff');
    const write = await api.put(PATH, { version: zushi.version, phaseId: 'live' }, 'pref-staff');
    const elapsed = Date.now() - started;
    for (const res of [read, write]) {
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('5');
      expect((await res.json()).error.message.ja).toContain('データベースに一時的に接続できません');
    }
    expect(elapsed).toBeLessThan(10_000);

    dynamo = await startDynamoDbLocal({ dataDir, port: dynamo.port });
    const after = await api.get('/api/joint-projects/joint-procurement', 'pref-staff');
    expect(after.status).toBe(200);
    // The write refused during the outage left nothing behind; the same write now succeeds once.
    expect((await after.json()).participants.find((p: { orgCode: string }) => p.orgCode === '142085')).toEqual(zushi);
    expect((await api.put(PATH, { version: zushi.version, phaseId: 'live' }, 'pref-staff')).status).toBe(200);
  }, 120_000);
});
