import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { SharedMeasure } from '../../../shared/shared-measures/definition';
import { ddb, tableName } from '../../platform/db/client';
import { batchPut } from '../../platform/db/batch';
import { defineItem } from '../../platform/db/item-type';
import { queryAll } from '../../platform/db/query';
import { guardedPut, type TransactItem } from '../../platform/db/transactions';

/** The shared-measure catalogue of a prefecture: one partition, a few dozen items. */
const catalogue = (prefCode: string) => `${prefCode}#SMCAT`;

/** A catalogue entry (a shared measure's definition). */
export const sharedMeasureItem = defineItem<SharedMeasure, Pick<SharedMeasure, 'id'>>({
  type: 'sharedMeasure',
  key: (prefCode, m) => ({ pk: catalogue(prefCode), sk: `SM#${m.id}` }),
});

export async function listSharedMeasures(prefCode: string): Promise<SharedMeasure[]> {
  const items = await queryAll<Record<string, unknown>>({
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': catalogue(prefCode) },
  });
  return items.map(sharedMeasureItem.fromItem).sort((a, b) => a.order - b.order);
}

export async function getSharedMeasure(prefCode: string, id: string): Promise<SharedMeasure | undefined> {
  const out = await ddb().send(new GetCommand({ TableName: tableName(), Key: sharedMeasureItem.key(prefCode, { id }) }));
  return out.Item ? sharedMeasureItem.fromItem(out.Item) : undefined;
}

/** The Put of a catalogue entry, guarded by its version (0 = a new entry). */
export function sharedMeasurePut(prefCode: string, measure: SharedMeasure, expectedVersion: number): TransactItem {
  return guardedPut(sharedMeasureItem.toItem(prefCode, measure), expectedVersion);
}

/** Seeds the catalogue (first start only). */
export async function putSharedMeasures(prefCode: string, measures: readonly SharedMeasure[]): Promise<void> {
  await batchPut(measures.map((m) => sharedMeasureItem.toItem(prefCode, m)));
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
        Key: sharedMeasureItem.key(prefCode, { id }),
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
      Key: sharedMeasureItem.key(prefCode, { id }),
      ...(period
        ? { UpdateExpression: 'SET latestPeriod = :p', ExpressionAttributeValues: { ':p': period } }
        : { UpdateExpression: 'REMOVE latestPeriod' }),
      ConditionExpression: 'attribute_exists(pk)',
    }),
  );
}
