import { z } from 'zod';
import type { Principal } from '../auth/roles';
import { formatDate } from '../fiscal-year';
import { daysUntil } from '../japan-days';
import { ORG_CODE_PATTERN } from '../org/codes';
import type { Task } from '../tasks/task';
import { bilingual } from '../validation/messages';

/**
 * A council meeting's action item (対応事項): what someone — the prefecture or one municipality — has to do by a
 * day in Japan, tracked until done. The prefecture creates and edits items; the owning municipality moves its
 * own items along (status and a note) and nobody else does.
 */
export const ACTION_STATUSES = ['open', 'in_progress', 'done'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export const ACTION_STATUS_LABELS: Record<ActionStatus, { ja: string; en: string }> = {
  open: { ja: '未着手', en: 'Not started' },
  in_progress: { ja: '対応中', en: 'In progress' },
  done: { ja: '完了', en: 'Done' },
};

/** The owner of an item: the prefecture, or a municipality by its organisation code. */
export const PREFECTURE_OWNER = 'prefecture';
export const actionOwnerSchema = z.union([
  z.literal(PREFECTURE_OWNER),
  z.string().regex(ORG_CODE_PATTERN, bilingual('担当は「prefecture」（県）か市町村の団体コード（6桁）で指定してください。', 'The owner is "prefecture" or a municipality’s 6-digit organisation code.')),
]);

export const actionItemIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, bilingual('対応事項IDは英小文字・数字・ハイフン（40文字以内）です。', 'An action item id is up to 40 lower-case letters, digits and hyphens.'));

const note = z.string().trim().max(1000, bilingual('メモは1000文字以内で入力してください。', 'Keep the note to 1,000 characters.'));

/** What the prefecture enters for an item (creating it with version 0). */
export const actionItemSaveSchema = z.object({
  version: z.number().int().min(0),
  text: z
    .string()
    .trim()
    .min(1, bilingual('対応事項の内容を入力してください。', 'Enter what is to be done.'))
    .max(1000, bilingual('対応事項は1000文字以内で入力してください。', 'Keep the action item to 1,000 characters.')),
  owner: actionOwnerSchema,
  deadline: z.iso.date(bilingual('期限は YYYY-MM-DD の形式で入力してください（例: 2026-09-30）。', 'Enter the deadline as YYYY-MM-DD (e.g. 2026-09-30).')),
  status: z.enum(ACTION_STATUSES).default('open'),
  note: note.default(''),
});
export type ActionItemSave = z.infer<typeof actionItemSaveSchema>;

/** What the owner changes: the status and a note. */
export const actionStatusChangeSchema = z.object({
  version: z.number().int().min(1),
  status: z.enum(ACTION_STATUSES),
  note: note.default(''),
});
export type ActionStatusChange = z.infer<typeof actionStatusChangeSchema>;

export const actionItemSchema = z.object({
  id: actionItemIdSchema,
  meetingId: z.string(),
  /** The meeting's title and date, copied so a list of items across meetings needs no second read. */
  meetingTitle: z.string(),
  meetingDate: z.string(),
  text: z.string(),
  owner: z.string(),
  deadline: z.string(),
  status: z.enum(ACTION_STATUSES),
  note: z.string(),
  doneAt: z.string().optional(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type ActionItem = z.infer<typeof actionItemSchema>;
export const actionItemListSchema = z.object({ items: z.array(actionItemSchema), nextCursor: z.string().optional() });

export const isPrefectureRole = (p: Pick<Principal, 'role'>) => p.role === 'prefecture_admin' || p.role === 'prefecture_staff';

/** Whether `principal` may move `item` along: the prefecture any item, a municipality only its own. */
export function mayChangeStatus(principal: Pick<Principal, 'role' | 'orgCode'>, item: Pick<ActionItem, 'owner'>): boolean {
  if (isPrefectureRole(principal)) return true;
  return principal.role === 'municipal_staff' && item.owner === principal.orgCode;
}

/** The owner whose items are a principal's own: a municipality's staff its municipality, the prefecture 'prefecture'. */
export function ownOwner(principal: Pick<Principal, 'role' | 'orgCode'>): string | undefined {
  if (principal.role === 'municipal_staff') return principal.orgCode;
  if (isPrefectureRole(principal)) return PREFECTURE_OWNER;
  return undefined;
}

export const actionItemLink = (item: Pick<ActionItem, 'meetingId' | 'id'>) => `/meetings/${item.meetingId}#item-${item.id}`;

/** The owner's open items as やること: due, or overdue once the deadline (a day in Japan) has passed. Done items are none. */
export function actionItemTasksOf(items: readonly ActionItem[], now: Date): Task[] {
  return items
    .filter((item) => item.status !== 'done')
    .map((item) => {
      const daysLeft = daysUntil(item.deadline, now);
      const text = item.text.length > 60 ? `${item.text.slice(0, 60)}…` : item.text;
      return {
        kind: daysLeft < 0 ? 'action_item_overdue' : 'action_item_due',
        // The item's text is the Japanese the prefecture wrote: the English title names the meeting by its date instead.
        title: { ja: `推進会議の対応事項「${text}」に対応する`, en: `Complete an action item of the council meeting of ${formatDate(item.meetingDate, 'en')}` },
        deadline: item.deadline,
        daysLeft,
        link: actionItemLink(item),
      } satisfies Task;
    });
}
