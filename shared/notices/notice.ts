import { z } from 'zod';

/**
 * In-app notices (お知らせ) are stored as a kind with its parameters, not as
 * sentences, and put into words when read, in the reader's language. Project
 * names and period labels are entered by the prefecture in Japanese and stay
 * as entered; municipality names come in both languages.
 */
export const NOTICE_KINDS = [
  'submitted',
  'returned',
  'approved',
  'reopened',
  'comment',
  'due_soon',
  'overdue',
  'overdue_summary',
  // Shared-measure values (issue 15): calendar reminders and the prefecture's review.
  'values_due_soon',
  'values_overdue',
  'value_returned',
  // The council's action items (推進会議, issue 17): an item assigned to a municipality.
  'action_item_assigned',
  // The consultation desk (相談窓口, issue 17): a consultation arrived or was followed up (the prefecture), was answered (the municipality).
  'consultation_received',
  'consultation_answered',
  'consultation_followup',
  // Surveys (照会, issue 17): a survey sent to a municipality, its deadline a week away, and passed unanswered.
  'survey_sent',
  'survey_due_soon',
  'survey_overdue',
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

const nameSchema = z.object({ ja: z.string().max(100), en: z.string().max(100) });
/** A shared measure's name, which may be longer than a municipality's. */
const measureNameSchema = z.object({ ja: z.string().max(1000), en: z.string().max(1000) });
/** One shared-measure value a notice is about: the measure and its period's label (periodLabel) in both languages. */
const owedValueSchema = z.object({ measure: measureNameSchema, period: nameSchema });
export type OwedValueParam = z.infer<typeof owedValueSchema>;

export const noticeParamsSchema = z.object({
  /** The joint project (report notices). */
  project: z.string().max(200).optional(),
  /** The reporting period's label as the prefecture entered it (report notices). */
  period: z.string().max(100).optional(),
  /** The municipality the notice is about. */
  org: nameSchema.optional(),
  /** The review or thread comment it carries. */
  comment: z.string().max(500).optional(),
  /** Who wrote a comment: the prefecture, or the municipality. */
  fromPrefecture: z.boolean().optional(),
  deadline: z.string().max(10).optional(),
  daysLeft: z.number().int().optional(),
  /** The municipalities late with a report (overdue summary for the prefecture). */
  late: z.array(nameSchema).max(100).optional(),
  /** The shared-measure values still owed for one deadline (values_due_soon, values_overdue). */
  owed: z.array(owedValueSchema).max(200).optional(),
  /** The value a review outcome is about (value_returned). */
  value: owedValueSchema.optional(),
  /** The council meeting an action item belongs to (action_item_assigned). */
  meeting: z.string().max(200).optional(),
  /** The consultation's title (consultation_received, consultation_answered). */
  consultation: z.string().max(200).optional(),
  /** The survey's title (survey_sent, survey_due_soon, survey_overdue). */
  survey: z.string().max(200).optional(),
});
export type NoticeParams = z.infer<typeof noticeParamsSchema>;

/** A notice as stored and served: kind and parameters (older notices: Japanese title and body instead). */
export const noticeSchema = z.object({
  id: z.string(),
  at: z.string(),
  kind: z.enum(NOTICE_KINDS),
  params: noticeParamsSchema.optional(),
  title: z.string().optional(),
  body: z.string().optional(),
  /** A portal path to open (the report, the project). */
  link: z.string().optional(),
});
export type Notice = z.infer<typeof noticeSchema>;
export const noticeListSchema = z.object({ items: z.array(noticeSchema), nextCursor: z.string().optional() });
