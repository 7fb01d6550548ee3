import { z } from 'zod';
import { seenBy } from '../auth/visibility';
import { ORG_CODE_PATTERN } from '../org/codes';
import { bilingual } from '../validation/messages';
import { questionSchema } from './questions';

/**
 * A survey (照会) the prefecture sends to municipalities: its questions, recipients, deadline and state
 * (draft → sent → closed). Questions change only while it is a draft; answers are shared/surveys/answers.ts.
 */
export const SURVEY_STATUSES = ['draft', 'sent', 'closed'] as const;
export type SurveyStatus = (typeof SURVEY_STATUSES)[number];
export const SURVEY_STATUS_LABELS: Record<SurveyStatus, { ja: string; en: string }> = {
  draft: { ja: '作成中', en: 'Draft' },
  sent: { ja: '回答受付中', en: 'Open' },
  closed: { ja: '締切済', en: 'Closed' },
};

export const surveyIdSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]{1,62}$/, bilingual('照会IDは英小文字で始まる英小文字・数字・ハイフン（2〜63文字）で入力してください。', 'Use 2–63 lower-case letters, digits and hyphens for the survey id, starting with a letter.'));

export const orgCodeSchema = z.string().regex(ORG_CODE_PATTERN, bilingual('団体コードは6桁の数字です（例: 142034）。', 'An organisation code is six digits (e.g. 142034).'));

const isoDate = z.iso.date(bilingual('日付は YYYY-MM-DD の形式で入力してください（例: 2026-07-15）。', 'Enter the date as YYYY-MM-DD (e.g. 2026-07-15).'));

/** Everyone (every municipality of the prefecture) or the chosen ones. */
export const recipientsSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('all') }),
  z.object({
    mode: z.literal('chosen'),
    orgCodes: z
      .array(orgCodeSchema)
      .min(1, bilingual('送付先の団体を1つ以上選んでください。', 'Choose at least one municipality to send it to.'))
      .max(100)
      .refine((c) => new Set(c).size === c.length, bilingual('送付先の団体が重複しています。', 'A municipality is chosen twice.')),
  }),
]);
export type Recipients = z.infer<typeof recipientsSchema>;

function uniqueQuestionIds(questions: { id: string }[], ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  questions.forEach((q, index) => {
    if (seen.has(q.id)) {
      const text = { ja: `設問ID「${q.id}」が重複しています。`, en: `Duplicate question id "${q.id}".` };
      ctx.addIssue({ code: 'custom', path: [index, 'id'], message: text.en, params: text });
    }
    seen.add(q.id);
  });
}

/** What the prefecture writes (POST /api/surveys, PUT /api/surveys/{surveyId}). */
export const surveyInputSchema = z.object({
  title: z.string().trim().min(1, bilingual('件名を入力してください。', 'Enter the title.')).max(120),
  description: z.string().max(4000).default(''),
  fiscalYear: z.number().int().min(2019).max(2100),
  questions: z.array(questionSchema).min(1, bilingual('設問を1つ以上入れてください。', 'Add at least one question.')).max(50).superRefine(uniqueQuestionIds),
  recipients: recipientsSchema.default({ mode: 'all' }),
  /** The last day to answer (JST, inclusive); needed to send. */
  deadline: isoDate.optional(),
  /** The prefecture lets municipalities see the aggregates (never other municipalities' own answers). */
  shareAggregates: z.boolean().default(false),
});
export type SurveyInput = z.input<typeof surveyInputSchema>;

export const surveyCreateSchema = surveyInputSchema.extend({
  /** Chosen by the prefecture (e.g. r8-opendata-status) or made from the year and time when left out. */
  id: surveyIdSchema.optional(),
});
export type SurveyCreate = z.input<typeof surveyCreateSchema>;

export const surveyUpdateSchema = surveyInputSchema.extend({ version: z.number().int().min(1) });
export type SurveyUpdate = z.input<typeof surveyUpdateSchema>;

/** Send, close: the version the prefecture saw. */
export const surveyActionSchema = z.object({ version: z.number().int().min(1) });

/** Copy for the next fiscal year: the new survey's id (made up when left out). */
export const surveyCopySchema = z.object({ id: surveyIdSchema.optional() });

export const surveySchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  fiscalYear: z.number().int(),
  questions: z.array(questionSchema),
  recipients: recipientsSchema,
  /** The municipalities asked, resolved when sent (for `all`: every municipality then). */
  recipientOrgCodes: seenBy('prefecture', z.array(z.string())),
  deadline: z.string().optional(),
  status: z.enum(SURVEY_STATUSES),
  shareAggregates: z.boolean(),
  sentAt: z.string().optional(),
  closedAt: z.string().optional(),
  createdAt: z.string(),
  version: z.number().int(),
  updatedAt: z.string(),
  updatedBy: seenBy('prefecture', z.string()).optional(),
});
export type Survey = z.infer<typeof surveySchema>;

/** A municipality's answer state as the lists and the board show it. */
export const ANSWER_STATUSES = ['not_started', 'draft', 'submitted'] as const;
export type AnswerStatus = (typeof ANSWER_STATUSES)[number];
export const ANSWER_STATUS_LABELS: Record<AnswerStatus, { ja: string; en: string }> = {
  not_started: { ja: '未回答', en: 'Not started' },
  draft: { ja: '下書き', en: 'Draft' },
  submitted: { ja: '提出済', en: 'Submitted' },
};

/** One row of GET /api/surveys. */
export const surveySummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  fiscalYear: z.number().int(),
  status: z.enum(SURVEY_STATUSES),
  deadline: z.string().optional(),
  sentAt: z.string().optional(),
  questionCount: z.number().int(),
  shareAggregates: z.boolean(),
  /** The prefecture's view: how many were asked and how many submitted. */
  askedCount: seenBy('prefecture', z.number().int()).optional(),
  submittedCount: seenBy('prefecture', z.number().int()).optional(),
  /** A municipality's view: its own answer. */
  myAnswerStatus: z.enum(ANSWER_STATUSES).optional(),
  updatedAt: z.string(),
});
export type SurveySummary = z.infer<typeof surveySummarySchema>;

export const surveyListSchema = z.object({ items: z.array(surveySummarySchema), nextCursor: z.string().optional() });
export type SurveyList = z.infer<typeof surveyListSchema>;

/** GET /api/surveys/{surveyId}: the survey and, for a municipality, its own answer state. */
export const surveyViewSchema = surveySchema.extend({ myAnswerStatus: z.enum(ANSWER_STATUSES).optional() });
export type SurveyView = z.infer<typeof surveyViewSchema>;
