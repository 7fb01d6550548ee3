import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { overrideConfig } from '../../functions/platform/config';
import { ensureTable } from '../../functions/platform/db/create-table';
import { forgetReferenceData } from '../../functions/platform/db/reference-cache';
import { seedJointProjects, seedLocalData, seedPeople, seedPublishedYears, seedSharedMeasures, seedWorkingTogether } from '../../scripts/seed';

/**
 * Points this test file at a fresh table of its own in the shared DynamoDB
 * Local (and a data directory of its own, for the mail outbox and local
 * attachments), always with the organisations and the demo users' records, optionally with the FY2024 DX plan.
 */
export async function useTestTable(options: { seed?: boolean; sharedMeasures?: boolean; jointProjects?: boolean; publishedYears?: boolean; workingTogether?: boolean } = {}): Promise<string> {
  const tableName = `test-${randomUUID()}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'kdx-test-'));
  overrideConfig({ dynamodbEndpoint: inject('dynamoEndpoint'), tableName, authMode: 'local', dataDir, mailMode: 'outbox', fileStore: 'local' });
  forgetReferenceData();
  await ensureTable(tableName);
  // Without the plan, still the people: tokens are issued only to users with a record.
  if (options.seed ?? true) await seedLocalData();
  else await seedPeople();
  if (options.sharedMeasures) await seedSharedMeasures();
  if (options.jointProjects) await seedJointProjects();
  if (options.publishedYears) await seedPublishedYears();
  if (options.workingTogether) await seedWorkingTogether();
  return tableName;
}
