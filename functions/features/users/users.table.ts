import { BatchGetCommand, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { ROLES, type Role } from '../../../shared/auth/roles';
import type { UserRecord } from '../../../shared/users/user';
import { auditPut, type AuditInput } from '../../platform/db/audit';
import { batchPut } from '../../platform/db/batch';
import { ddb, tableName } from '../../platform/db/client';
import { defineItem } from '../../platform/db/item-type';
import type { Page } from '../../platform/db/pagination';
import { queryAll, queryPage } from '../../platform/db/query';
import { GSI1, GSI2 } from '../../platform/db/table-schema';
import { guardedPut, transactWrite, type TransactItem } from '../../platform/db/transactions';

const usersPartition = (prefCode: string) => `${prefCode}#USERS`;
/** Roles in the order lists show them (administrators first), then names. */
const roleRank = (role: Role) => String(ROLES.indexOf(role));
const listSortKey = (u: UserRecord) => `${roleRank(u.role)}#${u.role}#${u.name}#${u.userId}`;

/**
 * A prefecture's people: one partition, one item per user. GSI1 lists the whole prefecture, GSI2 one organisation,
 * each by status (the partition) then role and name (the sort key), so every list page is one Query.
 */
export const userItem = defineItem<UserRecord, Pick<UserRecord, 'userId'>>({
  type: 'user',
  key: (prefCode, u) => ({ pk: usersPartition(prefCode), sk: `USER#${u.userId}` }),
  indexes: (prefCode, u) => ({
    gsi1pk: `${usersPartition(prefCode)}#${u.status}`,
    gsi1sk: listSortKey(u),
    gsi2pk: `${usersPartition(prefCode)}#ORG#${u.orgCode}#${u.status}`,
    gsi2sk: listSortKey(u),
  }),
});

/** Claims an e-mail address for one user, so that two invitations of the same person cannot both succeed. */
export const userEmailItem = defineItem<{ email: string; userId: string }, { email: string }>({
  type: 'userEmail',
  key: (prefCode, e) => ({ pk: usersPartition(prefCode), sk: `EMAIL#${e.email}` }),
});

/** The audit entity of one user's account. */
export const userEntity = (prefCode: string, userId: string) => `${usersPartition(prefCode)}#${userId}`;

/** Writes the seeded demo users' records and their e-mail claims (no conditions, no audit: seed data only). */
export async function putUsers(prefCode: string, users: readonly UserRecord[]): Promise<void> {
  await batchPut(users.flatMap((u) => [userItem.toItem(prefCode, u), userEmailItem.toItem(prefCode, { email: u.email, userId: u.userId })]));
}

/** The records of the given users, in one BatchGetItem per 100 ids (retrying what DynamoDB hands back). */
export async function getUsers(prefCode: string, userIds: readonly string[]): Promise<UserRecord[]> {
  const unique = [...new Set(userIds)];
  const found: UserRecord[] = [];
  for (let i = 0; i < unique.length; i += 100) {
    let keys: Record<string, unknown>[] | undefined = unique.slice(i, i + 100).map((userId) => userItem.key(prefCode, { userId }));
    while (keys && keys.length > 0) {
      const out = await ddb().send(new BatchGetCommand({ RequestItems: { [tableName()]: { Keys: keys } } }));
      found.push(...(out.Responses?.[tableName()] ?? []).map(userItem.fromItem));
      keys = out.UnprocessedKeys?.[tableName()]?.Keys as Record<string, unknown>[] | undefined;
    }
  }
  return found;
}

/** One user's record, or undefined: one strongly consistent GetItem (an administrator's change is seen at once). */
export async function findUser(prefCode: string, userId: string): Promise<UserRecord | undefined> {
  const out = await ddb().send(new GetCommand({ TableName: tableName(), Key: userItem.key(prefCode, { userId }), ConsistentRead: true }));
  return out.Item ? userItem.fromItem(out.Item) : undefined;
}

/** Who holds an e-mail address, if anyone does. */
export async function findUserIdByEmail(prefCode: string, email: string): Promise<string | undefined> {
  const out = await ddb().send(new GetCommand({ TableName: tableName(), Key: userEmailItem.key(prefCode, { email }), ConsistentRead: true }));
  return out.Item?.userId as string | undefined;
}

/**
 * Every record of a prefecture's people. Only the local OpenID provider's sign-in page and the seed use it (a few
 * hundred records at most); the administration pages list one page of one organisation at a time.
 */
export async function listAllUsers(prefCode: string): Promise<UserRecord[]> {
  const items = await queryAll<Record<string, unknown>>({
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :user)',
    ExpressionAttributeValues: { ':pk': usersPartition(prefCode), ':user': 'USER#' },
  });
  return items.map(userItem.fromItem);
}

/** One page of a prefecture's (or one organisation's) users of one status, by role then name: one Query. */
export async function userPage(
  prefCode: string,
  filter: { orgCode?: string; role?: Role; status: UserRecord['status'] },
  limit: number,
  cursor: string | undefined,
): Promise<Page<UserRecord>> {
  const index = filter.orgCode ? GSI2 : GSI1;
  const pk = filter.orgCode ? `${usersPartition(prefCode)}#ORG#${filter.orgCode}#${filter.status}` : `${usersPartition(prefCode)}#${filter.status}`;
  const page = await queryPage<Record<string, unknown>>(
    {
      IndexName: index.indexName,
      KeyConditionExpression: filter.role ? '#pk = :pk AND begins_with(#sk, :role)' : '#pk = :pk',
      ExpressionAttributeNames: filter.role ? { '#pk': index.partitionKey, '#sk': index.sortKey } : { '#pk': index.partitionKey },
      ExpressionAttributeValues: filter.role ? { ':pk': pk, ':role': `${roleRank(filter.role)}#${filter.role}#` } : { ':pk': pk },
    },
    limit,
    cursor,
  );
  return { items: page.items.map(userItem.fromItem), nextCursor: page.nextCursor };
}

/** How many active prefecture administrators there are, counting to two at most (one Query). */
export async function activePrefectureAdmins(prefCode: string): Promise<UserRecord[]> {
  return (await userPage(prefCode, { role: 'prefecture_admin', status: 'active' }, 2, undefined)).items;
}

/**
 * A new user's record, the claim on their e-mail address, and the audit record, in one transaction: 'email' when
 * the address is claimed already (someone invited the same person at the same moment).
 */
export async function createUser(prefCode: string, user: UserRecord, audit: AuditInput): Promise<void> {
  await transactWrite([
    guardedPut(userItem.toItem(prefCode, user), 0),
    guardedPut(userEmailItem.toItem(prefCode, { email: user.email, userId: user.userId }), 0),
    auditPut(audit),
  ]);
}

/** A changed record, guarded by the version it was read at, with its audit record (versioned-write.ts answers 409). */
export function userUpdate(prefCode: string, user: UserRecord, expectedVersion: number, audit: AuditInput): TransactItem[] {
  return [guardedPut(userItem.toItem(prefCode, user), expectedVersion), auditPut(audit)];
}

/**
 * Notes that a token was used for the first time: only if the record's last sign-in is older than the token, so
 * each token writes at most once, whichever process sees it first. False when another process wrote it first.
 */
export async function recordSignIn(prefCode: string, userId: string, issuedAt: string, now: string): Promise<boolean> {
  try {
    await ddb().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: userItem.key(prefCode, { userId }),
        UpdateExpression: 'SET lastSignInAt = :now',
        ConditionExpression: 'attribute_exists(pk) AND (attribute_not_exists(lastSignInAt) OR lastSignInAt < :issued)',
        ExpressionAttributeValues: { ':now': now, ':issued': issuedAt },
      }),
    );
    return true;
  } catch (error) {
    if ((error as { name?: string }).name === 'ConditionalCheckFailedException') return false;
    throw error;
  }
}
