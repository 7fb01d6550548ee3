import { daysUntil } from '../../../../shared/japan-days';
import { formatDate } from '../../../../shared/fiscal-year';
import { ANSWER_STATUS_LABELS, SURVEY_STATUS_LABELS, type AnswerStatus, type SurveyStatus } from '../../../../shared/surveys/definition';
import { QUESTION_KIND_LABELS, type Question, type QuestionKind } from '../../../../shared/surveys/questions';
import { lang, pick, tr } from '../../app/lang';

/** The labels the API declares (shared/surveys/), in the chosen language: one wording for the list, the board and the XLSX. */
export const surveyStatusLabel = (s: SurveyStatus) => pick(SURVEY_STATUS_LABELS[s]);
export const answerStatusLabel = (s: AnswerStatus) => pick(ANSWER_STATUS_LABELS[s]);
export const kindLabel = (k: QuestionKind) => pick(QUESTION_KIND_LABELS[k]);

/** A day as 令和8年7月15日 (Japanese) or 15 Jul 2026. */
export const dayLabel = (isoDate: string) => formatDate(isoDate, lang());

/** 令和8年7月15日（あと3日） / 15 Jul 2026 (3 days left); past deadlines say so, since a late answer is refused. */
export function deadlineLabel(deadline: string | undefined, now = new Date()): string {
  if (!deadline) return tr('未設定', 'Not set');
  const days = daysUntil(deadline, now);
  const day = dayLabel(deadline);
  if (days < 0) return tr(`${day}（締切を過ぎました）`, `${day} (passed)`);
  if (days === 0) return tr(`${day}（本日締切）`, `${day} (today)`);
  return tr(`${day}（あと${days}日）`, `${day} (${days} days left)`);
}

/** A number question's unit and range for its label and help: 「単位: 件、0以上」. */
export function numberHint(q: Question): string {
  if (q.kind !== 'number') return '';
  const parts = [q.unit ? tr(`単位: ${q.unit}`, `Unit: ${q.unit}`) : '', q.min !== undefined ? tr(`${q.min}以上`, `at least ${q.min}`) : '', q.max !== undefined ? tr(`${q.max}以下`, `at most ${q.max}`) : ''];
  return parts.filter(Boolean).join(tr('、', ', '));
}

/** The file a municipality downloads to answer in Excel, named so that 33 of them on a desk are told apart. */
export const formFileName = (title: string, orgName: string) => `照会回答_${title}_${orgName}.xlsx`.replace(/[\\/:*?"<>|]/g, '_');
