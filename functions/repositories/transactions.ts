import { TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { ddb } from './client';

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
