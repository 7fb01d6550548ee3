import { randomUUID } from 'node:crypto';
import type { Principal } from '../../../shared/auth/roles';
import { forbidden, invalidInput, notFound, versionConflict } from '../../../shared/errors';
import {
  actionItemTasksOf,
  isPrefectureRole,
  mayChangeStatus,
  ownOwner,
  PREFECTURE_OWNER,
  actionItemLink,
  type ActionItem,
  type ActionItemSave,
  type ActionStatus,
  type ActionStatusChange,
} from '../../../shared/meetings/action-item';
import { unknownMeeting } from '../../../shared/meetings/meeting';
import type { Task } from '../../../shared/tasks/task';
import { auditPut } from '../../platform/db/audit';
import { readHistory } from '../../platform/db/history';
import type { TransactItem } from '../../platform/db/transactions';
import { writeVersioned } from '../../platform/db/versioned-write';
import { noticePut } from '../notices';
import { organisationsOf } from '../organisations';
import { actionItemPut, getActionItem, getMeetingWithItems, listOwnerItems, listUnfinishedItems, meetingKeys } from './meetings.table';

/** A meeting's items are written with it when its title or date changes: one transaction holds them all. */
export const MAX_ACTION_ITEMS = 50;

const unknownItem = (itemId: string) => notFound({ ja: `対応事項「${itemId}」`, en: `Action item "${itemId}"` });

async function checkOwner(prefCode: string, owner: string): Promise<void> {
  if (owner === PREFECTURE_OWNER) return;
  const organisations = await organisationsOf(prefCode);
  if (!organisations.some((o) => o.code === owner && o.kind !== 'prefecture')) {
    throw invalidInput({ ja: `団体コード ${owner} の市町村はありません。`, en: `There is no municipality ${owner}.` }, [
      { path: 'owner', message: { ja: '県（prefecture）か、この県の市町村の団体コードを選んでください。', en: 'Choose the prefecture or one of this prefecture’s municipalities.' } },
    ]);
  }
}

/** The notice that tells a municipality an item is now its own, in the same transaction as the item. */
function assignedNotice(prefCode: string, item: ActionItem, at: string): TransactItem {
  return noticePut(prefCode, `ORG#${item.owner}`, {
    id: randomUUID(),
    at,
    kind: 'action_item_assigned',
    params: { meeting: item.meetingTitle.slice(0, 200), comment: item.text.slice(0, 500), deadline: item.deadline },
    link: actionItemLink(item),
  });
}

/**
 * The prefecture records or edits an action item of a meeting (version 0 creates it). A municipality that
 * becomes its owner is told in the same transaction.
 */
export async function saveActionItem(prefCode: string, meetingId: string, itemId: string, input: ActionItemSave, principal: Principal, now = new Date()): Promise<ActionItem> {
  const [{ meeting, items }] = await Promise.all([getMeetingWithItems(prefCode, meetingId), checkOwner(prefCode, input.owner)]);
  if (!meeting) throw unknownMeeting(meetingId);
  const current = items.find((i) => i.id === itemId);
  if ((current?.version ?? 0) !== input.version) throw versionConflict(current ?? null);
  if (!current && items.length >= MAX_ACTION_ITEMS) {
    throw invalidInput({ ja: `1つの会議に登録できる対応事項は${MAX_ACTION_ITEMS}件までです。`, en: `A meeting holds at most ${MAX_ACTION_ITEMS} action items.` });
  }
  const at = now.toISOString();
  const next: ActionItem = {
    id: itemId,
    meetingId,
    meetingTitle: meeting.title,
    meetingDate: meeting.date,
    text: input.text,
    owner: input.owner,
    deadline: input.deadline,
    status: input.status,
    note: input.note,
    ...(input.status === 'done' ? { doneAt: current?.doneAt ?? at } : {}),
    version: input.version + 1,
    updatedAt: at,
  };
  const newlyAssigned = next.owner !== PREFECTURE_OWNER && next.owner !== current?.owner && next.status !== 'done';
  await writeVersioned(
    [
      actionItemPut(prefCode, next, input.version),
      auditPut({
        entity: meetingKeys.actionItemEntity(prefCode, meetingId, itemId),
        action: current ? 'actionItem.update' : 'actionItem.create',
        actor: { userId: principal.userId, role: principal.role },
        at,
        before: current,
        after: next,
      }),
      ...(newlyAssigned ? [assignedNotice(prefCode, next, at)] : []),
    ],
    () => getActionItem(prefCode, meetingId, itemId),
  );
  return next;
}

/** The owner municipality (or the prefecture) moves an item along: status and note only. */
export async function changeActionStatus(prefCode: string, meetingId: string, itemId: string, input: ActionStatusChange, principal: Principal, now = new Date()): Promise<ActionItem> {
  const current = await getActionItem(prefCode, meetingId, itemId);
  if (!current) throw unknownItem(itemId);
  if (!mayChangeStatus(principal, current)) {
    throw forbidden({
      ja: 'この対応事項の状況を変更できるのは、担当の団体と県の職員のみです。',
      en: 'Only the owner of this action item and prefecture staff may change its status.',
    });
  }
  if (current.version !== input.version) throw versionConflict(current);
  const at = now.toISOString();
  const { doneAt: _previous, ...rest } = current;
  const next: ActionItem = {
    ...rest,
    status: input.status,
    note: input.note,
    ...(input.status === 'done' ? { doneAt: current.doneAt ?? at } : {}),
    version: current.version + 1,
    updatedAt: at,
  };
  await writeVersioned(
    [
      actionItemPut(prefCode, next, current.version),
      auditPut({
        entity: meetingKeys.actionItemEntity(prefCode, meetingId, itemId),
        action: 'actionItem.status',
        actor: { userId: principal.userId, role: principal.role },
        at,
        before: current,
        after: next,
      }),
    ],
    () => getActionItem(prefCode, meetingId, itemId),
  );
  return next;
}

/** One owner's items (default: the caller's own; council members must name one), by status then deadline. */
export function actionItemPage(prefCode: string, principal: Principal, query: { owner?: string; status?: ActionStatus | 'unfinished'; limit: number; cursor?: string }) {
  const owner = query.owner ?? ownOwner(principal) ?? PREFECTURE_OWNER;
  return listOwnerItems(prefCode, owner, query.status, query.limit, query.cursor);
}

/** やること: a municipality's own unfinished items; the prefecture's staff the prefecture-owned ones. */
export async function actionItemTasks(prefCode: string, principal: Principal, now: Date): Promise<Task[]> {
  const owner = principal.role === 'municipal_staff' ? principal.orgCode : isPrefectureRole(principal) ? PREFECTURE_OWNER : undefined;
  if (!owner) return [];
  return actionItemTasksOf(await listUnfinishedItems(prefCode, owner), now);
}

/** An item's history: every signed-in reader's (ENTITY_AUDIENCES.actionItem); an unknown item's is empty. */
export function actionItemHistory(prefCode: string, meetingId: string, itemId: string, principal: Principal, page: { limit?: number; cursor?: string }) {
  return readHistory({ kind: 'actionItem', entity: meetingKeys.actionItemEntity(prefCode, meetingId, itemId) }, principal, page);
}
