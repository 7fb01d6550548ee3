import { formatFiscalYear } from '../fiscal-year';
import type { Survey, SurveyInput } from './definition';

/** The same day a year later (29 February → 28 February). */
export function nextYearDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y + 1, m - 1, d));
  // Overflowed into March: the year after has no 29 February.
  if (date.getUTCMonth() !== m - 1) date.setUTCDate(0);
  return date.toISOString().slice(0, 10);
}

/**
 * A survey copied for the next fiscal year (repeated yearly surveys): the same questions, recipients and sharing,
 * the year and the 年度 in its title moved on, the deadline a year later; nobody's answers.
 */
export function nextYearCopy(s: Pick<Survey, 'title' | 'description' | 'fiscalYear' | 'questions' | 'recipients' | 'deadline' | 'shareAggregates'>): SurveyInput {
  const fiscalYear = s.fiscalYear + 1;
  const from = formatFiscalYear(s.fiscalYear);
  const to = formatFiscalYear(fiscalYear);
  const title = s.title.includes(from) ? s.title.replaceAll(from, to) : `${to} ${s.title}`.slice(0, 120);
  return {
    title,
    description: s.description,
    fiscalYear,
    questions: s.questions,
    recipients: s.recipients,
    deadline: s.deadline ? nextYearDay(s.deadline) : undefined,
    shareAggregates: s.shareAggregates,
  };
}
