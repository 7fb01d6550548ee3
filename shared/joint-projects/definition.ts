import { z } from 'zod';
import { seenBy } from '../auth/visibility';
import { bilingual } from '../validation/messages';
import { PROJECT_KINDS } from './kinds';

export { PROJECT_KINDS, PROJECT_KIND_LABELS, type ProjectKind } from './kinds';

const slug = z
  .string()
  .regex(/^[a-z][a-z0-9-]{1,62}$/, bilingual('英小文字で始まる英小文字・数字・ハイフン（2〜63文字）で入力してください。', 'Use 2–63 lower-case letters, digits and hyphens, starting with a letter.'));
export const projectIdSchema = slug;
const isoDate = z.iso.date(bilingual('日付は YYYY-MM-DD の形式で入力してください（例: 2026-07-15）。', 'Enter the date as YYYY-MM-DD (e.g. 2026-07-15).'));

export const phaseSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9_]{0,30}$/),
  name: z.string().trim().min(1).max(40),
  /** Participants in this phase count as "live" (導入・運用) in the effects. */
  live: z.boolean().default(false),
});
export type Phase = z.infer<typeof phaseSchema>;

export const reportingPeriodSchema = z.object({
  id: z.string().regex(/^[0-9A-Za-z][0-9A-Za-z-]{1,19}$/),
  label: z.string().trim().min(1).max(40),
  /** Last day to submit (JST, inclusive). */
  deadline: isoDate,
});
export type ReportingPeriod = z.infer<typeof reportingPeriodSchema>;

const fieldBase = {
  id: z.string().regex(/^[a-z][a-z0-9_]{0,30}$/),
  label: z.string().trim().min(1).max(60),
  required: z.boolean().default(false),
};

/** One field of the project's report form. */
export const reportFieldSchema = z.discriminatedUnion('type', [
  z.object({ ...fieldBase, type: z.literal('status'), options: z.array(z.string().trim().min(1).max(30)).min(2).max(10) }),
  z.object({
    ...fieldBase,
    type: z.literal('number'),
    unit: z.string().max(10).default(''),
    /** Summed over the municipalities' approved reports in the project's effects (e.g. hours saved, cost shared). */
    aggregate: z.boolean().default(false),
  }),
  z.object({ ...fieldBase, type: z.literal('text'), maxLength: z.number().int().min(1).max(4000).default(2000) }),
]);
export type ReportField = z.infer<typeof reportFieldSchema>;

export const measureLinkSchema = z.object({
  planId: z.string().regex(/^[a-z][a-z0-9-]{1,62}$/),
  measureNo: z.string().regex(/^[0-9A-Za-z][0-9A-Za-z-]{0,19}$/),
});
export type MeasureLink = z.infer<typeof measureLinkSchema>;

function unique<T>(key: (item: T) => string, what: { ja: string; en: string }) {
  return (items: T[], ctx: z.RefinementCtx) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      const k = key(item);
      if (seen.has(k)) {
        const text = { ja: `${what.ja}「${k}」が重複しています。`, en: `Duplicate ${what.en} "${k}".` };
        ctx.addIssue({ code: 'custom', path: [index], message: text.en, params: text });
      }
      seen.add(k);
    });
  };
}

/** What an administrator defines (the stored project adds id, version and who changed it when). */
export const projectInputSchema = z.object({
  name: z.string().trim().min(1).max(80),
  kind: z.enum(PROJECT_KINDS),
  description: z.string().max(2000).default(''),
  phases: z.array(phaseSchema).min(1).max(10).superRefine(unique((p) => p.id, { ja: 'フェーズID', en: 'phase id' })),
  periods: z.array(reportingPeriodSchema).max(48).superRefine(unique((p) => p.id, { ja: '報告期間ID', en: 'period id' })),
  fields: z.array(reportFieldSchema).min(1).max(20).superRefine(unique((f) => f.id, { ja: '項目ID', en: 'field id' })),
  measureLinks: z.array(measureLinkSchema).max(20).superRefine(unique((m) => `${m.planId}/${m.measureNo}`, { ja: '施策', en: 'measure' })),
  /** Demonstration data (the portal labels it サンプル). */
  sample: z.boolean().default(false),
});
export type ProjectInput = z.input<typeof projectInputSchema>;

export const jointProjectSchema = projectInputSchema.extend({
  id: projectIdSchema,
  version: z.number().int().min(1),
  updatedAt: z.string(),
  /** The administrator who last changed it: the prefecture's to see (shared/auth/visibility.ts). */
  updatedBy: seenBy('prefecture', z.string()).optional(),
});
export type JointProject = z.infer<typeof jointProjectSchema>;
