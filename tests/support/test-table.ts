import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { overrideConfig } from '../../functions/config';
import { ensureTable } from '../../functions/repositories/create-table';
import { seedLocalData, seedSharedMeasures } from '../../scripts/seed';

/**
 * Points this test file at a fresh table of its own in the shared DynamoDB
 * Local, optionally loaded with the organisations and the FY2024 DX plan.
 */
export async function useTestTable(options: { seed?: boolean; sharedMeasures?: boolean } = {}): Promise<string> {
  const tableName = `test-${randomUUID()}`;
  overrideConfig({ dynamodbEndpoint: inject('dynamoEndpoint'), tableName, authMode: 'local' });
  await ensureTable(tableName);
  if (options.seed ?? true) await seedLocalData();
  if (options.sharedMeasures) await seedSharedMeasures();
  return tableName;
}
