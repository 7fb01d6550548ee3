import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
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

type ValueKey = Pick<ReportedValueRecord, 'measureId' | 'period' | 'orgCode'>;

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

/** One measure's values over a range of periods (inclusive), all organisations: one Query on GSI1. */
export async function listTrendValues(prefCode: string, measureId: string, from: string, to: string): Promise<ReportedValueRecord[]> {
  const items = await queryAll<Record<string, unknown>>({
    IndexName: GSI1.indexName,
    KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk BETWEEN :from AND :to',
    ExpressionAttributeValues: { ':pk': valueKeys.trend(prefCode, measureId), ':from': `${from}#`, ':to': `${to}#~` },
  });
  return items.map(sharedValueItem.fromItem);
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
  return { items: page.items.map(sharedValueItem.fromItem), nextCursor: page.nextCursor };
}

/** How many municipalities have a value for one period (the national figure not counted): one Query of keys only. */
export async function countReportedMunicipalities(prefCode: string, measureId: string, period: string): Promise<number> {
  const out = await ddb().send(
    new QueryCommand({
      TableName: tableName(),
      // Municipal codes are digits, which sort before the national figure's key (ORG#national) and ':'.
      KeyConditionExpression: 'pk = :pk AND sk BETWEEN :first AND :last',
      ExpressionAttributeValues: { ':pk': valueKeys.period(prefCode, measureId, period), ':first': 'ORG#0', ':last': 'ORG#:' },
      Select: 'COUNT',
      ConsistentRead: true,
    }),
  );
  return out.Count ?? 0;
}

/** The newest period with any municipality's value: one Query on GSI1, newest first, a handful of items read. */
export async function newestReportedPeriod(prefCode: string, measureId: string): Promise<string | undefined> {
  let start: Record<string, unknown> | undefined;
  do {
    const out = await ddb().send(
      new QueryCommand({
        TableName: tableName(),
        IndexName: GSI1.indexName,
        KeyConditionExpression: 'gsi1pk = :pk',
        ExpressionAttributeValues: { ':pk': valueKeys.trend(prefCode, measureId) },
        ScanIndexForward: false,
        Limit: 50,
        ExclusiveStartKey: start,
      }),
    );
    const item = (out.Items ?? []).find((i) => i.orgCode !== NATIONAL);
    if (item) return item.period as string;
    start = out.LastEvaluatedKey;
  } while (start);
  return undefined;
}

export async function getValue(prefCode: string, key: Pick<ReportedValueRecord, 'measureId' | 'period' | 'orgCode'>) {
  const out = await ddb().send(new GetCommand({ TableName: tableName(), Key: sharedValueItem.key(prefCode, key), ConsistentRead: true }));
  return out.Item ? sharedValueItem.fromItem(out.Item) : undefined;
}

/** Seeds sample values (first start only; they are marked `sample`). */
export async function putSampleValues(prefCode: string, values: readonly ReportedValueRecord[]): Promise<void> {
  await batchPut(values.map((v) => sharedValueItem.toItem(prefCode, v)));
}

/** The Put of a value, guarded by its version (0 = must not exist yet). */
export function valuePut(prefCode: string, value: ReportedValueRecord, expectedVersion: number): TransactItem {
  return guardedPut(sharedValueItem.toItem(prefCode, value), expectedVersion);
}
