import { BatchGetCommand, GetCommand, type BatchGetCommandOutput } from '@aws-sdk/lib-dynamodb';
import type { ReportedValueRecord } from '../../../shared/api/shared-measures';
import { ddb, tableName } from '../../platform/db/client';
import { batchPut } from '../../platform/db/batch';
import { defineItem } from '../../platform/db/item-type';
import { queryAll, queryPage } from '../../platform/db/query';
import type { Page } from '../../platform/db/pagination';
import { GSI1, GSI2 } from '../../platform/db/table-schema';
import { guardedPut, type TransactItem } from '../../platform/db/transactions';

/** The national figure is kept as one more "organisation" in the period's partition. */
export const NATIONAL = 'national';

export type ValueKey = Pick<ReportedValueRecord, 'measureId' | 'period' | 'orgCode'>;

export const valueKeys = {
  /** One measure, one period: the partition of its values (read item by item on writes). */
  period: (prefCode: string, measureId: string, period: string) => `${prefCode}#SM#${measureId}#P#${period}`,
  item: (prefCode: string, v: ValueKey) => sharedValueItem.key(prefCode, v),
  /** GSI1, pattern 4: one measure across periods, sorted by period then organisation — a comparison (a period and the one before) or a trend is one Query. */
  trend: (prefCode: string, measureId: string) => `${prefCode}#SM#${measureId}`,
  /** Pattern 5 (GSI2): one organisation's values across measures and periods (profile). */
  profile: (prefCode: string, orgCode: string) => `${prefCode}#ORGV#${orgCode}`,
  entity: (prefCode: string, v: ValueKey) => `${prefCode}#SM#${v.measureId}#ORG#${v.orgCode}#P#${v.period}`,
};

/** One organisation's value of one shared measure for one period (the national figure's too). */
export const sharedValueItem = defineItem<ReportedValueRecord, ValueKey>({
  type: 'sharedValue',
  key: (prefCode, v) => ({ pk: valueKeys.period(prefCode, v.measureId, v.period), sk: `ORG#${v.orgCode}` }),
  indexes: (prefCode, v) => ({
    gsi1pk: valueKeys.trend(prefCode, v.measureId),
    gsi1sk: `${v.period}#${v.orgCode}`,
    gsi2pk: valueKeys.profile(prefCode, v.orgCode),
    gsi2sk: `${v.measureId}#${v.period}`,
  }),
});

/** A stored value; items written before issue 15 carry no review state: they were published, so confirmed. */
export const readValue = (item: Record<string, unknown>): ReportedValueRecord => {
  const v = sharedValueItem.fromItem(item);
  return v.review ? v : { ...v, review: 'confirmed' };
};

/** One measure's values over a range of periods (inclusive), all organisations: one Query on GSI1. */
export async function listTrendValues(prefCode: string, measureId: string, from: string, to: string): Promise<ReportedValueRecord[]> {
  const items = await queryAll<Record<string, unknown>>({
    IndexName: GSI1.indexName,
    KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk BETWEEN :from AND :to',
    ExpressionAttributeValues: { ':pk': valueKeys.trend(prefCode, measureId), ':from': `${from}#`, ':to': `${to}#~` },
  });
  return items.map(readValue);
}

/** One organisation's values across measures and periods, a page at a time: one Query on GSI2. */
export async function listOrganisationValues(prefCode: string, orgCode: string, limit: number, cursor?: string): Promise<Page<ReportedValueRecord>> {
  const page = await queryPage<Record<string, unknown>>(
    {
      IndexName: GSI2.indexName,
      KeyConditionExpression: 'gsi2pk = :pk',
      ExpressionAttributeValues: { ':pk': valueKeys.profile(prefCode, orgCode) },
    },
    limit,
    cursor,
  );
  return { items: page.items.map(readValue), nextCursor: page.nextCursor };
}

/** Every value of one organisation (pattern 5, one Query on GSI2 followed to its end): templates and task lists. */
export async function listAllOrganisationValues(prefCode: string, orgCode: string): Promise<ReportedValueRecord[]> {
  const items = await queryAll<Record<string, unknown>>({
    IndexName: GSI2.indexName,
    KeyConditionExpression: 'gsi2pk = :pk',
    ExpressionAttributeValues: { ':pk': valueKeys.profile(prefCode, orgCode) },
  });
  return items.map(readValue);
}

/**
 * One measure's values of one period, every organisation: one Query of its partition (the review queue reads one
 * per opened window, in parallel).
 */
export async function listPeriodValues(prefCode: string, measureId: string, period: string): Promise<ReportedValueRecord[]> {
  const items = await queryAll<Record<string, unknown>>({
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': valueKeys.period(prefCode, measureId, period) },
  });
  return items.map(readValue);
}

/**
 * Several values by key in one round trip (a strongly consistent BatchGetItem, at most 100 keys), asking again only
 * for keys DynamoDB hands back unprocessed. A save reads the value, its previous period's and the values its rules
 * compare against this way (issue 15: a save costs at most this and its transaction).
 */
export async function getValues(prefCode: string, keys: readonly ValueKey[]): Promise<(ReportedValueRecord | undefined)[]> {
  const wanted = keys.map((k) => sharedValueItem.key(prefCode, k));
  const unique = [...new Map(wanted.map((k) => [`${k.pk}|${k.sk}`, k])).values()];
  const found = new Map<string, ReportedValueRecord>();
  const chunks: Record<string, unknown>[][] = [];
  for (let i = 0; i < unique.length; i += 100) chunks.push(unique.slice(i, i + 100));
  // An import reads up to a few thousand keys: its chunks go in parallel.
  await Promise.all(
    chunks.map(async (chunk) => {
      let batch: Record<string, unknown>[] | undefined = chunk;
      while (batch && batch.length > 0) {
        const out: BatchGetCommandOutput = await ddb().send(new BatchGetCommand({ RequestItems: { [tableName()]: { Keys: batch, ConsistentRead: true } } }));
        for (const item of out.Responses?.[tableName()] ?? []) found.set(`${item.pk}|${item.sk}`, readValue(item));
        batch = out.UnprocessedKeys?.[tableName()]?.Keys;
      }
    }),
  );
  return wanted.map((k) => found.get(`${k.pk}|${k.sk}`));
}

export async function getValue(prefCode: string, key: Pick<ReportedValueRecord, 'measureId' | 'period' | 'orgCode'>) {
  const out = await ddb().send(new GetCommand({ TableName: tableName(), Key: sharedValueItem.key(prefCode, key), ConsistentRead: true }));
  return out.Item ? readValue(out.Item) : undefined;
}

/** Seeds sample values (first start only; they are marked `sample`). */
export async function putSampleValues(prefCode: string, values: readonly ReportedValueRecord[]): Promise<void> {
  await batchPut(values.map((v) => sharedValueItem.toItem(prefCode, v)));
}

/** The Put of a value, guarded by its version (0 = must not exist yet). */
export function valuePut(prefCode: string, value: ReportedValueRecord, expectedVersion: number): TransactItem {
  return guardedPut(sharedValueItem.toItem(prefCode, value), expectedVersion);
}
