import { OpenAPIHono } from '@hono/zod-openapi';
import { apiErrorSchema } from '../../../shared/api/errors';
import { auditListSchema } from '../../../shared/api/plans';
import { valuesImportResultSchema } from '../../../shared/api/shared-measures';
import { questionIdSchema } from '../../../shared/surveys/questions';
import {
  surveyActionSchema,
  surveyCopySchema,
  surveyCreateSchema,
  surveyIdSchema,
  surveyListSchema,
  surveySchema,
  surveyUpdateSchema,
  surveyViewSchema,
} from '../../../shared/surveys/definition';
import { surveyBoardSchema, surveyResultsSchema } from '../../../shared/surveys/results';
import { surveySharedValuesSchema } from '../../../shared/surveys/shared-values';
import type { AppEnv } from '../../platform/auth/context';
import { readHistory } from '../../platform/db/history';
import { pageQuery } from '../../platform/http/params';
import { jsonBody, jsonResponse, PREFECTURE_ROLES, securedRoute, z } from '../../platform/http/route';
import { validationHook } from '../../platform/http/validation-hook';
import { answerRoutes } from './answer-routes';
import { listSurveysFor } from './list-surveys';
import { boardOf, resultsOf } from './results-service';
import { resultsExportRoutes } from './results-export-routes';
import { sendSurvey } from './send-survey';
import { closeSurvey, copySurvey, createSurvey, deleteSurvey, readSurvey, surveyOut, updateSurvey } from './survey-service';
import { surveyFor } from './access';
import { surveyKeys } from './surveys.table';
import { answersToSharedValues } from './to-shared-values';

/** Prefecture staff run surveys; municipal staff answer them; the council has no part in them (403). */
const READERS = ['prefecture_admin', 'prefecture_staff', 'municipal_staff'] as const;
const params = z.object({ surveyId: surveyIdSchema });
const conflict = jsonResponse('Someone changed it first, or not possible in its state', apiErrorSchema);
const missing = jsonResponse('No such survey (or not sent to the caller)', apiErrorSchema);

/** Surveys (照会): the prefecture composes, sends, closes and copies them; municipalities answer (answer-routes.ts). */
export const surveyRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(
    securedRoute(READERS, {
      method: 'get',
      path: '/api/surveys',
      summary: '照会の一覧 / Surveys: the prefecture’s all, newest first; a municipality’s those sent to it, with its answer’s state',
      request: { query: pageQuery },
      responses: { 200: jsonResponse('One page of surveys', surveyListSchema) },
    }),
    async (c) => c.json(await listSurveysFor(c.get('prefCode'), c.get('principal'), c.req.valid('query')), 200),
  )
  .openapi(
    securedRoute(PREFECTURE_ROLES, {
      method: 'post',
      path: '/api/surveys',
      summary: '照会の作成 / Compose a survey (a draft)',
      request: { body: jsonBody(surveyCreateSchema) },
      responses: { 201: jsonResponse('The new draft', surveySchema), 409: conflict },
    }),
    async (c) => c.json(surveyOut(await createSurvey(c.get('prefCode'), c.req.valid('json'), c.get('principal'))), 201),
  )
  .openapi(
    securedRoute(READERS, {
      method: 'get',
      path: '/api/surveys/{surveyId}',
      summary: '照会 / A survey; for a municipality also its own answer’s state',
      request: { params },
      responses: { 200: jsonResponse('The survey', surveyViewSchema), 404: missing },
    }),
    async (c) => c.json(await readSurvey(c.get('prefCode'), c.req.valid('param').surveyId, c.get('principal')), 200),
  )
  .openapi(
    securedRoute(PREFECTURE_ROLES, {
      method: 'put',
      path: '/api/surveys/{surveyId}',
      summary: '照会の編集 / Edit a survey (questions, year and recipients only while a draft)',
      request: { params, body: jsonBody(surveyUpdateSchema) },
      responses: { 200: jsonResponse('The survey', surveySchema), 404: missing, 409: conflict },
    }),
    async (c) => c.json(surveyOut(await updateSurvey(c.get('prefCode'), c.req.valid('param').surveyId, c.req.valid('json'), c.get('principal'))), 200),
  )
  .openapi(
    securedRoute(PREFECTURE_ROLES, {
      method: 'delete',
      path: '/api/surveys/{surveyId}',
      summary: '照会の削除 / Delete a draft survey',
      request: { params, query: z.object({ version: z.coerce.number().int().min(1) }) },
      responses: { 200: jsonResponse('Deleted', z.object({ deleted: z.literal(true) })), 404: missing, 409: conflict },
    }),
    async (c) => c.json(await deleteSurvey(c.get('prefCode'), c.req.valid('param').surveyId, c.req.valid('query').version, c.get('principal')), 200),
  )
  .openapi(
    securedRoute(PREFECTURE_ROLES, {
      method: 'post',
      path: '/api/surveys/{surveyId}/send',
      summary: '照会の送付 / Send a draft to its recipients (each municipality gets a notice)',
      request: { params, body: jsonBody(surveyActionSchema) },
      responses: { 200: jsonResponse('The sent survey', surveySchema), 404: missing, 409: conflict },
    }),
    async (c) => c.json(surveyOut(await sendSurvey(c.get('prefCode'), c.req.valid('param').surveyId, c.req.valid('json').version, c.get('principal'))), 200),
  )
  .openapi(
    securedRoute(PREFECTURE_ROLES, {
      method: 'post',
      path: '/api/surveys/{surveyId}/close',
      summary: '照会の締切 / Close a survey: no more answers',
      request: { params, body: jsonBody(surveyActionSchema) },
      responses: { 200: jsonResponse('The closed survey', surveySchema), 404: missing, 409: conflict },
    }),
    async (c) => c.json(surveyOut(await closeSurvey(c.get('prefCode'), c.req.valid('param').surveyId, c.req.valid('json').version, c.get('principal'))), 200),
  )
  .openapi(
    securedRoute(PREFECTURE_ROLES, {
      method: 'post',
      path: '/api/surveys/{surveyId}/copy',
      summary: '照会の複製 / Copy a survey as a draft for the next fiscal year (no answers)',
      request: { params, body: jsonBody(surveyCopySchema) },
      responses: { 201: jsonResponse('The new draft', surveySchema), 404: missing, 409: conflict },
    }),
    async (c) => c.json(surveyOut(await copySurvey(c.get('prefCode'), c.req.valid('param').surveyId, c.req.valid('json').id, c.get('principal'))), 201),
  )
  .openapi(
    securedRoute(PREFECTURE_ROLES, {
      method: 'get',
      path: '/api/surveys/{surveyId}/history',
      summary: '照会の変更履歴 / Who changed the survey, when, from what to what',
      request: { params, query: pageQuery },
      responses: { 200: jsonResponse('One page of history, newest first', auditListSchema), 404: missing },
    }),
    async (c) => {
      const { surveyId } = c.req.valid('param');
      await surveyFor(c.get('prefCode'), surveyId, c.get('principal'));
      return c.json(await readHistory({ kind: 'survey', entity: surveyKeys.surveyEntity(c.get('prefCode'), surveyId) }, c.get('principal'), c.req.valid('query')), 200);
    },
  )
  .openapi(
    securedRoute(PREFECTURE_ROLES, {
      method: 'get',
      path: '/api/surveys/{surveyId}/board',
      summary: '回答状況 / Who was asked and the state of each answer (未回答・下書き・提出済, late)',
      request: { params },
      responses: { 200: jsonResponse('Every municipality asked', surveyBoardSchema), 404: missing },
    }),
    async (c) => c.json(await boardOf(c.get('prefCode'), c.req.valid('param').surveyId, c.get('principal')), 200),
  )
  .openapi(
    securedRoute(READERS, {
      method: 'get',
      path: '/api/surveys/{surveyId}/results',
      summary: '集計結果 / Aggregates per question from submitted answers (municipalities: only when shared, without others’ answers)',
      request: { params },
      responses: { 200: jsonResponse('The aggregates', surveyResultsSchema), 404: missing },
    }),
    async (c) => c.json(await resultsOf(c.get('prefCode'), c.req.valid('param').surveyId, c.get('principal')), 200),
  )
  .openapi(
    securedRoute(['prefecture_admin'], {
      method: 'post',
      path: '/api/surveys/{surveyId}/questions/{questionId}/shared-values',
      summary: '共通指標の値にする / Make a number question’s submitted answers a shared measure’s values for a period (dry run first)',
      request: { params: params.extend({ questionId: questionIdSchema }), body: jsonBody(surveySharedValuesSchema) },
      responses: {
        200: jsonResponse('What changed (or would change, in a dry run)', valuesImportResultSchema),
        404: jsonResponse('No such survey, question or measure', apiErrorSchema),
        409: conflict,
      },
    }),
    async (c) => {
      const { surveyId, questionId } = c.req.valid('param');
      return c.json(await answersToSharedValues(c.get('prefCode'), surveyId, questionId, c.req.valid('json'), c.get('principal')), 200);
    },
  )
  .route('/', resultsExportRoutes)
  .route('/', answerRoutes);
