import { z } from 'zod';
import { bilingual } from '../validation/messages';

/**
 * The questions of a survey (照会): typed kinds, so that answers can be checked as they are entered and added up
 * per question (shared/surveys/aggregates.ts).
 */
export const QUESTION_KINDS = ['number', 'yes_no', 'single_choice', 'multiple_choice', 'text', 'date', 'file'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export const QUESTION_KIND_LABELS: Record<QuestionKind, { ja: string; en: string }> = {
  number: { ja: '数値', en: 'Number' },
  yes_no: { ja: 'はい・いいえ', en: 'Yes / no' },
  single_choice: { ja: '単一選択', en: 'Single choice' },
  multiple_choice: { ja: '複数選択', en: 'Multiple choice' },
  text: { ja: '文章', en: 'Text' },
  date: { ja: '日付', en: 'Date' },
  file: { ja: 'ファイル', en: 'File' },
};

export const questionIdSchema = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,30}$/, bilingual('設問IDは英小文字で始まる英小文字・数字・_（31文字まで）で入力してください。', 'Use up to 31 lower-case letters, digits and _ for the question id, starting with a letter.'));

const base = {
  id: questionIdSchema,
  label: z.string().trim().min(1, bilingual('設問文を入力してください。', 'Enter the question.')).max(200),
  /** Shown under the question (what to count, as of when). */
  help: z.string().max(1000).default(''),
  /** Checked on submit only: a draft may leave it empty. */
  required: z.boolean().default(false),
};

/** An option of a choice question. `;` separates options in the XLSX form, so it may not be in one. */
const optionSchema = z
  .string()
  .trim()
  .min(1)
  .max(80)
  .refine((o) => !o.includes(';') && !o.includes('；') && !o.includes('\n'), bilingual('選択肢に「;」や改行は使えません。', 'An option may not contain ";" or a line break.'));

const options = z
  .array(optionSchema)
  .min(2, bilingual('選択肢を2つ以上入力してください。', 'Give at least two options.'))
  .max(30)
  .refine((o) => new Set(o).size === o.length, bilingual('選択肢が重複しています。', 'The options repeat.'));

export const questionSchema = z.discriminatedUnion('kind', [
  z
    .object({
      ...base,
      kind: z.literal('number'),
      unit: z.string().trim().max(20).default(''),
      min: z.number().finite().optional(),
      max: z.number().finite().optional(),
    })
    .refine((q) => q.min === undefined || q.max === undefined || q.min <= q.max, bilingual('最小値は最大値以下にしてください。', 'The minimum must not exceed the maximum.')),
  z.object({ ...base, kind: z.literal('yes_no') }),
  z.object({ ...base, kind: z.literal('single_choice'), options }),
  z.object({ ...base, kind: z.literal('multiple_choice'), options }),
  z.object({ ...base, kind: z.literal('text'), maxLength: z.number().int().min(1).max(4000).default(1000) }),
  z.object({ ...base, kind: z.literal('date') }),
  /** Answered with attachments on the answer's thread (functions/platform/files/attachments.ts); the value lists their ids. */
  z.object({ ...base, kind: z.literal('file'), maxFiles: z.number().int().min(1).max(10).default(3) }),
]);
export type Question = z.infer<typeof questionSchema>;
export type QuestionInput = z.input<typeof questionSchema>;

/** How the unit or the options of a question read in a form and a table: 「数値（件）」, 「単一選択」. */
export function questionKindText(q: Question, lang: 'ja' | 'en' = 'ja'): string {
  const kind = QUESTION_KIND_LABELS[q.kind][lang];
  if (q.kind === 'number' && q.unit) return lang === 'ja' ? `${kind}（${q.unit}）` : `${kind} (${q.unit})`;
  return kind;
}

/** Yes / no as the form writes and reads them. */
export const YES_NO_TEXT = { yes: { ja: 'はい', en: 'yes' }, no: { ja: 'いいえ', en: 'no' } } as const;
