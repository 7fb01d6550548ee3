import { QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { ddb, tableName } from './client';
import { decodeCursor, encodeCursor, type Page } from './pagination';

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

/** Runs one page of a Query for a client-facing list. */
export async function queryPage<T>(input: KeyCondition, limit: number, cursor: string | undefined): Promise<Page<T>> {
  const page = await ddb().send(
    new QueryCommand({ TableName: tableName(), ...input, Limit: limit, ExclusiveStartKey: decodeCursor(cursor) }),
  );
  return { items: (page.Items ?? []) as T[], nextCursor: encodeCursor(page.LastEvaluatedKey) };
}
