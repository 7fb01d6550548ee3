import type { MeasureResult } from '../../../shared/plan/result';
import { tableName } from '../../platform/db/client';
import { defineItem } from '../../platform/db/item-type';
import { keys } from '../../platform/db/keys';
import { queryAll } from '../../platform/db/query';
import { MAX_TRANSACTION_ITEMS, transactWrite, type TransactItem } from '../../platform/db/transactions';

/**
 * The published version of a plan year (公表版): each measure's result as it stood when the year was published, in a
 * partition of its own beside the year's results. Errata change the results, never this, so the published annex
 * stays downloadable exactly as it was read out (GET …/report/annex.csv?version=published).
 */
const snapshotPartition = (prefCode: string, planId: string, fiscalYear: number) => `${keys.yearResults(prefCode, planId, fiscalYear)}#PUBLISHED`;

export const publishedResultItem = defineItem<MeasureResult, { planId: string } & Pick<MeasureResult, 'fiscalYear' | 'measureNo'>>({
  type: 'publishedResult',
  key: (prefCode, k) => ({ pk: snapshotPartition(prefCode, k.planId, k.fiscalYear), sk: `M#${k.measureNo}` }),
});

/** The published version's results of a year: one Query. Empty for a year never published. */
export async function listPublishedResults(prefCode: string, planId: string, fiscalYear: number): Promise<MeasureResult[]> {
  const items = await queryAll<Record<string, unknown>>({
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': snapshotPartition(prefCode, planId, fiscalYear) },
  });
  return items.map(publishedResultItem.fromItem);
}

/**
 * Writes the published version, a transaction per 100 results. Each Put overwrites, so a publication that died half
 * way is simply written again by the next attempt; the year is marked 公表済 only after every batch has landed
 * (functions/features/plan/publication.ts), so no reader ever sees a partial version. Leftovers of an earlier,
 * abandoned attempt for measures that no longer have a result are removed in the same batches.
 */
export async function writePublishedResults(prefCode: string, planId: string, fiscalYear: number, results: readonly MeasureResult[]): Promise<void> {
  const keep = new Set(results.map((r) => r.measureNo));
  const stale = (await listPublishedResults(prefCode, planId, fiscalYear)).filter((r) => !keep.has(r.measureNo));
  const writes: TransactItem[] = [
    ...results.map((r): TransactItem => ({ Put: { TableName: tableName(), Item: publishedResultItem.toItem(prefCode, r, { ...r, planId }) } })),
    ...stale.map((r): TransactItem => ({ Delete: { TableName: tableName(), Key: publishedResultItem.key(prefCode, { planId, fiscalYear, measureNo: r.measureNo }) } })),
  ];
  for (let i = 0; i < writes.length; i += MAX_TRANSACTION_ITEMS) await transactWrite(writes.slice(i, i + MAX_TRANSACTION_ITEMS));
}
