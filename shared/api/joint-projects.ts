import { z } from 'zod';
import { seenBy } from '../auth/visibility';
import { bilingual } from '../validation/messages';
import { attachmentSchema } from '../joint-projects/attachments';
import { jointProjectSchema, projectInputSchema } from '../joint-projects/definition';
import { participationSchema } from '../joint-projects/participation';
import { reportValuesSchema } from '../joint-projects/report-values';
import { REPORT_ACTIONS, REPORT_STATES } from '../joint-projects/workflow';
import { DEADLINE_STATUSES } from '../joint-projects/deadlines';

export const projectSaveSchema = z.object({ version: z.number().int().min(0), project: projectInputSchema });
export type ProjectSave = z.input<typeof projectSaveSchema>;

const actorSchema = z.object({ userId: z.string(), name: z.string(), role: z.string() });

/** One recorded transition of a report: who did what, when. */
export const transitionRecordSchema = z.object({
  action: z.enum(REPORT_ACTIONS),
  from: z.enum([...REPORT_STATES, 'none']),
  to: z.enum(REPORT_STATES),
  by: actorSchema,
  at: z.string(),
});

export const progressReportSchema = z.object({
  projectId: z.string(),
  periodId: z.string(),
  orgCode: z.string(),
  state: z.enum(REPORT_STATES),
  values: reportValuesSchema,
  /** Who moved the report through review: between the municipality and the prefecture. */
  transitions: seenBy('owner', z.array(transitionRecordSchema)),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  updatedBy: seenBy('owner', z.string()).optional(),
  submittedAt: z.string().optional(),
});
export type ProgressReport = z.infer<typeof progressReportSchema>;

export const reportCommentSchema = z.object({
  id: z.string(),
  text: z.string(),
  by: actorSchema,
  at: z.string(),
  /** The transition the comment came with (差戻し / 承認取消し), if any. */
  action: z.enum(REPORT_ACTIONS).optional(),
});
export type ReportComment = z.infer<typeof reportCommentSchema>;

/** A report as one caller sees it: the report (null before the first save), what they may do next, its thread and files. */
export const reportViewSchema = z.object({
  projectId: z.string(),
  periodId: z.string(),
  orgCode: z.string(),
  report: progressReportSchema.nullable(),
  allowedActions: z.array(z.enum(REPORT_ACTIONS)),
  /** The review conversation stays between the municipality and the prefecture. */
  comments: seenBy('owner', z.array(reportCommentSchema)),
  attachments: z.array(attachmentSchema),
});
export type ReportView = z.infer<typeof reportViewSchema>;

/** A report form has at most 20 fields (projectInputSchema). */
const MAX_REPORT_FIELDS = 20;
/**
 * All of a report's text together: each text field allows up to 4,000
 * characters, but twenty of them in Japanese (3 bytes each in UTF-8) would
 * make the report, and its audit record holding it twice, outgrow DynamoDB's
 * 400 KB item.
 */
export const MAX_REPORT_TEXT = 20_000;
const reportTextLength = (values: Record<string, unknown>) => Object.values(values).reduce<number>((n, v) => n + (typeof v === 'string' ? v.length : 0), 0);

export const reportSaveSchema = z.object({
  version: z.number().int().min(0),
  values: reportValuesSchema
    .refine((v) => Object.keys(v).length <= MAX_REPORT_FIELDS, bilingual(`報告の項目は${MAX_REPORT_FIELDS}個までです。`, `A report has at most ${MAX_REPORT_FIELDS} fields.`))
    .refine(
      (v) => reportTextLength(v) <= MAX_REPORT_TEXT,
      bilingual(`報告の文章は合わせて${MAX_REPORT_TEXT.toLocaleString('en')}文字以内にしてください。`, `The report's text fields together must be at most ${MAX_REPORT_TEXT.toLocaleString('en')} characters.`),
    ),
});
export const transitionRequestSchema = z.object({
  action: z.enum(['submit', 'return', 'approve', 'reopen']),
  version: z.number().int().min(1),
  comment: z.string().trim().max(2000).optional(),
});
export const commentRequestSchema = z.object({ text: z.string().trim().min(1, bilingual('コメントを入力してください。', 'Write a comment.')).max(2000) });

const statusRowSchema = z.object({ orgCode: z.string(), status: z.enum(DEADLINE_STATUSES), updatedAt: z.string().optional() });

/** A project's page: definition, participants (the board), effects, and the current period's deadline status. */
export const projectOverviewSchema = z.object({
  project: jointProjectSchema,
  participants: z.array(participationSchema),
  effects: z.object({
    participants: z.number(),
    phaseCounts: z.record(z.string(), z.number()),
    liveMunicipalities: z.number(),
    totals: z.array(z.object({ fieldId: z.string(), label: z.string(), unit: z.string(), total: z.number(), reporters: z.number() })),
  }),
  period: z
    .object({
      id: z.string(),
      label: z.string(),
      deadline: z.string(),
      rows: z.array(statusRowSchema),
      counts: z.record(z.string(), z.number()),
    })
    .nullable(),
  overdue: z.array(
    z.object({ periodId: z.string(), periodLabel: z.string(), deadline: z.string(), orgCode: z.string(), daysOverdue: z.number() }),
  ),
});
export type ProjectOverview = z.infer<typeof projectOverviewSchema>;

export const projectListSchema = z.object({ items: z.array(jointProjectSchema), nextCursor: z.string().optional() });

export { noticeListSchema, noticeSchema, type Notice } from '../notices/notice';

/** The projects serving one plan measure, for the measure page. */
export const linkedProjectsSchema = z.object({
  items: z.array(
    z.object({
      project: jointProjectSchema,
      effects: projectOverviewSchema.shape.effects,
      latestApproved: z.array(z.object({ orgCode: z.string(), periodId: z.string(), at: z.string() })),
    }),
  ),
});
