import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { ddb, tableName } from './client';

/**
 * Writes many whole items, 25 per BatchWrite, retrying what DynamoDB hands
 * back unprocessed. For reference and seed data only: these writes carry no
 * conditions and no audit records.
 */
export async function batchPut(items: readonly Record<string, unknown>[]): Promise<void> {
  for (let i = 0; i < items.length; i += 25) {
    let requests: Record<string, unknown>[] | undefined = items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } }));
    while (requests && requests.length > 0) {
      const out = await ddb().send(new BatchWriteCommand({ RequestItems: { [tableName()]: requests } }));
      requests = out.UnprocessedItems?.[tableName()] as Record<string, unknown>[] | undefined;
    }
  }
}
