import type { AnswerValue, AnswerValues } from '../../../../shared/surveys/answers';
import type { Question } from '../../../../shared/surveys/questions';

/** What a form control holds: text (number, text, date, single choice, yes/no as 'yes' | 'no') or the chosen options. */
export type AnswerInput = string | string[];
export type AnswerInputs = Record<string, AnswerInput>;

export function toInput(q: Question, v: AnswerValue | undefined): AnswerInput {
  if (q.kind === 'multiple_choice' || q.kind === 'file') return Array.isArray(v) ? [...v] : [];
  if (v === undefined || v === null) return '';
  if (q.kind === 'yes_no') return v === true ? 'yes' : v === false ? 'no' : '';
  return String(v);
}

export const toInputs = (questions: readonly Question[], values: AnswerValues): AnswerInputs =>
  Object.fromEntries(questions.map((q) => [q.id, toInput(q, values[q.id])]));

/**
 * A control's content as the answer's value. A number typed with full-width digits or thousands separators reads
 * as the number; one that is not a number goes as its text, so the check (shared/surveys/answers.ts) names it.
 */
export function fromInput(q: Question, input: AnswerInput | undefined): AnswerValue {
  if (Array.isArray(input)) return input.length > 0 ? input : null;
  const text = (input ?? '').trim();
  if (text === '') return null;
  switch (q.kind) {
    case 'number': {
      const n = Number(text.normalize('NFKC').replaceAll(',', ''));
      return Number.isFinite(n) ? n : text;
    }
    case 'yes_no':
      return text === 'yes';
    case 'text':
      return input as string;
    default:
      return text;
  }
}

/** The answer's values from the form: empty controls left out, as the API stores them. */
export function fromInputs(questions: readonly Question[], inputs: AnswerInputs): AnswerValues {
  const values: AnswerValues = {};
  for (const q of questions) {
    const v = fromInput(q, inputs[q.id]);
    if (v !== null) values[q.id] = v;
  }
  return values;
}
