import { z } from 'zod';
import { notFound } from '../errors';
import { attachmentSchema } from '../files/attachments';
import { bilingual } from '../validation/messages';
import { actionItemSchema } from './action-item';

/**
 * A meeting of the 県市町村デジタル推進会議 (issue 17): its agenda, decisions and minutes. The prefecture records it;
 * every signed-in reader sees it with its materials and action items; anonymous readers see only the title, date,
 * agenda and minutes, and only once the minutes are public (publicMeetingSchema).
 */
export const meetingIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{1,62}$/, bilingual('会議IDは英小文字・数字・ハイフン（2〜63文字）で入力してください（例: m-2026-1）。', 'Use 2–63 lower-case letters, digits and hyphens for the meeting id (e.g. m-2026-1).'));

export const isoDay = z.iso.date(bilingual('日付は YYYY-MM-DD の形式で入力してください（例: 2026-07-15）。', 'Enter the date as YYYY-MM-DD (e.g. 2026-07-15).'));

const required = (max: number, ja: string, en: string) =>
  z
    .string()
    .trim()
    .min(1, bilingual(`${ja}を入力してください。`, `Enter the ${en}.`))
    .max(max, bilingual(`${ja}は${max}文字以内で入力してください。`, `Keep the ${en} to ${max} characters.`));

export const agendaItemSchema = z.object({
  title: required(200, '議題', 'agenda item'),
  /** Who presents it (a bureau or a municipality), free text. */
  presenter: z.string().trim().max(100).default(''),
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

export const decisionSchema = z.object({
  /** Stable within the meeting, so a link to one decision survives edits of the others. */
  id: z.string().regex(/^[a-z0-9-]{1,40}$/),
  text: required(1000, '決定事項', 'decision'),
});
export type Decision = z.infer<typeof decisionSchema>;

/** What the prefecture enters for a meeting. */
export const meetingInputSchema = z.object({
  title: required(200, '会議名', 'meeting title'),
  date: isoDay,
  /** Where it takes place (a room, or オンライン). */
  place: z.string().trim().max(200).default(''),
  online: z.boolean().default(false),
  agenda: z.array(agendaItemSchema).max(50).default([]),
  decisions: z.array(decisionSchema).max(50).default([]),
  minutes: z.string().max(50_000, bilingual('議事録は5万文字以内にしてください。', 'Keep the minutes to 50,000 characters.')).default(''),
  /** The minutes (with title, date and agenda) may be read without signing in. */
  minutesPublic: z.boolean().default(false),
});
export type MeetingInput = z.infer<typeof meetingInputSchema>;

export const meetingSaveSchema = z.object({
  /** 0 to create a new meeting; else the version the editor started from. */
  version: z.number().int().min(0),
  meeting: meetingInputSchema,
});
export type MeetingSave = z.infer<typeof meetingSaveSchema>;

export const meetingSchema = meetingInputSchema.extend({
  id: meetingIdSchema,
  version: z.number().int(),
  updatedAt: z.string(),
});
export type Meeting = z.infer<typeof meetingSchema>;

/** One meeting as the registry lists it: enough for a list row and search. */
export const meetingListSchema = z.object({ items: z.array(meetingSchema), nextCursor: z.string().optional() });

/** The meeting page: the meeting, its materials, and its action items. */
export const meetingViewSchema = z.object({
  meeting: meetingSchema,
  materials: z.array(attachmentSchema),
  actionItems: z.array(actionItemSchema),
});
export type MeetingView = z.infer<typeof meetingViewSchema>;

/** What an anonymous reader sees of a meeting whose minutes are public: no materials, no action items. */
export const publicMeetingSchema = z.object({
  meeting: meetingSchema.pick({ id: true, title: true, date: true, agenda: true, minutes: true, minutesPublic: true }),
  materials: z.array(attachmentSchema).max(0),
  actionItems: z.array(actionItemSchema).max(0),
});

/** Who may read a meeting: every signed-in reader; an anonymous one only once its minutes are public. */
export function mayReadMeeting(meeting: Pick<Meeting, 'minutesPublic'>, signedIn: boolean): boolean {
  return signedIn || meeting.minutesPublic;
}

/** Everything of a meeting that search finds it by (as a signed-in viewer sees it). */
export function meetingSearchText(meeting: Meeting): string {
  return [meeting.place, ...meeting.agenda.map((a) => `${a.title} ${a.presenter}`), ...meeting.decisions.map((d) => d.text), meeting.minutes].join('\n');
}

/** The answer for a meeting that does not exist, or that the reader may not see: the same, so existence does not leak. */
export const unknownMeeting = (meetingId: string) => notFound({ ja: `推進会議「${meetingId}」`, en: `Council meeting "${meetingId}"` });
