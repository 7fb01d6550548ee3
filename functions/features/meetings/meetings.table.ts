import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { ActionItem, ActionStatus } from '../../../shared/meetings/action-item';
import type { Meeting } from '../../../shared/meetings/meeting';
import { ddb, tableName } from '../../platform/db/client';
import { defineItem } from '../../platform/db/item-type';
import type { Page } from '../../platform/db/pagination';
import { queryAll, queryPage } from '../../platform/db/query';
import { GSI1 } from '../../platform/db/table-schema';
import { guardedDelete, guardedPut, type TransactItem } from '../../platform/db/transactions';

/**
 * The council's meetings (推進会議) and their action items (docs/architecture.md, "Item types"):
 *
 *   {pref}#MEETINGS            {date}#{meetingId}   the registry: a copy of each meeting, by date (a year is one Query)
 *   {pref}#MEETING#{meetingId}  DEF                  the meeting (agenda, decisions, minutes)
 *                               ITEM#{itemId}        an action item; GSI1 {pref}#ACTIONS#{owner} / {status}#{deadline}#{meetingId}#{itemId}
 *   {pref}#MEETING#{meetingId}#FILES                 its materials (functions/platform/files/attachments.ts)
 *
 * Statuses sort done < in_progress < open, so one owner's unfinished items are one Query (gsi1sk > 'done#~').
 */
const partition = (prefCode: string, meetingId: string) => `${prefCode}#MEETING#${meetingId}`;

export const meetingKeys = {
  registry: (prefCode: string) => `${prefCode}#MEETINGS`,
  partition,
  materials: (prefCode: string, meetingId: string) => `${partition(prefCode, meetingId)}#FILES`,
  owner: (prefCode: string, owner: string) => `${prefCode}#ACTIONS#${owner}`,
  /** Audit entities. */
  meetingEntity: partition,
  actionItemEntity: (prefCode: string, meetingId: string, itemId: string) => `${partition(prefCode, meetingId)}#ITEM#${itemId}`,
};

export const meetingItem = defineItem<Meeting, Pick<Meeting, 'id'>>({
  type: 'meeting',
  key: (prefCode, m) => ({ pk: partition(prefCode, m.id), sk: 'DEF' }),
});

/** The registry's copy, written in the same transaction as the meeting. */
export const meetingRegistryItem = defineItem<Meeting, Pick<Meeting, 'id' | 'date'>>({
  type: 'meetingEntry',
  key: (prefCode, m) => ({ pk: meetingKeys.registry(prefCode), sk: `${m.date}#${m.id}` }),
});

export const actionItemItem = defineItem<ActionItem, Pick<ActionItem, 'meetingId' | 'id'>>({
  type: 'actionItem',
  key: (prefCode, a) => ({ pk: partition(prefCode, a.meetingId), sk: `ITEM#${a.id}` }),
  indexes: (prefCode, a) => ({ gsi1pk: meetingKeys.owner(prefCode, a.owner), gsi1sk: `${a.status}#${a.deadline}#${a.meetingId}#${a.id}` }),
});

export async function getMeeting(prefCode: string, meetingId: string): Promise<Meeting | undefined> {
  const out = await ddb().send(new GetCommand({ TableName: tableName(), Key: meetingItem.key(prefCode, { id: meetingId }), ConsistentRead: true }));
  return out.Item ? meetingItem.fromItem(out.Item) : undefined;
}

/** A meeting and its action items: one Query of its partition (DEF, ITEM#…). */
export async function getMeetingWithItems(prefCode: string, meetingId: string): Promise<{ meeting?: Meeting; items: ActionItem[] }> {
  const rows = await queryAll<Record<string, unknown>>({
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': partition(prefCode, meetingId) },
    ConsistentRead: true,
  });
  const def = rows.find((r) => r.sk === 'DEF');
  return {
    meeting: def ? meetingItem.fromItem(def) : undefined,
    items: rows.filter((r) => r.type === actionItemItem.type).map(actionItemItem.fromItem),
  };
}

export async function getActionItem(prefCode: string, meetingId: string, itemId: string): Promise<ActionItem | undefined> {
  const out = await ddb().send(new GetCommand({ TableName: tableName(), Key: actionItemItem.key(prefCode, { meetingId, id: itemId }), ConsistentRead: true }));
  return out.Item ? actionItemItem.fromItem(out.Item) : undefined;
}

/** A page of the registry, newest first; a fiscal year (April–March) is a key range. */
export async function listMeetings(prefCode: string, range: { from: string; to: string } | undefined, limit: number, cursor?: string): Promise<Page<Meeting>> {
  const page = await queryPage<Record<string, unknown>>(
    range
      ? {
          KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
          ExpressionAttributeValues: { ':pk': meetingKeys.registry(prefCode), ':from': range.from, ':to': `${range.to}#~` },
          ScanIndexForward: false,
        }
      : { KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': meetingKeys.registry(prefCode) }, ScanIndexForward: false },
    limit,
    cursor,
  );
  return { items: page.items.map(meetingRegistryItem.fromItem), nextCursor: page.nextCursor };
}

/** Every meeting of the prefecture, for search (a council meets a few times a year). */
export async function listAllMeetings(prefCode: string): Promise<Meeting[]> {
  const rows = await queryAll<Record<string, unknown>>({ KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': meetingKeys.registry(prefCode) } });
  return rows.map(meetingRegistryItem.fromItem);
}

/** A page of one owner's items on GSI1: by status (or unfinished ones), then deadline. */
export async function listOwnerItems(prefCode: string, owner: string, status: ActionStatus | 'unfinished' | undefined, limit: number, cursor?: string): Promise<Page<ActionItem>> {
  const page = await queryPage<Record<string, unknown>>(ownerQuery(prefCode, owner, status), limit, cursor);
  return { items: page.items.map(actionItemItem.fromItem), nextCursor: page.nextCursor };
}

/** All of one owner's unfinished items (tasks): bounded by what a council assigns to one owner. */
export async function listUnfinishedItems(prefCode: string, owner: string): Promise<ActionItem[]> {
  return (await queryAll<Record<string, unknown>>(ownerQuery(prefCode, owner, 'unfinished'))).map(actionItemItem.fromItem);
}

function ownerQuery(prefCode: string, owner: string, status: ActionStatus | 'unfinished' | undefined) {
  const base = { IndexName: GSI1.indexName, ExpressionAttributeValues: { ':pk': meetingKeys.owner(prefCode, owner) } as Record<string, string> };
  if (status === undefined) return { ...base, KeyConditionExpression: 'gsi1pk = :pk' };
  if (status === 'unfinished') {
    return { ...base, KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk > :done', ExpressionAttributeValues: { ...base.ExpressionAttributeValues, ':done': 'done#~' } };
  }
  return { ...base, KeyConditionExpression: 'gsi1pk = :pk AND begins_with(gsi1sk, :s)', ExpressionAttributeValues: { ...base.ExpressionAttributeValues, ':s': `${status}#` } };
}

/** The meeting and its registry copy (moved when the date changed), guarded by the meeting's version. */
export function meetingPuts(prefCode: string, next: Meeting, current: Meeting | undefined): TransactItem[] {
  const puts = [guardedPut(meetingItem.toItem(prefCode, next), current?.version ?? 0), guardedPut(meetingRegistryItem.toItem(prefCode, next))];
  if (current && current.date !== next.date) puts.push(guardedDelete(meetingRegistryItem.key(prefCode, current)));
  return puts;
}

/** An item, guarded by the version it was read at (0: it must not exist yet). */
export function actionItemPut(prefCode: string, item: ActionItem, expectedVersion: number): TransactItem {
  return guardedPut(actionItemItem.toItem(prefCode, item), expectedVersion);
}
