import { BatchGetCommand } from '@aws-sdk/lib-dynamodb';
import type { UserRecord } from '../../../shared/users/user';
import { batchPut } from '../../platform/db/batch';
import { ddb, tableName } from '../../platform/db/client';

/** A prefecture's people: one partition, one item per user (keys in one place, as for every item type). */
export const userKeys = {
  item: (prefCode: string, userId: string) => ({ pk: `${prefCode}#USERS`, sk: `USER#${userId}` }),
};

const userItem = (prefCode: string, user: UserRecord) => ({ ...userKeys.item(prefCode, user.userId), type: 'user', ...user });

function toUser(item: Record<string, unknown>): UserRecord {
  const { pk: _pk, sk: _sk, type: _type, ...rest } = item;
  return rest as unknown as UserRecord;
}

/** Writes user records (local demo users on start; issue 14's administration will write them one by one, audited). */
export async function putUsers(prefCode: string, users: readonly UserRecord[]): Promise<void> {
  await batchPut(users.map((u) => userItem(prefCode, u)));
}

/** The records of the given users, in one BatchGetItem per 100 ids (retrying what DynamoDB hands back). */
export async function getUsers(prefCode: string, userIds: readonly string[]): Promise<UserRecord[]> {
  const unique = [...new Set(userIds)];
  const found: UserRecord[] = [];
  for (let i = 0; i < unique.length; i += 100) {
    let keys: Record<string, unknown>[] | undefined = unique.slice(i, i + 100).map((id) => userKeys.item(prefCode, id));
    while (keys && keys.length > 0) {
      const out = await ddb().send(new BatchGetCommand({ RequestItems: { [tableName()]: { Keys: keys } } }));
      found.push(...(out.Responses?.[tableName()] ?? []).map(toUser));
      keys = out.UnprocessedKeys?.[tableName()]?.Keys as Record<string, unknown>[] | undefined;
    }
  }
  return found;
}
