import {
  CreateTableCommand,
  ResourceInUseException,
  waitUntilTableExists,
} from '@aws-sdk/client-dynamodb';
import { ddb } from './client';
import { GLOBAL_SECONDARY_INDEXES, TABLE_KEY } from './table-schema';

/**
 * Creates the table locally with the same keys and indexes as the CDK stack
 * (both read table-schema.ts). Does nothing when the table already exists.
 */
export async function ensureTable(name: string): Promise<void> {
  const client = ddb();
  const attributes = [TABLE_KEY.partitionKey, TABLE_KEY.sortKey, ...GLOBAL_SECONDARY_INDEXES.flatMap((g) => [g.partitionKey, g.sortKey])];
  try {
    await client.send(
      new CreateTableCommand({
        TableName: name,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: attributes.map((AttributeName) => ({ AttributeName, AttributeType: 'S' })),
        KeySchema: [
          { AttributeName: TABLE_KEY.partitionKey, KeyType: 'HASH' },
          { AttributeName: TABLE_KEY.sortKey, KeyType: 'RANGE' },
        ],
        GlobalSecondaryIndexes: GLOBAL_SECONDARY_INDEXES.map((g) => ({
          IndexName: g.indexName,
          KeySchema: [
            { AttributeName: g.partitionKey, KeyType: 'HASH' },
            { AttributeName: g.sortKey, KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        })),
      }),
    );
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
  }
  await waitUntilTableExists({ client, maxWaitTime: 30 }, { TableName: name });
}
