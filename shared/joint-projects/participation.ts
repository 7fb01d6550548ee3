import { z } from 'zod';
import { seenBy } from '../auth/visibility';
import { bilingual } from '../validation/messages';
import { REPORT_STATES } from './workflow';

/** One period's report of a participant, as the board needs it (kept up to date by every transition). */
export const reportMarkSchema = z.object({ state: z.enum(REPORT_STATES), at: z.string() });
export type ReportMark = z.infer<typeof reportMarkSchema>;

/** What the prefecture edits about a municipality's participation. */
export const participationUpdateSchema = z.object({
  /** 0 to add the municipality to the project. */
  version: z.number().int().min(0),
  phaseId: z.string().regex(/^[a-z][a-z0-9_]{0,30}$/),
  /** Where deadline reminders are emailed (the municipality's DX contact). */
  contactEmails: z.array(z.email(bilingual('メールアドレスの形式ではありません（例: dx@city.example.lg.jp）。', 'Not an email address (e.g. dx@city.example.lg.jp).'))).max(5).default([]),
  note: z.string().max(500).default(''),
});
export type ParticipationUpdate = z.input<typeof participationUpdateSchema>;

/**
 * A municipality's participation in a joint project: its phase, and per
 * reporting period the state of its report and (once approved) the numbers
 * the project's effects add up. One item per municipality, so a project's
 * board is one Query (pattern 6, docs/architecture.md).
 */
export const participationSchema = z.object({
  projectId: z.string(),
  orgCode: z.string(),
  phaseId: z.string(),
  /** Reminder addresses: the municipality's and the prefecture's to see, nobody else's. */
  contactEmails: seenBy('owner', z.array(z.string())),
  /** The prefecture's internal note on the participation (e.g. why it is delayed). */
  note: seenBy('prefecture', z.string()).optional(),
  /** Since when it is in this phase. */
  phaseSince: z.string(),
  reports: z.record(z.string(), reportMarkSchema),
  /** Period → aggregate field → number, from approved reports only. */
  approvedFigures: z.record(z.string(), z.record(z.string(), z.number())),
  sample: z.boolean(),
  version: z.number().int(),
  updatedAt: z.string(),
  updatedBy: seenBy('owner', z.string()).optional(),
});
export type Participation = z.infer<typeof participationSchema>;
