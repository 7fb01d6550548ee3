import type { MeasureListQuery } from '../../../shared/api/plans';

/** Every query key of the app, in one place, so invalidation names what it means. */
export const queryKeys = {
  me: ['me'] as const,
  localUsers: ['auth', 'local-users'] as const,
  plans: ['plans'] as const,
  plan: (planId: string) => ['plans', planId] as const,
  summary: (planId: string, fy: number) => ['plans', planId, 'years', fy, 'summary'] as const,
  report: (planId: string, fy: number) => ['plans', planId, 'years', fy, 'report'] as const,
  headlines: ['dashboard', 'headlines'] as const,
  discrepancies: (planId: string, fy: number) => ['plans', planId, 'years', fy, 'discrepancies'] as const,
  measures: (planId: string, fy: number, query: MeasureListQuery) => ['plans', planId, 'years', fy, 'measures', query] as const,
  measure: (planId: string, measureNo: string) => ['plans', planId, 'measures', measureNo] as const,
  errata: (planId: string, fy: number) => ['plans', planId, 'years', fy, 'errata'] as const,
  history: (planId: string, measureNo: string) => ['plans', planId, 'measures', measureNo, 'history'] as const,
};

/** Keys of the shared municipal measures (共通指標). */
export const sharedKeys = {
  all: ['shared'] as const,
  catalogue: ['shared', 'catalogue'] as const,
  comparison: (measureId: string, period: string) => ['shared', 'comparison', measureId, period] as const,
  trend: (measureId: string, from: string, to: string) => ['shared', 'trend', measureId, from, to] as const,
  profile: (orgCode: string) => ['shared', 'profile', orgCode] as const,
  /** Values waiting for the prefecture's review (確認待ち); under 'shared', so any value write refetches it. */
  reviewQueue: ['shared', 'review-queue'] as const,
  /** 報告状況: reporting rates over a range of deadlines (empty: the server's default, the last 12 months). */
  reportingRates: (from: string, to: string) => ['shared', 'reporting-rates', from, to] as const,
};

/** Keys of joint projects (協働事業), their reports and the notices they raise. */
export const jointKeys = {
  all: ['joint'] as const,
  list: ['joint', 'list'] as const,
  overview: (projectId: string) => ['joint', 'project', projectId] as const,
  report: (projectId: string, periodId: string, orgCode: string) => ['joint', 'report', projectId, periodId, orgCode] as const,
  reviewQueue: ['joint', 'review-queue'] as const,
  forMeasure: (planId: string, measureNo: string) => ['joint', 'measure', planId, measureNo] as const,
  notices: ['joint', 'notices'] as const,
};

export const organisationKeys = { all: ['organisations'] as const };

/** Keys of the user administration (利用者管理): any change refetches the lists and the person's history. */
export const userKeys = {
  all: ['users'] as const,
  list: (filter: { orgCode?: string; role?: string; status?: string }) => ['users', 'list', filter] as const,
  history: (userId: string) => ['users', 'history', userId] as const,
};

/**
 * やること: the signed-in person's tasks. Read again whenever the page opens (not cached between visits), since
 * writes in shared measures and joint projects change them.
 */
export const taskKeys = { mine: ['tasks', 'mine'] as const };

/** Keys of surveys (照会): a survey, its answers and aggregates share its prefix, so any answer refetches them. */
export const surveyKeys = {
  all: ['surveys'] as const,
  list: (filter: Record<string, string | undefined>) => ['surveys', 'list', filter] as const,
  survey: (surveyId: string) => ['surveys', surveyId] as const,
  answer: (surveyId: string, orgCode: string) => ['surveys', surveyId, 'answers', orgCode] as const,
  results: (surveyId: string) => ['surveys', surveyId, 'results'] as const,
  board: (surveyId: string) => ['surveys', surveyId, 'board'] as const,
};

/** Keys of the consultation desk (相談窓口) and its FAQ (よくある相談). */
export const consultationKeys = {
  all: ['consultations'] as const,
  list: (filter: Record<string, string | undefined>) => ['consultations', 'list', filter] as const,
  consultation: (id: string) => ['consultations', id] as const,
  statistics: (fiscalYear: number) => ['consultations', 'statistics', fiscalYear] as const,
  faq: (query: string) => ['consultations', 'faq', query] as const,
  faqEntry: (id: string) => ['consultations', 'faq', 'entry', id] as const,
};

/** Keys of the council (推進会議): meetings and their decisions and action items. */
export const meetingKeys = {
  all: ['meetings'] as const,
  list: (fiscalYear?: number) => ['meetings', 'list', fiscalYear] as const,
  meeting: (id: string) => ['meetings', id] as const,
  actionItems: (filter: Record<string, string | undefined>) => ['meetings', 'action-items', filter] as const,
};

/** Search across the portal. */
export const searchKeys = { results: (q: string, kind?: string) => ['search', q, kind] as const };
