import { BatchGetCommand } from '@aws-sdk/lib-dynamodb';
import type { UserRecord } from '../../../shared/users/user';
import { batchPut } from '../../platform/db/batch';
import { ddb, tableName } from '../../platform/db/client';
import { defineItem } from '../../platform/db/item-type';

/** A prefecture's people: one partition, one item per user. */
export const userItem = defineItem<UserRecord, Pick<UserRecord, 'userId'>>({
  type: 'user',
  key: (prefCode, u) => ({ pk: `${prefCode}#USERS`, sk: `USER#${u.userId}` }),
});

/** Writes user records (local demo users on start; issue 14's administration will write them one by one, audited). */
export async function putUsers(prefCode: string, users: readonly UserRecord[]): Promise<void> {
  await batchPut(users.map((u) => userItem.toItem(prefCode, u)));
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
