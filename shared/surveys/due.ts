import { daysUntil } from '../japan-days';
import type { Task } from '../tasks/task';
import type { AnswerStatus, Survey } from './definition';

/** Reminders start a week before a survey's deadline, like the other deadlines (shared-measure values). */
export const SURVEY_DUE_SOON_DAYS = 7;

export type SurveyReminderKind = 'survey_due_soon' | 'survey_overdue';

type OpenSurvey = Pick<Survey, 'id' | 'title' | 'status' | 'deadline' | 'recipientOrgCodes'>;

/** Whether the municipality still owes the survey an answer: sent to it, taking answers, not submitted. */
const owes = (s: OpenSurvey, status: AnswerStatus | undefined) => s.status === 'sent' && s.deadline !== undefined && status !== 'submitted';

/**
 * A municipality's open surveys as tasks (やること): every survey sent to it and still taking answers that it has
 * not submitted, due or (once the deadline day has passed) overdue. A closed survey is no task.
 */
export function surveyTaskList(surveys: readonly OpenSurvey[], statusOf: (surveyId: string) => AnswerStatus | undefined, orgCode: string, now: Date): Task[] {
  return surveys
    .filter((s) => s.recipientOrgCodes.includes(orgCode) && owes(s, statusOf(s.id)))
    .map((s) => {
      const daysLeft = daysUntil(s.deadline!, now);
      const draft = statusOf(s.id) === 'draft';
      return {
        kind: daysLeft < 0 ? 'survey_overdue' : 'survey_due',
        title: draft ? { ja: `照会「${s.title}」の回答を提出する（下書きあり）`, en: `Submit your answer to the survey "${s.title}" (draft saved)` } : { ja: `照会「${s.title}」に回答する`, en: `Answer the survey "${s.title}"` },
        deadline: s.deadline,
        daysLeft,
        link: `/surveys/${s.id}`,
      } satisfies Task;
    });
}

/** The reminder a municipality is owed now for a survey, if any: a week before the deadline, and once it has passed. */
export function reminderKind(deadline: string, now: Date): SurveyReminderKind | undefined {
  const daysLeft = daysUntil(deadline, now);
  return daysLeft < 0 ? 'survey_overdue' : daysLeft <= SURVEY_DUE_SOON_DAYS ? 'survey_due_soon' : undefined;
}

/** Each reminder is sent once: its marker names the survey, the municipality and the kind. */
export const surveyReminderMarker = (surveyId: string, orgCode: string, kind: SurveyReminderKind) => `${surveyId}#${orgCode}#${kind}`;

/** Every reminder due now: one per open survey and municipality that has not submitted. */
export function surveyRemindersDue(surveys: readonly OpenSurvey[], statusOf: (surveyId: string, orgCode: string) => AnswerStatus | undefined, now: Date) {
  return surveys.flatMap((s) => {
    const kind = s.status === 'sent' && s.deadline ? reminderKind(s.deadline, now) : undefined;
    if (!kind) return [];
    return s.recipientOrgCodes.filter((org) => owes(s, statusOf(s.id, org))).map((orgCode) => ({ survey: s, orgCode, kind, marker: surveyReminderMarker(s.id, orgCode, kind) }));
  });
}
