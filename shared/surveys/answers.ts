import { z } from 'zod';
import type { FieldError } from '../api/errors';
import { seenBy } from '../auth/visibility';
import { attachmentSchema } from '../files/attachments';
import { todayInJapan } from '../japan-days';
import type { Question } from './questions';

/**
 * A municipality's answer to a survey: one per (survey, municipality), its own and the prefecture's
 * (ENTITY_AUDIENCES.surveyAnswer). Values are checked against the question kinds here, once, for the form, the
 * XLSX import and the API alike.
 */

/** number → number; yes_no → boolean; single_choice, text, date → string; multiple_choice → options; file → attachment ids. null: left empty. */
export const answerValueSchema = z.union([z.number().finite(), z.boolean(), z.string().max(4000), z.array(z.string().max(200)).max(30), z.null()]);
export type AnswerValue = z.infer<typeof answerValueSchema>;

export const answerValuesSchema = z.record(z.string().max(40), answerValueSchema);
export type AnswerValues = z.infer<typeof answerValuesSchema>;

/** PUT /api/surveys/{surveyId}/answers/{orgCode}: save a draft, or submit (and resubmit until the deadline). */
export const answerSaveSchema = z.object({
  /** 0 for the first save. */
  version: z.number().int().min(0),
  values: answerValuesSchema,
  submit: z.boolean().default(false),
});
export type AnswerSave = z.input<typeof answerSaveSchema>;

export const surveyAnswerSchema = z.object({
  surveyId: z.string(),
  orgCode: z.string(),
  orgName: z.string().optional(),
  values: answerValuesSchema,
  status: z.enum(['not_started', 'draft', 'submitted']),
  submittedAt: z.string().optional(),
  /** 0 while nothing is saved. */
  version: z.number().int(),
  updatedAt: z.string().optional(),
  updatedBy: seenBy('owner', z.string()).optional(),
  /** The files on the answer's thread (file questions name theirs by id); only in GET …/answers/{orgCode}. */
  attachments: z.array(attachmentSchema).optional(),
});
export type SurveyAnswer = z.infer<typeof surveyAnswerSchema>;

const field = (questionId: string, ja: string, en: string): FieldError => ({ path: `values.${questionId}`, message: { ja, en } });

const isEmpty = (v: AnswerValue | undefined) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

/** Whether a date string is a real day (2026-02-30 is not). */
export function isRealDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/** One value against its question: a message for what is wrong, none when it fits (an empty value always fits here). */
export function valueError(q: Question, v: AnswerValue | undefined): FieldError | undefined {
  if (isEmpty(v)) return undefined;
  const name = `「${q.label}」`;
  switch (q.kind) {
    case 'number':
      if (typeof v !== 'number') return field(q.id, `${name}は数値で入力してください。`, `Enter a number for "${q.label}".`);
      if (q.min !== undefined && v < q.min) return field(q.id, `${name}は${q.min}以上で入力してください。`, `"${q.label}" must be ${q.min} or more.`);
      if (q.max !== undefined && v > q.max) return field(q.id, `${name}は${q.max}以下で入力してください。`, `"${q.label}" must be ${q.max} or less.`);
      return undefined;
    case 'yes_no':
      return typeof v === 'boolean' ? undefined : field(q.id, `${name}は「はい」か「いいえ」で答えてください。`, `Answer "${q.label}" with yes or no.`);
    case 'single_choice':
      return typeof v === 'string' && q.options.includes(v)
        ? undefined
        : field(q.id, `${name}は選択肢（${q.options.join('、')}）から1つ選んでください。`, `Choose one of the options for "${q.label}" (${q.options.join(', ')}).`);
    case 'multiple_choice': {
      if (!Array.isArray(v)) return field(q.id, `${name}は選択肢の一覧で答えてください。`, `Answer "${q.label}" with a list of options.`);
      const unknown = v.filter((o) => !q.options.includes(o));
      if (unknown.length > 0) return field(q.id, `${name}に選択肢にない「${unknown[0]}」があります（選択肢: ${q.options.join('、')}）。`, `"${unknown[0]}" is not an option of "${q.label}" (${q.options.join(', ')}).`);
      if (new Set(v).size !== v.length) return field(q.id, `${name}で同じ選択肢が重複しています。`, `An option of "${q.label}" is chosen twice.`);
      return undefined;
    }
    case 'text':
      if (typeof v !== 'string') return field(q.id, `${name}は文章で入力してください。`, `Enter text for "${q.label}".`);
      return v.length > q.maxLength ? field(q.id, `${name}は${q.maxLength}文字以内で入力してください（今は${v.length}文字）。`, `"${q.label}" takes at most ${q.maxLength} characters (now ${v.length}).`) : undefined;
    case 'date':
      return typeof v === 'string' && isRealDate(v) ? undefined : field(q.id, `${name}は YYYY-MM-DD の日付で入力してください（例: 2026-07-15）。`, `Enter "${q.label}" as a date YYYY-MM-DD (e.g. 2026-07-15).`);
    case 'file':
      if (!Array.isArray(v)) return field(q.id, `${name}は添付ファイルの一覧で答えてください。`, `Answer "${q.label}" with a list of attachments.`);
      return v.length > q.maxFiles ? field(q.id, `${name}に添付できるのは${q.maxFiles}件までです。`, `"${q.label}" takes at most ${q.maxFiles} files.`) : undefined;
  }
}

/**
 * Every problem with an answer's values: a value that does not fit its question, a question the survey does not
 * have, and (on submit only, so a draft may be saved half done) a required question left empty.
 */
export function answerErrors(questions: readonly Question[], values: AnswerValues, submit: boolean): FieldError[] {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const errors: FieldError[] = [];
  for (const id of Object.keys(values)) {
    if (!byId.has(id)) errors.push(field(id, `設問「${id}」はこの照会にありません。`, `This survey has no question "${id}".`));
  }
  for (const q of questions) {
    const v = values[q.id];
    const e = valueError(q, v);
    if (e) errors.push(e);
    else if (submit && q.required && isEmpty(v)) errors.push(field(q.id, `「${q.label}」は必須です。回答してから提出してください。`, `"${q.label}" is required: answer it before submitting.`));
  }
  return errors;
}

/** The values as stored: empty ones dropped, so "left empty" has one form. */
export function normaliseValues(values: AnswerValues): AnswerValues {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => !isEmpty(v)));
}

/** Answers may be saved and (re)submitted until the end of the deadline day in Japan. */
export function isPastDeadline(deadline: string | undefined, now: Date): boolean {
  return deadline !== undefined && todayInJapan(now) > deadline;
}

/** A submission counts as late when it came after the deadline day; an answer not submitted is late once the deadline has passed. */
export function isLate(deadline: string | undefined, submittedAt: string | undefined, now: Date): boolean {
  if (deadline === undefined) return false;
  return submittedAt ? todayInJapan(new Date(submittedAt)) > deadline : isPastDeadline(deadline, now);
}
