import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { GSI1 } from '../../platform/db/table-schema';
import type { MeasureResult } from '../../../shared/plan/result';
import { ddb, tableName } from '../../platform/db/client';
import { keys } from '../../platform/db/keys';
import { queryAll } from '../../platform/db/query';
import { guardedPut, type TransactItem } from '../../platform/db/transactions';

function stripKeys(item: Record<string, unknown>): MeasureResult {
  const { pk: _pk, sk: _sk, type: _type, gsi1pk: _g, gsi1sk: _gs, ...rest } = item;
  return rest as unknown as MeasureResult;
}

/** Pattern 2: every measure's result of a plan for one fiscal year, in one Query. */
export async function listYearResults(prefCode: string, planId: string, fiscalYear: number): Promise<MeasureResult[]> {
  const items = await queryAll<Record<string, unknown>>({
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': keys.yearResults(prefCode, planId, fiscalYear).pk },
  });
  return items.map(stripKeys);
}

/** Pattern 3: one measure's results across fiscal years (GSI1), oldest first. */
export async function listMeasureResults(prefCode: string, planId: string, measureNo: string): Promise<MeasureResult[]> {
  const items = await queryAll<Record<string, unknown>>({
    IndexName: GSI1.indexName,
    KeyConditionExpression: 'gsi1pk = :pk',
    ExpressionAttributeValues: { ':pk': keys.resultHistory(prefCode, planId, measureNo).gsi1pk },
  });
  return items.map(stripKeys);
}

export async function getResult(
  prefCode: string,
  planId: string,
  fiscalYear: number,
  measureNo: string,
): Promise<MeasureResult | undefined> {
  const out = await ddb().send(
    new GetCommand({ TableName: tableName(), Key: keys.result(prefCode, planId, fiscalYear, measureNo), ConsistentRead: true }),
  );
  return out.Item ? stripKeys(out.Item) : undefined;
}

/**
 * The Put of a result, guarded by its version: `expectedVersion` 0 means the
 * result must not exist yet; otherwise the stored version must equal it.
 * A concurrent writer therefore fails instead of being overwritten.
 */
export function resultPut(prefCode: string, planId: string, result: MeasureResult, expectedVersion: number): TransactItem {
  return guardedPut(
    {
      ...keys.result(prefCode, planId, result.fiscalYear, result.measureNo),
      ...keys.resultHistory(prefCode, planId, result.measureNo, result.fiscalYear),
      type: 'result',
      ...result,
    },
    expectedVersion,
  );
}
