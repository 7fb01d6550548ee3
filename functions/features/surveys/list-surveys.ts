import type { Principal } from '../../../shared/auth/roles';
import { relationOf, visibleTo } from '../../../shared/auth/visibility';
import { surveyListSchema, type Survey, type SurveyList, type SurveySummary } from '../../../shared/surveys/definition';
import { isPrefecture } from './access';
import { getAnswers, getSurveys, listAnswers, listInbox, listSurveys } from './surveys.table';

const summaryOf = (s: Survey): SurveySummary => ({
  id: s.id,
  title: s.title,
  fiscalYear: s.fiscalYear,
  status: s.status,
  deadline: s.deadline,
  sentAt: s.sentAt,
  questionCount: s.questions.length,
  shareAggregates: s.shareAggregates,
  askedCount: s.recipientOrgCodes.length,
  updatedAt: s.updatedAt,
});

/**
 * GET /api/surveys: the prefecture's surveys newest first (one Query on GSI2); for a municipality, the surveys sent
 * to it newest first (one Query of its own partition) with its own answer's state, read by key for the page.
 */
export async function listSurveysFor(prefCode: string, principal: Principal, page: { limit?: number; cursor?: string }): Promise<SurveyList> {
  const limit = page.limit ?? 50;
  if (isPrefecture(principal)) {
    const found = await listSurveys(prefCode, limit, page.cursor);
    // 提出数 per survey: one Query of each sent survey's answers on the page (pattern 12), in parallel.
    const items = await Promise.all(
      found.items.map(async (s) => {
        if (s.status === 'draft') return summaryOf(s);
        const answers = await listAnswers(prefCode, s.id);
        return { ...summaryOf(s), submittedCount: answers.filter((a) => a.status === 'submitted').length };
      }),
    );
    return visibleTo(surveyListSchema, { items, nextCursor: found.nextCursor }, 'prefecture');
  }
  const inbox = await listInbox(prefCode, principal.orgCode, limit, page.cursor);
  const ids = inbox.items.map((e) => e.surveyId);
  const [surveys, answers] = await Promise.all([getSurveys(prefCode, ids), getAnswers(prefCode, principal.orgCode, ids)]);
  const byId = new Map(surveys.map((s) => [s.id, s]));
  const statusOf = new Map(answers.map((a) => [a.surveyId, a.status]));
  const items = ids.flatMap((id) => {
    const s = byId.get(id);
    return s ? [{ ...summaryOf(s), myAnswerStatus: statusOf.get(id) ?? ('not_started' as const) }] : [];
  });
  return visibleTo(surveyListSchema, { items, nextCursor: inbox.nextCursor }, relationOf(principal, principal.orgCode));
}
