import { GetCommand } from '@aws-sdk/lib-dynamodb';
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

/**
 * A stored catalogue entry. Entries from before issue 15 have no calendar or rules, and may still carry the
 * `latestPeriod` that the calendar replaced: it is dropped, so nothing can open a page on it again.
 */
function readMeasure(item: Record<string, unknown>): SharedMeasure {
  const { latestPeriod: _dropped, ...m } = sharedMeasureItem.fromItem(item) as SharedMeasure & { latestPeriod?: string };
  return { ...m, calendar: m.calendar ?? [], rules: m.rules ?? [] };
}

export async function listSharedMeasures(prefCode: string): Promise<SharedMeasure[]> {
  const items = await queryAll<Record<string, unknown>>({
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': catalogue(prefCode) },
  });
  return items.map(readMeasure).sort((a, b) => a.order - b.order);
}

export async function getSharedMeasure(prefCode: string, id: string): Promise<SharedMeasure | undefined> {
  const out = await ddb().send(new GetCommand({ TableName: tableName(), Key: sharedMeasureItem.key(prefCode, { id }) }));
  return out.Item ? readMeasure(out.Item) : undefined;
}

/** The Put of a catalogue entry, guarded by its version (0 = a new entry). */
export function sharedMeasurePut(prefCode: string, measure: SharedMeasure, expectedVersion: number): TransactItem {
  return guardedPut(sharedMeasureItem.toItem(prefCode, measure), expectedVersion);
}

/** Seeds the catalogue (first start only). */
export async function putSharedMeasures(prefCode: string, measures: readonly SharedMeasure[]): Promise<void> {
  await batchPut(measures.map((m) => sharedMeasureItem.toItem(prefCode, m)));
}
