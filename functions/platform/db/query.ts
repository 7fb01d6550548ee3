import { QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { ddb, tableName } from './client';
import { cursorScope, decodeCursor, encodeCursor, type Page } from './pagination';

type KeyCondition = Omit<QueryCommandInput, 'TableName' | 'ExclusiveStartKey' | 'Limit'>;

/** Runs a Query to the end of its partition (following LastEvaluatedKey); for bounded partitions only. */
export async function queryAll<T>(input: KeyCondition): Promise<T[]> {
  const items: T[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await ddb().send(new QueryCommand({ TableName: tableName(), ...input, ExclusiveStartKey: start }));
    items.push(...((page.Items ?? []) as T[]));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}

/**
 * Runs one page of a Query for a client-facing list. The cursor is sealed to
 * this query (table, index, key condition, filter and their values), so one
 * made by another list, or by this list for another partition, is a 400.
 *
 * DynamoDB counts `Limit` before a FilterExpression, so one filtered Query may
 * match nothing while matches lie further on: a filtered page asks again, for
 * no more than it still lacks, until it has `limit` items or the partition
 * ends. Asking for no more than it lacks means it never reads past the last item
 * it returns, so the cursor stays exact.
 */
export async function queryPage<T>(input: KeyCondition, limit: number, cursor: string | undefined): Promise<Page<T>> {
  const TableName = tableName();
  const scope = cursorScope({
    TableName,
    IndexName: input.IndexName ?? null,
    KeyConditionExpression: input.KeyConditionExpression ?? null,
    FilterExpression: input.FilterExpression ?? null,
    ExpressionAttributeNames: input.ExpressionAttributeNames ?? null,
    ExpressionAttributeValues: input.ExpressionAttributeValues ?? null,
  });
  const items: T[] = [];
  let start = decodeCursor(cursor, scope);
  do {
    const page = await ddb().send(new QueryCommand({ TableName, ...input, Limit: limit - items.length, ExclusiveStartKey: start }));
    items.push(...((page.Items ?? []) as T[]));
    start = page.LastEvaluatedKey;
  } while (input.FilterExpression && items.length < limit && start);
  return { items, nextCursor: encodeCursor(start, scope) };
}
