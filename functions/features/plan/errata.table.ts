import type { Erratum } from '../../../shared/plan/errata';
import { defineItem } from '../../platform/db/item-type';
import { keys } from '../../platform/db/keys';
import { queryPage } from '../../platform/db/query';
import type { Page } from '../../platform/db/pagination';
import type { TransactItem } from '../../platform/db/transactions';
import { tableName } from '../../platform/db/client';

/** An erratum of a published year, in the year's errata partition, ordered by time then measure. */
export const erratumItem = defineItem<Erratum, { planId: string } & Pick<Erratum, 'fiscalYear' | 'measureNo' | 'at'>>({
  type: 'erratum',
  key: (prefCode, k) => ({ pk: keys.errata(prefCode, k.planId, k.fiscalYear), sk: `${k.at}#${k.measureNo}` }),
});

/** The Put of an erratum, written in the same transaction as the change it records. */
export function erratumPut(prefCode: string, planId: string, erratum: Erratum): TransactItem {
  return {
    Put: {
      TableName: tableName(),
      Item: erratumItem.toItem(prefCode, erratum, { ...erratum, planId }),
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  };
}

/** One page of a year's errata, oldest first. */
export async function listErrata(prefCode: string, planId: string, fiscalYear: number, limit: number, cursor?: string): Promise<Page<Erratum>> {
  const page = await queryPage<Record<string, unknown>>(
    { KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': keys.errata(prefCode, planId, fiscalYear) } },
    limit,
    cursor,
  );
  return { items: page.items.map(erratumItem.fromItem), nextCursor: page.nextCursor };
}
