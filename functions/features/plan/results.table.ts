import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { GSI1 } from '../../platform/db/table-schema';
import type { MeasureResult } from '../../../shared/plan/result';
import { ddb, tableName } from '../../platform/db/client';
import { defineItem } from '../../platform/db/item-type';
import { keys } from '../../platform/db/keys';
import { queryAll } from '../../platform/db/query';
import { guardedPut, type TransactItem } from '../../platform/db/transactions';

/** A measure's result for one fiscal year: in the year's partition (pattern 2), and in the measure's on GSI1 (pattern 3). */
export const resultItem = defineItem<MeasureResult, { planId: string } & Pick<MeasureResult, 'fiscalYear' | 'measureNo'>>({
  type: 'result',
  key: (prefCode, k) => keys.result(prefCode, k.planId, k.fiscalYear, k.measureNo),
  indexes: (prefCode, _result, k) => ({ gsi1pk: keys.measureEntity(prefCode, k.planId, k.measureNo), gsi1sk: `FY#${k.fiscalYear}` }),
});

/** Pattern 2: every measure's result of a plan for one fiscal year, in one Query. */
export async function listYearResults(prefCode: string, planId: string, fiscalYear: number): Promise<MeasureResult[]> {
  const items = await queryAll<Record<string, unknown>>({
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': keys.yearResults(prefCode, planId, fiscalYear) },
  });
  return items.map(resultItem.fromItem);
}

/** Pattern 3: one measure's results across fiscal years (GSI1), oldest first. */
export async function listMeasureResults(prefCode: string, planId: string, measureNo: string): Promise<MeasureResult[]> {
  const items = await queryAll<Record<string, unknown>>({
    IndexName: GSI1.indexName,
    KeyConditionExpression: 'gsi1pk = :pk',
    ExpressionAttributeValues: { ':pk': keys.measureEntity(prefCode, planId, measureNo) },
  });
  return items.map(resultItem.fromItem);
}

export async function getResult(
  prefCode: string,
  planId: string,
  fiscalYear: number,
  measureNo: string,
): Promise<MeasureResult | undefined> {
  const out = await ddb().send(
    new GetCommand({ TableName: tableName(), Key: resultItem.key(prefCode, { planId, fiscalYear, measureNo }), ConsistentRead: true }),
  );
  return out.Item ? resultItem.fromItem(out.Item) : undefined;
}

/**
 * The Put of a result, guarded by its version: `expectedVersion` 0 means the
 * result must not exist yet; otherwise the stored version must equal it.
 * A concurrent writer therefore fails instead of being overwritten.
 */
export function resultPut(prefCode: string, planId: string, result: MeasureResult, expectedVersion: number): TransactItem {
  return guardedPut(resultItem.toItem(prefCode, result, { ...result, planId }), expectedVersion);
}
