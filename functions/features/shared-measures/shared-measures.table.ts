import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { SharedMeasure } from '../../../shared/shared-measures/definition';
import { ddb, tableName } from '../../platform/db/client';
import { batchPut } from '../../platform/db/batch';
import { queryAll } from '../../platform/db/query';
import { guardedPut, type TransactItem } from '../../platform/db/transactions';

/** The shared-measure catalogue of a prefecture: one partition, a few dozen items. */
const catalogue = (prefCode: string) => `${prefCode}#SMCAT`;

const strip = (item: Record<string, unknown>): SharedMeasure => {
  const { pk: _pk, sk: _sk, type: _t, ...rest } = item;
  return rest as unknown as SharedMeasure;
};

export async function listSharedMeasures(prefCode: string): Promise<SharedMeasure[]> {
  const items = await queryAll<Record<string, unknown>>({
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': catalogue(prefCode) },
  });
  return items.map(strip).sort((a, b) => a.order - b.order);
}

export async function getSharedMeasure(prefCode: string, id: string): Promise<SharedMeasure | undefined> {
  const out = await ddb().send(new GetCommand({ TableName: tableName(), Key: { pk: catalogue(prefCode), sk: `SM#${id}` } }));
  return out.Item ? strip(out.Item) : undefined;
}

const catalogueItem = (prefCode: string, measure: SharedMeasure) => ({ pk: catalogue(prefCode), sk: `SM#${measure.id}`, type: 'sharedMeasure', ...measure });

/** The Put of a catalogue entry, guarded by its version (0 = a new entry). */
export function sharedMeasurePut(prefCode: string, measure: SharedMeasure, expectedVersion: number): TransactItem {
  return guardedPut(catalogueItem(prefCode, measure), expectedVersion);
}

/** Seeds the catalogue (first start only). */
export async function putSharedMeasures(prefCode: string, measures: readonly SharedMeasure[]): Promise<void> {
  await batchPut(measures.map((m) => catalogueItem(prefCode, m)));
}

/**
 * Moves a measure's latest period forward when a later one is reported. Best
 * effort, outside the value's transaction: a stale latestPeriod only changes
 * which period a page opens on.
 */
export async function advanceLatestPeriod(prefCode: string, id: string, period: string): Promise<boolean> {
  try {
    await ddb().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: { pk: catalogue(prefCode), sk: `SM#${id}` },
        UpdateExpression: 'SET latestPeriod = :p',
        ConditionExpression: 'attribute_exists(pk) AND (attribute_not_exists(latestPeriod) OR latestPeriod < :p)',
        ExpressionAttributeValues: { ':p': period },
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

/** An administrator's correction of the latest period (or its removal when no values are left). */
export async function setLatestPeriod(prefCode: string, id: string, period: string | undefined): Promise<void> {
  await ddb().send(
    new UpdateCommand({
      TableName: tableName(),
      Key: { pk: catalogue(prefCode), sk: `SM#${id}` },
      ...(period
        ? { UpdateExpression: 'SET latestPeriod = :p', ExpressionAttributeValues: { ':p': period } }
        : { UpdateExpression: 'REMOVE latestPeriod' }),
      ConditionExpression: 'attribute_exists(pk)',
    }),
  );
}
