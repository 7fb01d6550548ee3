import { z } from 'zod';
import { localizedTextSchema } from '../localized';
import { answerValueSchema, isRealDate, type AnswerValue, type AnswerValues } from './answers';
import { questionKindText, YES_NO_TEXT, type Question } from './questions';

/**
 * The survey's answer form as an XLSX sheet (GET /api/surveys/{surveyId}/form.xlsx), declared once: the server
 * writes one row per question with these columns, and the import (POST …/answers/{orgCode}/import) reads the rows
 * back by the same headers (Japanese, or the English keys). Read-only columns are for the person filling it in.
 * Like shared/shared-measures/values-file.ts.
 */
export interface FormColumn {
  key: 'question_id' | 'question' | 'kind' | 'choices' | 'required' | 'help' | 'answer';
  ja: string;
  en: string;
  readOnly?: true;
  width: number;
}

export const FORM_COLUMNS: readonly FormColumn[] = [
  { key: 'question_id', ja: '設問ID', en: 'question_id', width: 16 },
  { key: 'question', ja: '設問', en: 'question', readOnly: true, width: 40 },
  { key: 'kind', ja: '種類・単位', en: 'kind', readOnly: true, width: 14 },
  { key: 'choices', ja: '選択肢', en: 'choices', readOnly: true, width: 30 },
  { key: 'required', ja: '必須', en: 'required', readOnly: true, width: 6 },
  { key: 'help', ja: '説明', en: 'help', readOnly: true, width: 36 },
  { key: 'answer', ja: '回答', en: 'answer', width: 30 },
];

/** Multiple choices and the options column: separated by `;` (options may not contain one, shared/surveys/questions.ts). */
export const CHOICE_SEPARATOR = '; ';

/** How a stored value is written into the answer cell; file answers are not part of the form (attach them in the portal). */
export function answerCellText(q: Question, v: AnswerValue | undefined): string {
  if (v === undefined || v === null) return '';
  if (q.kind === 'yes_no') return v === true ? YES_NO_TEXT.yes.ja : v === false ? YES_NO_TEXT.no.ja : '';
  if (q.kind === 'file') return '';
  if (Array.isArray(v)) return v.join(CHOICE_SEPARATOR);
  return String(v);
}

/** The form's row of a question: the cells in FORM_COLUMNS order. */
export function formRow(q: Question, v: AnswerValue | undefined): string[] {
  const cells: Record<FormColumn['key'], string> = {
    question_id: q.id,
    question: q.label,
    kind: questionKindText(q),
    choices:
      q.kind === 'single_choice' || q.kind === 'multiple_choice'
        ? q.options.join(CHOICE_SEPARATOR)
        : q.kind === 'yes_no'
          ? `${YES_NO_TEXT.yes.ja}${CHOICE_SEPARATOR}${YES_NO_TEXT.no.ja}`
          : q.kind === 'file'
            ? 'ポータルで添付してください'
            : '',
    required: q.required ? '必須' : '',
    help: [q.help, q.kind === 'number' && q.min !== undefined ? `${q.min}以上` : '', q.kind === 'number' && q.max !== undefined ? `${q.max}以下` : '', q.kind === 'multiple_choice' ? '複数の場合は「;」で区切る' : '', q.kind === 'date' ? 'YYYY-MM-DD' : '']
      .filter(Boolean)
      .join(' / '),
    answer: answerCellText(q, v),
  };
  return FORM_COLUMNS.map((c) => cells[c.key]);
}

/** POST /api/surveys/{surveyId}/answers/{orgCode}/import: the sheet's rows as read in the browser (header → cell text). */
export const answerImportSchema = z.object({
  rows: z.array(z.record(z.string().max(100), z.string().max(10_000))).min(1).max(200),
  /** Preview only: nothing is written. */
  dryRun: z.boolean().default(false),
  /** The answer's version the preview was made against (0: none saved yet); ignored in a dry run. */
  version: z.number().int().min(0).optional(),
  /** Submit the imported answer rather than keep it as a draft. */
  submit: z.boolean().default(false),
});
export type AnswerImport = z.input<typeof answerImportSchema>;

export const formRowErrorSchema = z.object({ row: z.number().int(), column: z.string(), message: localizedTextSchema });
export type FormRowError = z.infer<typeof formRowErrorSchema>;

export const answerImportResultSchema = z.object({
  dryRun: z.boolean(),
  /** Per question whose answer the file changes: before → after, as the form writes them. */
  changes: z.array(z.object({ row: z.number().int(), questionId: z.string(), label: z.string(), before: z.string(), after: z.string() })),
  /** Problems, per row (Excel's numbering: the header is row 1); nothing is written while there are any. */
  errors: z.array(formRowErrorSchema),
  /** The values the answer would hold (dry run) or holds now. */
  values: z.record(z.string(), answerValueSchema),
  status: z.enum(['not_started', 'draft', 'submitted']),
  version: z.number().int(),
});
export type AnswerImportResult = z.infer<typeof answerImportResultSchema>;

const clean = (text: string | undefined) => (text ?? '').normalize('NFKC').trim();
const column = (key: FormColumn['key']) => FORM_COLUMNS.find((c) => c.key === key)!;
const cellOf = (row: Record<string, string>, key: FormColumn['key']) => {
  const c = column(key);
  for (const [h, v] of Object.entries(row)) if (h.trim() === c.ja || h.trim() === c.en) return v;
  return undefined;
};
const rowError = (row: number, key: FormColumn['key'], ja: string, en: string): FormRowError => ({ row, column: column(key).ja, message: { ja, en } });

/** A cell's text → the question's value; a message when it does not read as that kind. Linear-time (no regex from input). */
function readCell(q: Question, raw: string): { value: AnswerValue } | { error: { ja: string; en: string } } {
  const t = clean(raw);
  if (t === '') return { value: null };
  switch (q.kind) {
    case 'number': {
      const n = Number(t.replaceAll(',', ''));
      return Number.isFinite(n) ? { value: n } : { error: { ja: `「${t}」は数値ではありません。`, en: `"${t}" is not a number.` } };
    }
    case 'yes_no': {
      const l = t.toLowerCase();
      if (['はい', 'yes', 'y', 'true', '○', '1'].includes(l)) return { value: true };
      if (['いいえ', 'no', 'n', 'false', '×', '0'].includes(l)) return { value: false };
      return { error: { ja: `「はい」か「いいえ」で答えてください（「${t}」）。`, en: `Answer yes or no ("${t}").` } };
    }
    case 'single_choice':
      return { value: t };
    case 'multiple_choice':
      return { value: t.split(';').map((o) => o.trim()).filter((o) => o !== '') };
    case 'text':
      return { value: raw.trim() };
    case 'date': {
      const parts = t.replaceAll('/', '-').split('-');
      const [y, m, d] = parts;
      const iso = parts.length === 3 && y && m && d ? `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}` : t;
      return isRealDate(iso) ? { value: iso } : { error: { ja: `「${t}」は日付ではありません（例: 2026-07-15）。`, en: `"${t}" is not a date (e.g. 2026-07-15).` } };
    }
    case 'file':
      return { value: null };
  }
}

/**
 * The sheet's rows → the answer's values, starting from the saved ones (a question the file leaves out keeps its
 * answer; an emptied answer cell empties it). File questions keep their attachments. Rows are numbered as Excel
 * shows them (the header is row 1).
 */
export function readFormRows(questions: readonly Question[], saved: AnswerValues, rows: readonly Record<string, string>[]): { values: AnswerValues; rowOf: Map<string, number>; errors: FormRowError[] } {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const values: AnswerValues = { ...saved };
  const rowOf = new Map<string, number>();
  const errors: FormRowError[] = [];
  if (rows[0] && cellOf(rows[0], 'question_id') === undefined) {
    errors.push(rowError(1, 'question_id', '見出し行（1行目）に「設問ID」列がありません。照会の様式をそのままお使いください。', 'The header row (row 1) has no 設問ID (question_id) column. Use the survey’s form as downloaded.'));
    return { values, rowOf, errors };
  }
  rows.forEach((row, index) => {
    const excelRow = index + 2;
    const id = clean(cellOf(row, 'question_id'));
    if (id === '') return;
    const q = byId.get(id);
    if (!q) {
      errors.push(rowError(excelRow, 'question_id', `設問ID「${id}」はこの照会にありません。`, `This survey has no question "${id}".`));
      return;
    }
    if (rowOf.has(id)) {
      errors.push(rowError(excelRow, 'question_id', `設問ID「${id}」が${rowOf.get(id)}行目と重複しています。`, `Question "${id}" repeats row ${rowOf.get(id)}.`));
      return;
    }
    rowOf.set(id, excelRow);
    if (q.kind === 'file') return;
    const answer = cellOf(row, 'answer');
    if (answer === undefined) {
      errors.push(rowError(excelRow, 'answer', '「回答」列がありません。照会の様式をそのままお使いください。', 'There is no 回答 (answer) column. Use the survey’s form as downloaded.'));
      return;
    }
    const read = readCell(q, answer);
    if ('error' in read) errors.push(rowError(excelRow, 'answer', read.error.ja, read.error.en));
    else if (read.value === null) delete values[q.id];
    else values[q.id] = read.value;
  });
  return { values, rowOf, errors };
}
