import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { batchPut } from '../../platform/db/batch';
import type { Organisation } from '../../../shared/org/organisation';
import { ddb, tableName } from '../../platform/db/client';
import { defineItem } from '../../platform/db/item-type';
import { queryAll, queryPage } from '../../platform/db/query';
import type { Page } from '../../platform/db/pagination';

/** The prefecture and its municipalities: one partition, one item per organisation, in code order. */
const partition = (prefCode: string) => `${prefCode}#ORGS`;

export const organisationItem = defineItem<Organisation, Pick<Organisation, 'code'>>({
  type: 'organisation',
  key: (prefCode, o) => ({ pk: partition(prefCode), sk: `ORG#${o.code}` }),
});

/** The prefecture and its municipalities, one page at a time, in code order. */
export async function listOrganisations(prefCode: string, limit: number, cursor?: string): Promise<Page<Organisation>> {
  const page = await queryPage<Record<string, unknown>>(
    { KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': partition(prefCode) } },
    limit,
    cursor,
  );
  return { items: page.items.map(organisationItem.fromItem), nextCursor: page.nextCursor };
}

/** All organisations of a prefecture (at most a few dozen), for the local sign-in list. */
export async function listAllOrganisations(prefCode: string): Promise<Organisation[]> {
  const items = await queryAll<Record<string, unknown>>({
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': partition(prefCode) },
  });
  return items.map(organisationItem.fromItem);
}

export async function getOrganisation(prefCode: string, orgCode: string): Promise<Organisation | undefined> {
  const out = await ddb().send(new GetCommand({ TableName: tableName(), Key: organisationItem.key(prefCode, { code: orgCode }) }));
  return out.Item ? organisationItem.fromItem(out.Item) : undefined;
}

/** Writes the reference list of organisations. */
export async function putOrganisations(prefCode: string, organisations: readonly Organisation[]): Promise<void> {
  await batchPut(organisations.map((org) => organisationItem.toItem(prefCode, org)));
}
