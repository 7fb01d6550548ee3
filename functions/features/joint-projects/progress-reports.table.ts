import { STATE_RULES } from '../../../shared/joint-projects/workflow';
import { BatchGetCommand, GetCommand, type BatchGetCommandOutput } from '@aws-sdk/lib-dynamodb';
import type { ProgressReport, ReportComment } from '../../../shared/api/joint-projects';
import type { JointProject } from '../../../shared/joint-projects/definition';
import type { Participation } from '../../../shared/joint-projects/participation';
import type { Attachment } from '../../../shared/joint-projects/attachments';
import type { ReportMark } from '../../../shared/joint-projects/participation';
import { ddb, tableName } from '../../platform/db/client';
import { defineItem } from '../../platform/db/item-type';
import { participationItem, projectDefinitionItem, projectKeys } from './joint-projects.table';
import { queryAll, queryPage } from '../../platform/db/query';
import type { Page } from '../../platform/db/pagination';
import { GSI2 } from '../../platform/db/table-schema';
import { guardedPut, type TransactItem } from '../../platform/db/transactions';
import { threadAttachmentItem } from '../../platform/files/attachments.table';

export interface ReportKey {
  projectId: string;
  periodId: string;
  orgCode: string;
}

/** A report's name: its thread's partition and its audit entity. */
const reportName = (prefCode: string, k: ReportKey) => `${prefCode}#JP#${k.projectId}#R#${k.periodId}#${k.orgCode}`;

/**
 * Progress reports live in their project's partition (`R#{period}#{org}`), so
 * one period's reports are one Query. Each report's comments and attachments
 * have a partition of their own (its thread), written without touching the
 * report's version: a comment never conflicts with a review.
 */
export const reportKeys = {
  thread: reportName,
  /** GSI2, pattern 7: reports awaiting review across the prefecture's projects, oldest submission first. */
  reviewQueue: (prefCode: string) => `${prefCode}#JP#REVIEW`,
  entity: reportName,
};

/**
 * A progress report. A submitted one carries the review-queue keys; any other
 * state leaves them out, so the queue (a sparse index) holds exactly the
 * reports awaiting review.
 */
export const progressReportItem = defineItem<ProgressReport, ReportKey>({
  type: 'progressReport',
  key: (prefCode, k) => ({ pk: projectKeys.partition(prefCode, k.projectId), sk: `R#${k.periodId}#${k.orgCode}` }),
  indexes: (prefCode, r) =>
    STATE_RULES[r.state].awaitingReview
      ? { gsi2pk: reportKeys.reviewQueue(prefCode), gsi2sk: `${r.submittedAt}#${r.projectId}#${r.periodId}#${r.orgCode}` }
      : {},
});

/** A comment in a report's thread, in time order. */
export const reportCommentItem = defineItem<ReportComment, ReportKey & Pick<ReportComment, 'at' | 'id'>>({
  type: 'reportComment',
  key: (prefCode, k) => ({ pk: reportKeys.thread(prefCode, k), sk: `C#${k.at}#${k.id}` }),
});

/**
 * An evidence file of a report: a thread file in its thread (functions/platform/files/attachments.table.ts
 * writes it), named here by the report. Where a confirmed file is stored stays on the server.
 */
export const attachmentItem = defineItem<Attachment, ReportKey & Pick<Attachment, 'id'>>({
  type: threadAttachmentItem.type,
  key: (prefCode, k) => threadAttachmentItem.key(prefCode, { pk: reportKeys.thread(prefCode, k), id: k.id }),
  internal: ['objectKey'],
});

export async function getReport(prefCode: string, key: ReportKey): Promise<ProgressReport | undefined> {
  const out = await ddb().send(new GetCommand({ TableName: tableName(), Key: progressReportItem.key(prefCode, key), ConsistentRead: true }));
  return out.Item ? progressReportItem.fromItem(out.Item) : undefined;
}

/**
 * A report with its project's definition and the municipality's participation,
 * in one round trip (a strongly consistent BatchGetItem of the three items).
 */
export async function getReportWithProject(
  prefCode: string,
  key: ReportKey,
): Promise<{ project?: JointProject; participation?: Participation; report?: ProgressReport }> {
  const wanted = {
    project: projectDefinitionItem.key(prefCode, { id: key.projectId }),
    participation: participationItem.key(prefCode, key),
    report: progressReportItem.key(prefCode, key),
  };
  const found: Record<string, unknown>[] = [];
  let keys: Record<string, unknown>[] | undefined = Object.values(wanted);
  while (keys && keys.length > 0) {
    const out: BatchGetCommandOutput = await ddb().send(new BatchGetCommand({ RequestItems: { [tableName()]: { Keys: keys, ConsistentRead: true } } }));
    found.push(...(out.Responses?.[tableName()] ?? []));
    // DynamoDB may hand back keys it did not get to (throttling); ask again for those only.
    keys = out.UnprocessedKeys?.[tableName()]?.Keys;
  }
  const pick = <T>(k: { pk: string; sk: string }, itemType: { fromItem: (item: Record<string, unknown>) => T }) => {
    const item = found.find((i) => i.pk === k.pk && i.sk === k.sk);
    return item ? itemType.fromItem(item) : undefined;
  };
  return {
    project: pick(wanted.project, projectDefinitionItem),
    participation: pick(wanted.participation, participationItem),
    report: pick(wanted.report, progressReportItem),
  };
}

/** The Put of a report, guarded by its version (0 = new). */
export function reportPut(prefCode: string, report: ProgressReport, expectedVersion: number): TransactItem {
  return guardedPut(progressReportItem.toItem(prefCode, report), expectedVersion);
}

/**
 * Records the report's new state on its participation item (the board), and
 * keeps the approved figures there in step: set on approval, removed when an
 * approval is withdrawn. The participation must exist.
 */
export function reportMarkUpdate(prefCode: string, key: ReportKey, mark: ReportMark, approvedFigures?: Record<string, number>): TransactItem {
  return {
    Update: {
      TableName: tableName(),
      Key: participationItem.key(prefCode, key),
      UpdateExpression: approvedFigures
        ? 'SET reports.#p = :mark, approvedFigures.#p = :figures'
        : 'SET reports.#p = :mark REMOVE approvedFigures.#p',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeNames: { '#p': key.periodId },
      ExpressionAttributeValues: { ':mark': mark, ...(approvedFigures ? { ':figures': approvedFigures } : {}) },
    },
  };
}

/** Reports awaiting review, oldest submission first: one Query on GSI2. */
export async function listReviewQueue(prefCode: string, limit: number, cursor?: string): Promise<Page<ProgressReport>> {
  const page = await queryPage<Record<string, unknown>>(
    { IndexName: GSI2.indexName, KeyConditionExpression: 'gsi2pk = :pk', ExpressionAttributeValues: { ':pk': reportKeys.reviewQueue(prefCode) } },
    limit,
    cursor,
  );
  return { items: page.items.map(progressReportItem.fromItem), nextCursor: page.nextCursor };
}

/** A report's comments (oldest first) and attachments: one Query of its thread. */
export async function getThread(prefCode: string, key: ReportKey): Promise<{ comments: ReportComment[]; attachments: Attachment[] }> {
  const items = await queryAll<Record<string, unknown> & { sk: string }>({
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': reportKeys.thread(prefCode, key) },
    ConsistentRead: true,
  });
  return {
    attachments: items.filter((i) => i.sk.startsWith('A#')).map(attachmentItem.fromItem),
    comments: items.filter((i) => i.sk.startsWith('C#')).map(reportCommentItem.fromItem),
  };
}

export function commentPut(prefCode: string, key: ReportKey, comment: ReportComment): TransactItem {
  return guardedPut(reportCommentItem.toItem(prefCode, comment, { ...key, at: comment.at, id: comment.id }), 0);
}
