import type { Notice } from '../../../shared/api/joint-projects';
import { queryPage } from '../../platform/db/query';
import type { Page } from '../../platform/db/pagination';
import { guardedPut, type TransactItem } from '../../platform/db/transactions';

/**
 * In-app notices. A notice goes to an audience rather than a person: all
 * staff of one municipality (`ORG#{code}`), or the prefecture's reviewers
 * (`PREF`). Each user's list is one Query of their audience, newest first.
 */
export type NoticeAudience = `ORG#${string}` | 'PREF';

export const noticeKeys = {
  audience: (prefCode: string, audience: NoticeAudience) => `${prefCode}#NOTICE#${audience}`,
  /** One marker per reminder sent, so a re-run of the daily job never sends it twice. */
  reminder: (prefCode: string, projectId: string) => `${prefCode}#JP#${projectId}#REMIND`,
};

export function noticePut(prefCode: string, audience: NoticeAudience, notice: Notice): TransactItem {
  return guardedPut({ pk: noticeKeys.audience(prefCode, audience), sk: `${notice.at}#${notice.id}`, type: 'notice', ...notice }, 0);
}

export async function listNotices(prefCode: string, audience: NoticeAudience, limit: number, cursor?: string): Promise<Page<Notice>> {
  const page = await queryPage<Notice & { pk: string; sk: string; type: string }>(
    { KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': noticeKeys.audience(prefCode, audience) }, ScanIndexForward: false },
    limit,
    cursor,
  );
  return { items: page.items.map(({ pk: _pk, sk: _sk, type: _type, ...n }) => n), nextCursor: page.nextCursor };
}

/** The marker of one reminder (fails if it was already sent). */
export function reminderMarkerPut(prefCode: string, projectId: string, marker: string, at: string): TransactItem {
  return guardedPut({ pk: noticeKeys.reminder(prefCode, projectId), sk: marker, type: 'reminder', at }, 0);
}
