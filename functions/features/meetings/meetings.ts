import type { Principal } from '../../../shared/auth/roles';
import { relationOf, visibleTo } from '../../../shared/auth/visibility';
import { versionConflict } from '../../../shared/errors';
import { fiscalYearRange } from '../../../shared/fiscal-year';
import { mayReadMeeting, meetingViewSchema, unknownMeeting, publicMeetingSchema, type Meeting, type MeetingInput, type MeetingView } from '../../../shared/meetings/meeting';
import { auditPut } from '../../platform/db/audit';
import { readHistory } from '../../platform/db/history';
import { writeVersioned } from '../../platform/db/versioned-write';
import { listAttachments } from '../../platform/files/attachments';
import { actionItemPut, getMeeting, getMeetingWithItems, listMeetings, meetingKeys, meetingPuts } from './meetings.table';
import { materialsThread } from './materials';

/** A page of the prefecture's meetings, newest first, of one fiscal year or all. */
export function meetingPage(prefCode: string, fiscalYear: number | undefined, limit: number, cursor?: string) {
  const range = fiscalYear === undefined ? undefined : fiscalYearRange(fiscalYear);
  return listMeetings(prefCode, range && { from: range.start, to: range.end }, limit, cursor);
}

/**
 * A meeting as the viewer may see it: signed-in readers all of it with materials and action items; anonymous
 * readers only the public part, and only once its minutes are public — otherwise it does not exist for them.
 */
export async function meetingView(prefCode: string, meetingId: string, viewer: Principal | undefined): Promise<MeetingView> {
  const { meeting, items } = await getMeetingWithItems(prefCode, meetingId);
  if (!meeting || !mayReadMeeting(meeting, viewer !== undefined)) throw unknownMeeting(meetingId);
  if (!viewer) return visibleTo(publicMeetingSchema, { meeting, materials: [], actionItems: [] }, 'other') as MeetingView;
  const materials = await listAttachments(materialsThread(prefCode, meetingId));
  const byDeadline = [...items].sort((a, b) => a.deadline.localeCompare(b.deadline) || a.id.localeCompare(b.id));
  return visibleTo(meetingViewSchema, { meeting, materials, actionItems: byDeadline }, relationOf(viewer, undefined));
}

/**
 * Records a new meeting (version 0) or changes one (the version it was read at), with its audit record; the
 * meeting's title and date copied on its action items follow in the same transaction.
 */
export async function saveMeeting(prefCode: string, meetingId: string, input: MeetingInput, version: number, principal: Principal, now = new Date()): Promise<Meeting> {
  const { meeting: current, items } = await getMeetingWithItems(prefCode, meetingId);
  if ((current?.version ?? 0) !== version) throw versionConflict(current ?? null);
  const at = now.toISOString();
  const next: Meeting = { ...input, id: meetingId, version: version + 1, updatedAt: at };
  const moved = current && (current.title !== next.title || current.date !== next.date);
  const itemPuts = moved
    ? items.map((item) => actionItemPut(prefCode, { ...item, meetingTitle: next.title, meetingDate: next.date }, item.version))
    : [];
  await writeVersioned(
    [
      ...meetingPuts(prefCode, next, current),
      ...itemPuts,
      auditPut({
        entity: meetingKeys.meetingEntity(prefCode, meetingId),
        action: current ? 'meeting.update' : 'meeting.create',
        actor: { userId: principal.userId, role: principal.role },
        at,
        before: current,
        after: next,
      }),
    ],
    () => getMeeting(prefCode, meetingId),
  );
  return next;
}

export function meetingHistory(prefCode: string, meetingId: string, principal: Principal, page: { limit?: number; cursor?: string }) {
  return readHistory({ kind: 'meeting', entity: meetingKeys.meetingEntity(prefCode, meetingId) }, principal, page);
}
