import { z } from 'zod';
import { seenBy } from '../auth/visibility';
import { ANSWER_STATUSES, type AnswerStatus } from './definition';
import { isLate, type AnswerValue, type SurveyAnswer } from './answers';
import { QUESTION_KINDS, type Question } from './questions';

/**
 * What the prefecture sees of a sent survey (the board: who has answered) and what its answers add up to (the
 * aggregates, from submitted answers only). Municipalities see the aggregates only when the prefecture shares them,
 * and then without any municipality's own answer: `perMunicipality` is the prefecture's (seenBy).
 */
export const boardRowSchema = z.object({
  orgCode: z.string(),
  orgName: z.string(),
  status: z.enum(ANSWER_STATUSES),
  submittedAt: z.string().optional(),
  updatedAt: z.string().optional(),
  /** Submitted after the deadline day, or not submitted and the deadline has passed. */
  late: z.boolean(),
});
export type BoardRow = z.infer<typeof boardRowSchema>;

export const surveyBoardSchema = z.object({
  surveyId: z.string(),
  deadline: z.string().optional(),
  counts: z.object({ asked: z.number().int(), notStarted: z.number().int(), draft: z.number().int(), submitted: z.number().int(), late: z.number().int() }),
  /** Every municipality asked (at most 100), in organisation-code order. */
  rows: z.array(boardRowSchema),
});
export type SurveyBoard = z.infer<typeof surveyBoardSchema>;

export function surveyBoard(
  survey: { id: string; deadline?: string },
  asked: readonly { orgCode: string; orgName: string }[],
  answers: readonly SurveyAnswer[],
  now: Date,
): SurveyBoard {
  const byOrg = new Map(answers.map((a) => [a.orgCode, a]));
  const rows = [...asked]
    .sort((a, b) => a.orgCode.localeCompare(b.orgCode))
    .map(({ orgCode, orgName }): BoardRow => {
      const a = byOrg.get(orgCode);
      const status: AnswerStatus = a?.status ?? 'not_started';
      const submittedAt = status === 'submitted' ? a?.submittedAt : undefined;
      return { orgCode, orgName, status, submittedAt, updatedAt: a?.updatedAt, late: isLate(survey.deadline, submittedAt, now) };
    });
  const count = (s: AnswerStatus) => rows.filter((r) => r.status === s).length;
  return {
    surveyId: survey.id,
    deadline: survey.deadline,
    counts: { asked: rows.length, notStarted: count('not_started'), draft: count('draft'), submitted: count('submitted'), late: rows.filter((r) => r.late).length },
    rows,
  };
}

export const municipalityValueSchema = z.object({ orgCode: z.string(), orgName: z.string(), value: z.union([z.number(), z.boolean(), z.string(), z.array(z.string())]) });

export const questionAggregateSchema = z.object({
  questionId: z.string(),
  label: z.string(),
  kind: z.enum(QUESTION_KINDS),
  unit: z.string().optional(),
  /** Submitted answers that answer this question. */
  answered: z.number().int(),
  /** number: over the answered values. */
  stats: z.object({ count: z.number().int(), sum: z.number(), mean: z.number(), min: z.number(), max: z.number() }).optional(),
  /** yes_no (はい, いいえ), single and multiple choice: how many chose each option, in the question's order. */
  options: z.array(z.object({ option: z.string(), count: z.number().int() })).optional(),
  /** Each municipality's own answer (number, text, date, choices): the prefecture's only. */
  perMunicipality: seenBy('prefecture', z.array(municipalityValueSchema)),
});
export type QuestionAggregate = z.infer<typeof questionAggregateSchema>;

export const surveyResultsSchema = z.object({
  surveyId: z.string(),
  askedCount: z.number().int(),
  submittedCount: z.number().int(),
  questions: z.array(questionAggregateSchema),
});
export type SurveyResults = z.infer<typeof surveyResultsSchema>;

const present = (v: AnswerValue | undefined): v is Exclude<AnswerValue, null> => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0);

/** Aggregates per question, from the submitted answers only (drafts never count). */
export function surveyResults(
  survey: { id: string; questions: readonly Question[] },
  askedCount: number,
  answers: readonly SurveyAnswer[],
  orgName: (code: string) => string,
): SurveyResults {
  const submitted = answers.filter((a) => a.status === 'submitted').sort((a, b) => a.orgCode.localeCompare(b.orgCode));
  const questions = survey.questions.map((q): QuestionAggregate => {
    const given = submitted.flatMap((a) => (present(a.values[q.id]) ? [{ orgCode: a.orgCode, value: a.values[q.id] as Exclude<AnswerValue, null> }] : []));
    const perMunicipality = given.map((g) => ({ orgCode: g.orgCode, orgName: orgName(g.orgCode), value: g.value }));
    const out: QuestionAggregate = { questionId: q.id, label: q.label, kind: q.kind, answered: given.length, perMunicipality };
    if (q.kind === 'number') {
      out.unit = q.unit;
      const nums = given.map((g) => g.value).filter((v): v is number => typeof v === 'number');
      if (nums.length > 0) {
        const sum = nums.reduce((s, n) => s + n, 0);
        out.stats = { count: nums.length, sum, mean: sum / nums.length, min: Math.min(...nums), max: Math.max(...nums) };
      }
    } else if (q.kind === 'yes_no') {
      out.options = [
        { option: 'はい', count: given.filter((g) => g.value === true).length },
        { option: 'いいえ', count: given.filter((g) => g.value === false).length },
      ];
    } else if (q.kind === 'single_choice' || q.kind === 'multiple_choice') {
      out.options = q.options.map((option) => ({
        option,
        count: given.filter((g) => (Array.isArray(g.value) ? g.value.includes(option) : g.value === option)).length,
      }));
    }
    return out;
  });
  return { surveyId: survey.id, askedCount, submittedCount: submitted.length, questions };
}
