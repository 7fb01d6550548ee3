import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { batchPut } from '../../platform/db/batch';
import type { Organisation } from '../../../shared/org/organisation';
import { ddb, tableName } from '../../platform/db/client';
import { keys } from '../../platform/db/keys';
import { queryAll, queryPage } from '../../platform/db/query';
import type { Page } from '../../platform/db/pagination';

function toOrganisation(item: Record<string, unknown>): Organisation {
  const { pk: _pk, sk: _sk, type: _type, ...rest } = item;
  return rest as unknown as Organisation;
}

/** The prefecture and its municipalities, one page at a time, in code order. */
export async function listOrganisations(prefCode: string, limit: number, cursor?: string): Promise<Page<Organisation>> {
  const page = await queryPage<Record<string, unknown>>(
    { KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': keys.organisations(prefCode).pk } },
    limit,
    cursor,
  );
  return { items: page.items.map(toOrganisation), nextCursor: page.nextCursor };
}

/** All organisations of a prefecture (at most a few dozen), for the local sign-in list. */
export async function listAllOrganisations(prefCode: string): Promise<Organisation[]> {
  const items = await queryAll<Record<string, unknown>>({
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': keys.organisations(prefCode).pk },
  });
  return items.map(toOrganisation);
}

export async function getOrganisation(prefCode: string, orgCode: string): Promise<Organisation | undefined> {
  const out = await ddb().send(new GetCommand({ TableName: tableName(), Key: keys.organisation(prefCode, orgCode) }));
  return out.Item ? toOrganisation(out.Item) : undefined;
}

/** Writes the reference list of organisations. */
export async function putOrganisations(prefCode: string, organisations: readonly Organisation[]): Promise<void> {
  await batchPut(organisations.map((org) => ({ ...keys.organisation(prefCode, org.code), type: 'organisation', ...org })));
}
