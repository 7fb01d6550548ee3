import { TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { ddb, tableName } from './client';

export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** DynamoDB's limit on items in one TransactWriteItems call. */
export const MAX_TRANSACTION_ITEMS = 100;

/** A condition on an item failed: someone changed it since it was read. */
export class ConditionFailedError extends Error {
  constructor(readonly failedIndexes: number[]) {
    super('A conditional write failed');
  }
}

/**
 * The Put of a whole item. With `expectedVersion` it is guarded: 0 means the
 * item must not exist yet, otherwise the stored `version` must equal it, so a
 * concurrent writer fails instead of being overwritten.
 */
export function guardedPut(item: Record<string, unknown>, expectedVersion?: number): TransactItem {
  const guard =
    expectedVersion === undefined
      ? {}
      : expectedVersion === 0
        ? { ConditionExpression: 'attribute_not_exists(pk)' }
        : { ConditionExpression: '#v = :v', ExpressionAttributeNames: { '#v': 'version' }, ExpressionAttributeValues: { ':v': expectedVersion } };
  return { Put: { TableName: tableName(), Item: item, ...guard } };
}

/** The Delete of an item, guarded like `guardedPut` (without a version: unconditional). */
export function guardedDelete(key: Record<string, unknown>, expectedVersion?: number): TransactItem {
  const guard =
    expectedVersion === undefined
      ? {}
      : { ConditionExpression: '#v = :v', ExpressionAttributeNames: { '#v': 'version' }, ExpressionAttributeValues: { ':v': expectedVersion } };
  return { Delete: { TableName: tableName(), Key: key, ...guard } };
}

/**
 * Writes the items in one transaction: all of them or none. A failed condition
 * becomes a ConditionFailedError naming which items failed.
 */
export async function transactWrite(items: TransactItem[]): Promise<void> {
  if (items.length === 0) return;
  if (items.length > MAX_TRANSACTION_ITEMS) throw new Error(`A transaction holds at most ${MAX_TRANSACTION_ITEMS} items`);
  try {
    await ddb().send(new TransactWriteCommand({ TransactItems: items }));
  } catch (error) {
    if (error instanceof TransactionCanceledException) {
      const reasons = error.CancellationReasons ?? [];
      const failed = reasons.flatMap((r, i) => (r.Code === 'ConditionalCheckFailed' ? [i] : []));
      if (failed.length > 0) throw new ConditionFailedError(failed);
    }
    throw error;
  }
}
