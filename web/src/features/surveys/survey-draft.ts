import type { Survey, SurveyInput } from '../../../../shared/surveys/definition';
import type { Question, QuestionInput, QuestionKind } from '../../../../shared/surveys/questions';

/**
 * The editor's working copy of a survey: every input as the text a person typed (a half-typed minimum is not yet a
 * number), turned into the API's input only when saving, so nothing typed is lost to a conversion on the way.
 */
export interface QuestionDraft {
  /** Stable across reordering, for the list's rendering only. */
  key: number;
  id: string;
  label: string;
  kind: QuestionKind;
  help: string;
  required: boolean;
  unit: string;
  min: string;
  max: string;
  /** One option per line. */
  options: string;
  maxLength: string;
  maxFiles: string;
}

export interface SurveyDraft {
  id: string;
  title: string;
  description: string;
  fiscalYear: string;
  questions: QuestionDraft[];
  allRecipients: boolean;
  orgCodes: string[];
  deadline: string;
  shareAggregates: boolean;
}

let nextKey = 1;

/** The first of q1, q2, … no question of the draft uses yet. */
export function freeQuestionId(questions: readonly { id: string }[]): string {
  const used = new Set(questions.map((q) => q.id));
  let n = questions.length + 1;
  while (used.has(`q${n}`)) n += 1;
  return `q${n}`;
}

export function newQuestion(questions: readonly { id: string }[], kind: QuestionKind = 'number'): QuestionDraft {
  return { key: nextKey++, id: freeQuestionId(questions), label: '', kind, help: '', required: false, unit: '', min: '', max: '', options: '', maxLength: '', maxFiles: '' };
}

const text = (n: number | undefined) => (n === undefined ? '' : String(n));

export function toQuestionDraft(q: Question): QuestionDraft {
  return {
    key: nextKey++,
    id: q.id,
    label: q.label,
    kind: q.kind,
    help: q.help,
    required: q.required,
    unit: q.kind === 'number' ? q.unit : '',
    min: q.kind === 'number' ? text(q.min) : '',
    max: q.kind === 'number' ? text(q.max) : '',
    options: q.kind === 'single_choice' || q.kind === 'multiple_choice' ? q.options.join('\n') : '',
    maxLength: q.kind === 'text' ? text(q.maxLength) : '',
    maxFiles: q.kind === 'file' ? text(q.maxFiles) : '',
  };
}

export function toDraft(survey: Survey | undefined, fiscalYear: number): SurveyDraft {
  if (!survey) {
    return { id: '', title: '', description: '', fiscalYear: String(fiscalYear), questions: [newQuestion([])], allRecipients: true, orgCodes: [], deadline: '', shareAggregates: false };
  }
  return {
    id: survey.id,
    title: survey.title,
    description: survey.description,
    fiscalYear: String(survey.fiscalYear),
    questions: survey.questions.map(toQuestionDraft),
    allRecipients: survey.recipients.mode === 'all',
    orgCodes: survey.recipients.mode === 'chosen' ? [...survey.recipients.orgCodes] : [],
    deadline: survey.deadline ?? '',
    shareAggregates: survey.shareAggregates,
  };
}

/** A typed number, or the text itself so the API names what is wrong with it rather than it being dropped. */
const numberOrText = (value: string): number | undefined => {
  const t = value.trim().normalize('NFKC').replaceAll(',', '');
  if (t === '') return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : (value as unknown as number);
};

export function fromQuestionDraft(q: QuestionDraft): QuestionInput {
  const base = { id: q.id.trim(), label: q.label.trim(), help: q.help.trim(), required: q.required };
  switch (q.kind) {
    case 'number':
      return { ...base, kind: 'number', unit: q.unit.trim(), min: numberOrText(q.min), max: numberOrText(q.max) };
    case 'single_choice':
    case 'multiple_choice':
      return { ...base, kind: q.kind, options: q.options.split('\n').map((o) => o.trim()).filter((o) => o !== '') };
    case 'text':
      return { ...base, kind: 'text', maxLength: numberOrText(q.maxLength) };
    case 'file':
      return { ...base, kind: 'file', maxFiles: numberOrText(q.maxFiles) };
    default:
      return { ...base, kind: q.kind };
  }
}

export function fromDraft(d: SurveyDraft): SurveyInput {
  return {
    title: d.title.trim(),
    description: d.description,
    fiscalYear: Number(d.fiscalYear),
    questions: d.questions.map(fromQuestionDraft),
    recipients: d.allRecipients ? { mode: 'all' } : { mode: 'chosen', orgCodes: d.orgCodes },
    deadline: d.deadline || undefined,
    shareAggregates: d.shareAggregates,
  };
}

/**
 * Where an API field error points, in words: `questions.2.options` → 設問3. The API's paths follow the input
 * (shared/surveys/definition.ts); anything else is shown as it is.
 */
export function fieldPlace(path: string, tr: (ja: string, en: string) => string): string {
  const [head, index] = path.split('.');
  if (head === 'questions' && index !== undefined && /^\d+$/.test(index)) return tr(`設問${Number(index) + 1}`, `Question ${Number(index) + 1}`);
  const names: Record<string, [string, string]> = {
    title: ['件名', 'Title'],
    description: ['説明', 'Description'],
    fiscalYear: ['年度', 'Fiscal year'],
    questions: ['設問', 'Questions'],
    recipients: ['送付先', 'Recipients'],
    deadline: ['回答期限', 'Deadline'],
    id: ['照会ID', 'Survey id'],
  };
  const name = head ? names[head] : undefined;
  return name ? tr(name[0], name[1]) : path;
}
