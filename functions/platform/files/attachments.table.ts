import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Attachment } from '../../../shared/files/attachments';
import { ddb, tableName } from '../db/client';
import { defineItem } from '../db/item-type';
import { queryAll } from '../db/query';
import type { TransactItem } from '../db/transactions';

/**
 * A thread's files live in its partition (`A#{id}`), beside one counter item
 * (`A`) holding how many there are, pending or stored. Every write that adds
 * or removes a file changes the counter in the same transaction, and adding
 * one is conditional on the counter being under the limit: parallel
 * registrations cannot pass it. Writes that depend on a state (the file's,
 * the thread's) carry that state as their condition, so a change of state
 * between the read and the write fails the write.
 *
 * These are the items progress reports have always stored (their thread is
 * functions/features/joint-projects/progress-reports.table.ts `reportKeys.thread`).
 */
export interface ThreadFileKey {
  pk: string;
  id: string;
}

/** A file on a thread. Where a confirmed file is stored stays on the server. */
export const threadAttachmentItem = defineItem<Attachment, ThreadFileKey>({
  type: 'attachment',
  key: (_prefCode, k) => ({ pk: k.pk, sk: `A#${k.id}` }),
  internal: ['objectKey'],
});

/** How many files a thread has, pending or stored. */
export const threadAttachmentCounterItem = defineItem<{ count: number }, { pk: string }>({
  type: 'attachmentCount',
  key: (_prefCode, k) => ({ pk: k.pk, sk: 'A' }),
});

/** A file with where its confirmed copy is kept (never shown to callers: the key layout stays inside). */
export interface AttachmentRecord {
  attachment: Attachment;
  /** The confirmed copy's key; absent while pending, and on report files confirmed before copies had keys of their own. */
  objectKey?: string;
}

const fileKey = (pk: string, id: string) => threadAttachmentItem.key('', { pk, id });
const counterKey = (pk: string) => threadAttachmentCounterItem.key('', { pk });

function record(item: Record<string, unknown>): AttachmentRecord {
  return { attachment: threadAttachmentItem.fromItem(item), objectKey: item.objectKey as string | undefined };
}

/** A thread's files and their counter (undefined before the first registration that kept one): one Query. */
export async function listAttachmentRecords(pk: string): Promise<{ records: AttachmentRecord[]; count: number | undefined }> {
  const items = await queryAll<Record<string, unknown> & { sk: string }>({
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :a)',
    ExpressionAttributeValues: { ':pk': pk, ':a': 'A' },
    ConsistentRead: true,
  });
  const counter = items.find((i) => i.sk === 'A');
  return {
    records: items.filter((i) => i.sk.startsWith('A#')).map(record),
    count: counter ? Number(threadAttachmentCounterItem.fromItem(counter).count) : undefined,
  };
}

export async function getAttachmentRecord(pk: string, attachmentId: string): Promise<AttachmentRecord | undefined> {
  const out = await ddb().send(new GetCommand({ TableName: tableName(), Key: fileKey(pk, attachmentId), ConsistentRead: true }));
  return out.Item ? record(out.Item) : undefined;
}

/** A new pending registration. */
export function pendingAttachmentPut(prefCode: string, pk: string, attachment: Attachment): TransactItem {
  return { Put: { TableName: tableName(), Item: threadAttachmentItem.toItem(prefCode, attachment, { pk, id: attachment.id }), ConditionExpression: 'attribute_not_exists(pk)' } };
}

/**
 * One more file, if the counter is under `max`. `seen` is the counter as
 * read: undefined (a thread whose files predate the counter) starts it at
 * `initial`, once (a parallel first registration fails and reads again).
 */
export function counterIncrement(prefCode: string, pk: string, seen: number | undefined, initial: number, max: number): TransactItem {
  if (seen === undefined) {
    return { Put: { TableName: tableName(), Item: threadAttachmentCounterItem.toItem(prefCode, { count: initial }, { pk }), ConditionExpression: 'attribute_not_exists(pk)' } };
  }
  return {
    Update: {
      TableName: tableName(),
      Key: counterKey(pk),
      UpdateExpression: 'SET #n = #n + :one',
      ConditionExpression: '#n < :max',
      ExpressionAttributeNames: { '#n': 'count' },
      ExpressionAttributeValues: { ':one': 1, ':max': max },
    },
  };
}

/** One file fewer. Without a counter (files older than it) the counter must still be absent. */
export function counterDecrement(pk: string, seen: number | undefined): TransactItem {
  if (seen === undefined) return { ConditionCheck: { TableName: tableName(), Key: counterKey(pk), ConditionExpression: 'attribute_not_exists(pk)' } };
  return {
    Update: {
      TableName: tableName(),
      Key: counterKey(pk),
      UpdateExpression: 'SET #n = #n - :one',
      ConditionExpression: '#n > :zero',
      ExpressionAttributeNames: { '#n': 'count' },
      ExpressionAttributeValues: { ':one': 1, ':zero': 0 },
    },
  };
}

/** Confirms a registration: only while it is still pending and not expired at `at`. */
export function confirmUpdate(pk: string, attachmentId: string, objectKey: string, at: string): TransactItem {
  return {
    Update: {
      TableName: tableName(),
      Key: fileKey(pk, attachmentId),
      UpdateExpression: 'SET #s = :stored, uploadedAt = :at, objectKey = :key REMOVE expiresAt',
      ConditionExpression: '#s = :pending AND expiresAt > :at',
      ExpressionAttributeNames: { '#s': 'status' },
      ExpressionAttributeValues: { ':stored': 'stored', ':pending': 'pending', ':at': at, ':key': objectKey },
    },
  };
}

/**
 * Drops a registration that is still pending: one refused at confirmation,
 * or (with `expiredAt`) one whose time ran out by then. Registrations made
 * before expiry was recorded count as expired.
 */
export function pendingDelete(pk: string, attachmentId: string, expiredAt?: string): TransactItem {
  return {
    Delete: {
      TableName: tableName(),
      Key: fileKey(pk, attachmentId),
      ConditionExpression: expiredAt ? '#s = :pending AND (attribute_not_exists(expiresAt) OR expiresAt <= :now)' : '#s = :pending',
      ExpressionAttributeNames: { '#s': 'status' },
      ExpressionAttributeValues: { ':pending': 'pending', ...(expiredAt ? { ':now': expiredAt } : {}) },
    },
  };
}

/** Removes a confirmed file's record: only a stored one (a pending one may be mid-confirmation). */
export function storedDelete(pk: string, attachmentId: string): TransactItem {
  return {
    Delete: {
      TableName: tableName(),
      Key: fileKey(pk, attachmentId),
      ConditionExpression: '#s = :stored',
      ExpressionAttributeNames: { '#s': 'status' },
      ExpressionAttributeValues: { ':stored': 'stored' },
    },
  };
}
