import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Consultation, ConsultationMessage } from '../../../shared/consultations/consultation';
import { ddb, tableName } from '../../platform/db/client';
import { defineItem } from '../../platform/db/item-type';
import { queryAll, queryPage } from '../../platform/db/query';
import type { Page } from '../../platform/db/pagination';
import { GSI1, GSI2 } from '../../platform/db/table-schema';
import { listFilter } from './filters';
import { guardedDelete, guardedPut, type TransactItem } from '../../platform/db/transactions';

/**
 * The consultation desk's items (docs/architecture.md, "Item types"). Each consultation has a partition of its
 * own, its thread: the consultation (`DEF`), its messages (`M#{at}#{id}`) and its files (`A#…`, written by
 * functions/platform/files/attachments.ts). The prefecture lists all (GSI1), a municipality its own (GSI2), newest
 * first; consultations still waiting for a first reply sit in a queue partition of their own.
 */
export const consultationKeys = {
  thread: (prefCode: string, id: string) => `${prefCode}#CONSULT#${id}`,
  all: (prefCode: string) => `${prefCode}#CONSULTS`,
  ofOrg: (prefCode: string, orgCode: string) => `${prefCode}#CONSULTS#ORG#${orgCode}`,
  waiting: (prefCode: string) => `${prefCode}#CONSULTS#WAITING`,
  /** The audit entity: the thread's name. */
  entity: (prefCode: string, id: string) => `${prefCode}#CONSULT#${id}`,
};

export const consultationItem = defineItem<Consultation, Pick<Consultation, 'id'>>({
  type: 'consultation',
  key: (prefCode, k) => ({ pk: consultationKeys.thread(prefCode, k.id), sk: 'DEF' }),
  indexes: (prefCode, c) => ({
    gsi1pk: consultationKeys.all(prefCode),
    gsi1sk: `${c.createdAt}#${c.id}`,
    gsi2pk: consultationKeys.ofOrg(prefCode, c.orgCode),
    gsi2sk: `${c.createdAt}#${c.id}`,
  }),
});

export const consultationMessageItem = defineItem<ConsultationMessage, { consultationId: string } & Pick<ConsultationMessage, 'at' | 'id'>>({
  type: 'consultationMessage',
  key: (prefCode, k) => ({ pk: consultationKeys.thread(prefCode, k.consultationId), sk: `M#${k.at}#${k.id}` }),
});

/** A consultation still 受付 (nobody at the prefecture has replied): the prefecture's やること counts these. */
type Waiting = { consultationId: string; orgCode: string; createdAt: string };
export const consultationWaitingItem = defineItem<Waiting>({
  type: 'consultationWaiting',
  key: (prefCode, w) => ({ pk: consultationKeys.waiting(prefCode), sk: `${w.createdAt}#${w.consultationId}` }),
});

export const consultationPut = (prefCode: string, c: Consultation, expectedVersion: number): TransactItem =>
  guardedPut(consultationItem.toItem(prefCode, c), expectedVersion);

export const messagePut = (prefCode: string, consultationId: string, m: ConsultationMessage): TransactItem =>
  guardedPut(consultationMessageItem.toItem(prefCode, m, { consultationId, at: m.at, id: m.id }), 0);

export const waitingPut = (prefCode: string, c: Consultation): TransactItem =>
  guardedPut(consultationWaitingItem.toItem(prefCode, { consultationId: c.id, orgCode: c.orgCode, createdAt: c.createdAt }), 0);

export const waitingDelete = (prefCode: string, c: Consultation): TransactItem =>
  guardedDelete(consultationWaitingItem.key(prefCode, { consultationId: c.id, orgCode: c.orgCode, createdAt: c.createdAt }));

/** The thread still takes files: checked in the same transaction as every file change. */
export const openThreadCheck = (prefCode: string, id: string): TransactItem => ({
  ConditionCheck: {
    TableName: tableName(),
    Key: consultationItem.key(prefCode, { id }),
    ConditionExpression: 'attribute_exists(pk) AND #s <> :resolved',
    ExpressionAttributeNames: { '#s': 'status' },
    ExpressionAttributeValues: { ':resolved': 'resolved' },
  },
});

export async function getConsultation(prefCode: string, id: string): Promise<Consultation | undefined> {
  const out = await ddb().send(new GetCommand({ TableName: tableName(), Key: consultationItem.key(prefCode, { id }), ConsistentRead: true }));
  return out.Item ? consultationItem.fromItem(out.Item) : undefined;
}

/** The thread's messages, oldest first (a consultation's thread is bounded: it closes when resolved). */
export async function listMessages(prefCode: string, id: string): Promise<ConsultationMessage[]> {
  const items = await queryAll<Record<string, unknown>>({
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :m)',
    ExpressionAttributeValues: { ':pk': consultationKeys.thread(prefCode, id), ':m': 'M#' },
    ConsistentRead: true,
  });
  return items.map(consultationMessageItem.fromItem);
}

export interface ConsultationFilter {
  status?: string;
  category?: string;
}

/** One page of consultations, newest first: the prefecture's all (GSI1) or one municipality's (GSI2). */
export async function listConsultations(
  prefCode: string,
  scope: { orgCode?: string },
  filter: ConsultationFilter,
  limit: number,
  cursor?: string,
): Promise<Page<Consultation>> {
  const index = scope.orgCode ? GSI2 : GSI1;
  const partition = scope.orgCode ? consultationKeys.ofOrg(prefCode, scope.orgCode) : consultationKeys.all(prefCode);
  const { expression, values } = listFilter({ status: filter.status, category: filter.category });
  const page = await queryPage<Record<string, unknown>>(
    {
      IndexName: index.indexName,
      KeyConditionExpression: `${index.partitionKey} = :p`,
      ExpressionAttributeValues: { ':p': partition, ...values },
      ...expression,
      ScanIndexForward: false,
    },
    limit,
    cursor,
  );
  return { items: page.items.map(consultationItem.fromItem), nextCursor: page.nextCursor };
}

/** Every consultation that arrived between two instants (one fiscal year: the statistics). */
export async function consultationsBetween(prefCode: string, from: string, to: string): Promise<Consultation[]> {
  const items = await queryAll<Record<string, unknown>>({
    IndexName: GSI1.indexName,
    KeyConditionExpression: `${GSI1.partitionKey} = :p AND ${GSI1.sortKey} BETWEEN :from AND :to`,
    ExpressionAttributeValues: { ':p': consultationKeys.all(prefCode), ':from': from, ':to': to },
  });
  return items.map(consultationItem.fromItem);
}

/** A municipality's consultations in one status (its やること: those answered, to read and resolve). */
export async function orgConsultationsIn(prefCode: string, orgCode: string, status: string): Promise<Consultation[]> {
  const items = await queryAll<Record<string, unknown>>({
    IndexName: GSI2.indexName,
    KeyConditionExpression: `${GSI2.partitionKey} = :p`,
    FilterExpression: '#s = :s',
    ExpressionAttributeNames: { '#s': 'status' },
    ExpressionAttributeValues: { ':p': consultationKeys.ofOrg(prefCode, orgCode), ':s': status },
  });
  return items.map(consultationItem.fromItem);
}

/** How many consultations wait for the prefecture's first reply (one Query of the queue partition). */
export async function countWaiting(prefCode: string): Promise<number> {
  const items = await queryAll<Record<string, unknown>>({
    KeyConditionExpression: 'pk = :p',
    ExpressionAttributeValues: { ':p': consultationKeys.waiting(prefCode) },
    ProjectionExpression: 'sk',
  });
  return items.length;
}
