import type { Notice } from '../../../shared/api/joint-projects';
import { defineItem } from '../../platform/db/item-type';
import { queryPage } from '../../platform/db/query';
import type { Page } from '../../platform/db/pagination';
import { guardedPut, type TransactItem } from '../../platform/db/transactions';

/**
 * In-app notices. A notice goes to an audience rather than a person: all
 * staff of one municipality (`ORG#{code}`), or the prefecture's reviewers
 * (`PREF`). Each user's list is one Query of their audience, newest first.
 */
export type NoticeAudience = `ORG#${string}` | 'PREF';

const audiencePartition = (prefCode: string, audience: NoticeAudience) => `${prefCode}#NOTICE#${audience}`;

/** A notice in its audience's partition, in time order. */
export const noticeItem = defineItem<Notice, { audience: NoticeAudience } & Pick<Notice, 'at' | 'id'>>({
  type: 'notice',
  key: (prefCode, k) => ({ pk: audiencePartition(prefCode, k.audience), sk: `${k.at}#${k.id}` }),
});

/**
 * One marker per reminder sent, so a re-run of the daily job never sends it
 * twice: its key says which reminder, the item only when.
 */
export const reminderMarkerItem = defineItem<{ at: string }, { projectId: string; marker: string }>({
  type: 'reminder',
  key: (prefCode, k) => ({ pk: `${prefCode}#JP#${k.projectId}#REMIND`, sk: k.marker }),
});

export function noticePut(prefCode: string, audience: NoticeAudience, notice: Notice): TransactItem {
  return guardedPut(noticeItem.toItem(prefCode, notice, { ...notice, audience }), 0);
}

export async function listNotices(prefCode: string, audience: NoticeAudience, limit: number, cursor?: string): Promise<Page<Notice>> {
  const page = await queryPage<Record<string, unknown>>(
    { KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': audiencePartition(prefCode, audience) }, ScanIndexForward: false },
    limit,
    cursor,
  );
  return { items: page.items.map(noticeItem.fromItem), nextCursor: page.nextCursor };
}

/** The marker of one reminder (fails if it was already sent). */
export function reminderMarkerPut(prefCode: string, projectId: string, marker: string, at: string): TransactItem {
  return guardedPut(reminderMarkerItem.toItem(prefCode, { at }, { projectId, marker }), 0);
}
