import { REPORT_STATES, STATE_RULES } from '../../../shared/joint-projects/workflow';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Attachment } from '../../../shared/joint-projects/attachments';
import { ddb, tableName } from '../../platform/db/client';
import { defineItem } from '../../platform/db/item-type';
import { attachmentItem, progressReportItem, reportKeys, type ReportKey } from './progress-reports.table';
import { queryAll } from '../../platform/db/query';
import type { TransactItem } from '../../platform/db/transactions';

/**
 * A report's attachments live in its thread partition (`A#{id}`), beside one
 * counter item (`A`) holding how many there are, pending or stored. Every
 * write that adds or removes an attachment changes the counter in the same
 * transaction, and adding one is conditional on the counter being under the
 * limit: parallel registrations cannot pass it. Writes that depend on a state
 * (the attachment's, the report's) carry that state as their condition, so a
 * change of state between the read and the write fails the write.
 */
const attachmentKey = (prefCode: string, key: ReportKey, attachmentId: string) => attachmentItem.key(prefCode, { ...key, id: attachmentId });

/** How many attachments a report has, pending or stored (the attachment itself: progress-reports.table.ts). */
export const attachmentCounterItem = defineItem<{ count: number }, ReportKey>({
  type: 'attachmentCount',
  key: (prefCode, k) => ({ pk: reportKeys.thread(prefCode, k), sk: 'A' }),
});
const counterKey = (prefCode: string, key: ReportKey) => attachmentCounterItem.key(prefCode, key);

/** An attachment with where its confirmed file is kept (never shown to callers: the key layout stays inside). */
export interface AttachmentRecord {
  attachment: Attachment;
  /** The confirmed copy's key; absent while pending, and on files confirmed before copies had keys of their own. */
  objectKey?: string;
}

function record(item: Record<string, unknown>): AttachmentRecord {
  return { attachment: attachmentItem.fromItem(item), objectKey: item.objectKey as string | undefined };
}

/** A report's attachments and their counter (undefined before the first registration that kept one): one Query. */
export async function listAttachmentRecords(prefCode: string, key: ReportKey): Promise<{ records: AttachmentRecord[]; count: number | undefined }> {
  const items = await queryAll<Record<string, unknown> & { sk: string }>({
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :a)',
    ExpressionAttributeValues: { ':pk': reportKeys.thread(prefCode, key), ':a': 'A' },
    ConsistentRead: true,
  });
  const counter = items.find((i) => i.sk === 'A');
  return {
    records: items.filter((i) => i.sk.startsWith('A#')).map(record),
    count: counter ? Number(attachmentCounterItem.fromItem(counter).count) : undefined,
  };
}

export async function getAttachmentRecord(prefCode: string, key: ReportKey, attachmentId: string): Promise<AttachmentRecord | undefined> {
  const out = await ddb().send(new GetCommand({ TableName: tableName(), Key: attachmentKey(prefCode, key, attachmentId), ConsistentRead: true }));
  return out.Item ? record(out.Item) : undefined;
}

/** A new pending registration. */
export function pendingAttachmentPut(prefCode: string, key: ReportKey, attachment: Attachment): TransactItem {
  return {
    Put: { TableName: tableName(), Item: attachmentItem.toItem(prefCode, attachment, { ...key, id: attachment.id }), ConditionExpression: 'attribute_not_exists(pk)' },
  };
}

/**
 * One more attachment, if the counter is under `max`. `seen` is the counter
 * as read: undefined (a report whose files predate the counter) starts it at
 * `initial`, once (a parallel first registration fails and reads again).
 */
export function counterIncrement(prefCode: string, key: ReportKey, seen: number | undefined, initial: number, max: number): TransactItem {
  if (seen === undefined) {
    return {
      Put: { TableName: tableName(), Item: attachmentCounterItem.toItem(prefCode, { count: initial }, key), ConditionExpression: 'attribute_not_exists(pk)' },
    };
  }
  return {
    Update: {
      TableName: tableName(),
      Key: counterKey(prefCode, key),
      UpdateExpression: 'SET #n = #n + :one',
      ConditionExpression: '#n < :max',
      ExpressionAttributeNames: { '#n': 'count' },
      ExpressionAttributeValues: { ':one': 1, ':max': max },
    },
  };
}

/** One attachment fewer. Without a counter (files older than it) the counter must still be absent. */
export function counterDecrement(prefCode: string, key: ReportKey, seen: number | undefined): TransactItem {
  if (seen === undefined) return { ConditionCheck: { TableName: tableName(), Key: counterKey(prefCode, key), ConditionExpression: 'attribute_not_exists(pk)' } };
  return {
    Update: {
      TableName: tableName(),
      Key: counterKey(prefCode, key),
      UpdateExpression: 'SET #n = #n - :one',
      ConditionExpression: '#n > :zero',
      ExpressionAttributeNames: { '#n': 'count' },
      ExpressionAttributeValues: { ':one': 1, ':zero': 0 },
    },
  };
}

/** Confirms a registration: only while it is still pending and not expired at `now`. */
export function confirmUpdate(prefCode: string, key: ReportKey, attachmentId: string, objectKey: string, at: string): TransactItem {
  return {
    Update: {
      TableName: tableName(),
      Key: attachmentKey(prefCode, key, attachmentId),
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
export function pendingDelete(prefCode: string, key: ReportKey, attachmentId: string, expiredAt?: string): TransactItem {
  return {
    Delete: {
      TableName: tableName(),
      Key: attachmentKey(prefCode, key, attachmentId),
      ConditionExpression: expiredAt ? '#s = :pending AND (attribute_not_exists(expiresAt) OR expiresAt <= :now)' : '#s = :pending',
      ExpressionAttributeNames: { '#s': 'status' },
      ExpressionAttributeValues: { ':pending': 'pending', ...(expiredAt ? { ':now': expiredAt } : {}) },
    },
  };
}

/** Removes a confirmed file's record: only a stored one (a pending one may be mid-confirmation). */
export function storedDelete(prefCode: string, key: ReportKey, attachmentId: string): TransactItem {
  return {
    Delete: {
      TableName: tableName(),
      Key: attachmentKey(prefCode, key, attachmentId),
      ConditionExpression: '#s = :stored',
      ExpressionAttributeNames: { '#s': 'status' },
      ExpressionAttributeValues: { ':stored': 'stored' },
    },
  };
}

/** The report is still with the municipality (an editable state: STATE_RULES): files may change only then. */
export function reportEditableCheck(prefCode: string, key: ReportKey): TransactItem {
  const editable = REPORT_STATES.filter((s) => STATE_RULES[s].editable);
  const values = Object.fromEntries(editable.map((s, i) => [`:s${i}`, s]));
  return {
    ConditionCheck: {
      TableName: tableName(),
      Key: progressReportItem.key(prefCode, key),
      ConditionExpression: `#st IN (${Object.keys(values).join(', ')})`,
      ExpressionAttributeNames: { '#st': 'state' },
      ExpressionAttributeValues: values,
    },
  };
}
