import { createMutation, createQuery, useQueryClient } from '@tanstack/solid-query';
import type { AnswerSave, SurveyAnswer } from '../../../../shared/surveys/answers';
import type { Survey, SurveyCreate, SurveySummary, SurveyUpdate, SurveyView } from '../../../../shared/surveys/definition';
import type { AnswerImport, AnswerImportResult } from '../../../../shared/surveys/form-file';
import type { SurveyBoard, SurveyResults } from '../../../../shared/surveys/results';
import type { SurveySharedValues } from '../../../../shared/surveys/shared-values';
import type { ValuesImportResult } from '../../../../shared/api/shared-measures';
import type { SharedMeasure } from '../../../../shared/shared-measures/definition';
import { getAllPages, getJson, sendJson } from '../../app/api';
import { sharedKeys, surveyKeys, taskKeys } from '../../app/query-keys';

const base = (surveyId: string) => `/api/surveys/${encodeURIComponent(surveyId)}`;
export const answerPath = (surveyId: string, orgCode: string) => `${base(surveyId)}/answers/${orgCode}`;

/** Every survey the viewer may see (a few dozen a year): all pages of the list. */
export const createSurveyListQuery = () =>
  createQuery(() => ({ queryKey: surveyKeys.list({}), queryFn: () => getAllPages<SurveySummary>('/api/surveys?limit=100') }));

export const createSurveyQuery = (surveyId: () => string | undefined) =>
  createQuery(() => ({
    queryKey: surveyKeys.survey(surveyId() ?? ''),
    queryFn: () => getJson<SurveyView>(base(surveyId()!)),
    enabled: !!surveyId(),
  }));

export const createAnswerQuery = (surveyId: () => string, orgCode: () => string | undefined) =>
  createQuery(() => ({
    queryKey: surveyKeys.answer(surveyId(), orgCode() ?? ''),
    queryFn: () => getJson<SurveyAnswer>(answerPath(surveyId(), orgCode()!)),
    enabled: !!orgCode(),
  }));

export const createBoardQuery = (surveyId: () => string, enabled: () => boolean) =>
  createQuery(() => ({
    queryKey: surveyKeys.board(surveyId()),
    queryFn: () => getJson<SurveyBoard>(`${base(surveyId())}/board`),
    enabled: enabled(),
  }));

export const createResultsQuery = (surveyId: () => string, enabled: () => boolean) =>
  createQuery(() => ({
    queryKey: surveyKeys.results(surveyId()),
    queryFn: () => getJson<SurveyResults>(`${base(surveyId())}/results`),
    enabled: enabled(),
  }));

/** The shared-measure catalogue, under the key and in the shape the shared-measures pages keep it. */
export const createCatalogueQuery = (enabled: () => boolean) =>
  createQuery(() => ({
    queryKey: sharedKeys.catalogue,
    queryFn: () => getJson<{ items: SharedMeasure[] }>('/api/shared-measures'),
    staleTime: 5 * 60_000,
    enabled: enabled(),
  }));

/** Any survey write changes lists, the board, results and someone's tasks (やること): refetch them all. */
function useSurveyMutation<I, O>(fn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return createMutation(() => ({
    mutationFn: fn,
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: surveyKeys.all });
      await client.invalidateQueries({ queryKey: taskKeys.mine });
    },
  }));
}

export const createCreateSurvey = () => useSurveyMutation((body: SurveyCreate) => sendJson<Survey>('POST', '/api/surveys', body));
export const createUpdateSurvey = () => useSurveyMutation((i: { surveyId: string; body: SurveyUpdate }) => sendJson<Survey>('PUT', base(i.surveyId), i.body));
export const createSurveyAction = () =>
  useSurveyMutation((i: { surveyId: string; action: 'send' | 'close'; version: number }) => sendJson<Survey>('POST', `${base(i.surveyId)}/${i.action}`, { version: i.version }));
export const createCopySurvey = () => useSurveyMutation((i: { surveyId: string; id?: string }) => sendJson<Survey>('POST', `${base(i.surveyId)}/copy`, i.id ? { id: i.id } : {}));

export const createSaveAnswer = () =>
  useSurveyMutation((i: { surveyId: string; orgCode: string; body: AnswerSave }) => sendJson<SurveyAnswer>('PUT', answerPath(i.surveyId, i.orgCode), i.body));

/** The XLSX round trip: a dry run shows what changes; only a real run (dryRun false) is a write and refetches. */
export const importAnswer = (surveyId: string, orgCode: string, body: AnswerImport) =>
  sendJson<AnswerImportResult>('POST', `${answerPath(surveyId, orgCode)}/import`, body);

export const toSharedValues = (surveyId: string, questionId: string, body: SurveySharedValues) =>
  sendJson<ValuesImportResult>('POST', `${base(surveyId)}/questions/${encodeURIComponent(questionId)}/shared-values`, body);

export const surveyFilePath = (surveyId: string, file: 'results.xlsx' | 'results.csv' | 'form.xlsx', orgCode?: string) =>
  `${base(surveyId)}/${file}${orgCode ? `?orgCode=${orgCode}` : ''}`;
