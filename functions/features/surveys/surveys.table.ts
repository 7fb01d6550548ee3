import { BatchGetCommand, GetCommand } from '@aws-sdk/lib-dynamodb';
import type { SurveyAnswer } from '../../../shared/surveys/answers';
import type { Survey } from '../../../shared/surveys/definition';
import { ddb, tableName } from '../../platform/db/client';
import { defineItem, type TableKey } from '../../platform/db/item-type';
import { queryAll, queryPage } from '../../platform/db/query';
import type { Page } from '../../platform/db/pagination';
import { GSI1, GSI2 } from '../../platform/db/table-schema';
import { guardedDelete, guardedPut, type TransactItem } from '../../platform/db/transactions';

/**
 * Surveys (照会). A survey's partition holds its definition and one answer per municipality, so its board and its
 * aggregates are one Query; each municipality asked has an entry in its own partition, so its list is one Query.
 *
 *   {pref}#SURVEY#{id}          DEF                 the survey (GSI2 {pref}#SURVEYS / {createdAt}#{id}: the prefecture's
 *                                                   list, newest first; GSI1 while sent {pref}#SURVEYS#OPEN / {deadline}#{id})
 *                               ANS#{orgCode}       a municipality's answer
 *   {pref}#SURVEYS#ORG#{org}    {sentAt}#{id}       the survey as sent to that municipality (its list, newest first)
 *   {pref}#SURVEY-REMIND        {id}#{org}#{kind}   a reminder sent (never twice)
 */
const partition = (prefCode: string, surveyId: string) => `${prefCode}#SURVEY#${surveyId}`;

export const surveyKeys = {
  partition,
  allSurveys: (prefCode: string) => `${prefCode}#SURVEYS`,
  open: (prefCode: string) => `${prefCode}#SURVEYS#OPEN`,
  inbox: (prefCode: string, orgCode: string) => `${prefCode}#SURVEYS#ORG#${orgCode}`,
  /** Audit entities. */
  surveyEntity: partition,
  answerEntity: (prefCode: string, surveyId: string, orgCode: string) => `${partition(prefCode, surveyId)}#ANS#${orgCode}`,
};

export const surveyItem = defineItem<Survey, Pick<Survey, 'id'>>({
  type: 'survey',
  key: (prefCode, s) => ({ pk: partition(prefCode, s.id), sk: 'DEF' }),
  indexes: (prefCode, s) => ({
    gsi2pk: surveyKeys.allSurveys(prefCode),
    gsi2sk: `${s.createdAt}#${s.id}`,
    // Sparse: only surveys taking answers, for the reminders and the municipalities' tasks.
    ...(s.status === 'sent' && s.deadline ? { gsi1pk: surveyKeys.open(prefCode), gsi1sk: `${s.deadline}#${s.id}` } : {}),
  }),
});

export const answerItem = defineItem<SurveyAnswer, Pick<SurveyAnswer, 'surveyId' | 'orgCode'>>({
  type: 'surveyAnswer',
  key: (prefCode, a) => ({ pk: partition(prefCode, a.surveyId), sk: `ANS#${a.orgCode}` }),
});

/** A municipality's entry of a sent survey. */
export interface SurveyInboxEntry {
  surveyId: string;
  orgCode: string;
  sentAt: string;
}
export const inboxItem = defineItem<SurveyInboxEntry>({
  type: 'surveyRecipient',
  key: (prefCode, e) => ({ pk: surveyKeys.inbox(prefCode, e.orgCode), sk: `${e.sentAt}#${e.surveyId}` }),
});

export const surveyReminderItem = defineItem<{ at: string }, { marker: string }>({
  type: 'surveyReminder',
  key: (prefCode, k) => ({ pk: `${prefCode}#SURVEY-REMIND`, sk: k.marker }),
});

export const surveyPut = (prefCode: string, s: Survey, expectedVersion: number): TransactItem => guardedPut(surveyItem.toItem(prefCode, s), expectedVersion);
export const surveyDelete = (prefCode: string, s: Survey): TransactItem => guardedDelete(surveyItem.key(prefCode, s), s.version);
export const answerPut = (prefCode: string, a: SurveyAnswer, expectedVersion: number): TransactItem => guardedPut(answerItem.toItem(prefCode, a), expectedVersion);
/** Unguarded: sending again after a partial failure writes the same entry. */
export const inboxPut = (prefCode: string, e: SurveyInboxEntry): TransactItem => ({ Put: { TableName: tableName(), Item: inboxItem.toItem(prefCode, e) } });
export const surveyReminderPut = (prefCode: string, marker: string, at: string): TransactItem => guardedPut(surveyReminderItem.toItem(prefCode, { at }, { marker }), 0);

async function getOne(key: TableKey): Promise<Record<string, unknown> | undefined> {
  return (await ddb().send(new GetCommand({ TableName: tableName(), Key: key, ConsistentRead: true }))).Item;
}

export async function findSurvey(prefCode: string, id: string): Promise<Survey | undefined> {
  const item = await getOne(surveyItem.key(prefCode, { id }));
  return item ? surveyItem.fromItem(item) : undefined;
}

export async function findAnswer(prefCode: string, surveyId: string, orgCode: string): Promise<SurveyAnswer | undefined> {
  const item = await getOne(answerItem.key(prefCode, { surveyId, orgCode }));
  return item ? answerItem.fromItem(item) : undefined;
}

/** Every answer of a survey: one Query of its partition (at most one per municipality asked). */
export async function listAnswers(prefCode: string, surveyId: string): Promise<SurveyAnswer[]> {
  const items = await queryAll<Record<string, unknown>>({
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :ans)',
    ExpressionAttributeValues: { ':pk': partition(prefCode, surveyId), ':ans': 'ANS#' },
    ConsistentRead: true,
  });
  return items.map(answerItem.fromItem);
}

/** A page of the prefecture's surveys, newest first (GSI2). */
export async function listSurveys(prefCode: string, limit: number, cursor?: string): Promise<Page<Survey>> {
  const page = await queryPage<Record<string, unknown>>(
    { IndexName: GSI2.indexName, KeyConditionExpression: 'gsi2pk = :pk', ExpressionAttributeValues: { ':pk': surveyKeys.allSurveys(prefCode) }, ScanIndexForward: false },
    limit,
    cursor,
  );
  return { items: page.items.map(surveyItem.fromItem), nextCursor: page.nextCursor };
}

/** A page of the surveys sent to one municipality, newest first. */
export async function listInbox(prefCode: string, orgCode: string, limit: number, cursor?: string): Promise<Page<SurveyInboxEntry>> {
  const page = await queryPage<Record<string, unknown>>(
    { KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': surveyKeys.inbox(prefCode, orgCode) }, ScanIndexForward: false },
    limit,
    cursor,
  );
  return { items: page.items.map((i) => inboxItem.fromItem(i)), nextCursor: page.nextCursor };
}

/** The surveys taking answers now, by deadline (GSI1; tens at most). */
export async function listOpenSurveys(prefCode: string): Promise<Survey[]> {
  const items = await queryAll<Record<string, unknown>>({ IndexName: GSI1.indexName, KeyConditionExpression: 'gsi1pk = :pk', ExpressionAttributeValues: { ':pk': surveyKeys.open(prefCode) } });
  return items.map(surveyItem.fromItem);
}

/** Many items by key, 100 per BatchGetItem (retrying what DynamoDB hands back). */
async function batchGet(keys: readonly TableKey[]): Promise<Record<string, unknown>[]> {
  const found: Record<string, unknown>[] = [];
  for (let i = 0; i < keys.length; i += 100) {
    let batch: Record<string, unknown>[] | undefined = keys.slice(i, i + 100);
    while (batch && batch.length > 0) {
      const out = await ddb().send(new BatchGetCommand({ RequestItems: { [tableName()]: { Keys: batch } } }));
      found.push(...(out.Responses?.[tableName()] ?? []));
      batch = out.UnprocessedKeys?.[tableName()]?.Keys as Record<string, unknown>[] | undefined;
    }
  }
  return found;
}

export async function getSurveys(prefCode: string, ids: readonly string[]): Promise<Survey[]> {
  return (await batchGet([...new Set(ids)].map((id) => surveyItem.key(prefCode, { id })))).map(surveyItem.fromItem);
}

export async function getAnswers(prefCode: string, orgCode: string, surveyIds: readonly string[]): Promise<SurveyAnswer[]> {
  return (await batchGet([...new Set(surveyIds)].map((surveyId) => answerItem.key(prefCode, { surveyId, orgCode })))).map(answerItem.fromItem);
}

/** Which of the markers were already sent. */
export async function sentSurveyReminders(prefCode: string, markers: readonly string[]): Promise<Set<string>> {
  const items = await batchGet(markers.map((marker) => surveyReminderItem.key(prefCode, { marker })));
  return new Set(items.map((i) => String(i.sk)));
}
