import { OpenAPIHono } from '@hono/zod-openapi';
import { apiErrorSchema } from '../../../shared/api/errors';
import { auditListSchema } from '../../../shared/api/plans';
import { todayInJapan } from '../../../shared/japan-days';
import { answerSaveSchema, surveyAnswerSchema } from '../../../shared/surveys/answers';
import { orgCodeSchema, surveyIdSchema } from '../../../shared/surveys/definition';
import { answerImportResultSchema, answerImportSchema } from '../../../shared/surveys/form-file';
import type { AppEnv } from '../../platform/auth/context';
import { readHistory } from '../../platform/db/history';
import { pageQuery } from '../../platform/http/params';
import { jsonBody, jsonResponse, securedRoute, z } from '../../platform/http/route';
import { validationHook } from '../../platform/http/validation-hook';
import { attachmentRoutes } from '../../platform/http/attachment-routes';
import { openAnswerThread } from './answer-files';
import { surveyForAnswer } from './access';
import { answerForm, importAnswer } from './answer-file';
import { putAnswer, readAnswer } from './answer-service';
import { surveyKeys } from './surveys.table';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const READERS = ['prefecture_admin', 'prefecture_staff', 'municipal_staff'] as const;
const ANSWERERS = ['municipal_staff'] as const;
const params = z.object({ surveyId: surveyIdSchema, orgCode: orgCodeSchema });
const missing = jsonResponse('No such survey or answer (another municipality’s answer reads as missing)', apiErrorSchema);
const conflict = jsonResponse('Someone saved first, the deadline has passed, or the survey is closed', apiErrorSchema);

/** A municipality's answer: its own staff save and submit it (in the portal or by the XLSX form); the prefecture reads it. */
export const answerRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(
    securedRoute(READERS, {
      method: 'get',
      path: '/api/surveys/{surveyId}/answers/{orgCode}',
      summary: '回答 / A municipality’s answer (empty, version 0, until saved)',
      request: { params },
      responses: { 200: jsonResponse('The answer', surveyAnswerSchema), 404: missing },
    }),
    async (c) => {
      const { surveyId, orgCode } = c.req.valid('param');
      return c.json(await readAnswer(c.get('prefCode'), surveyId, orgCode, c.get('principal')), 200);
    },
  )
  .openapi(
    securedRoute(ANSWERERS, {
      method: 'put',
      path: '/api/surveys/{surveyId}/answers/{orgCode}',
      summary: '回答の保存・提出 / Save the answer as a draft, or submit it (again, until the deadline)',
      request: { params, body: jsonBody(answerSaveSchema) },
      responses: { 200: jsonResponse('The answer', surveyAnswerSchema), 404: missing, 409: conflict },
    }),
    async (c) => {
      const { surveyId, orgCode } = c.req.valid('param');
      return c.json(await putAnswer(c.get('prefCode'), surveyId, orgCode, c.req.valid('json'), c.get('principal')), 200);
    },
  )
  .openapi(
    securedRoute(READERS, {
      method: 'get',
      path: '/api/surveys/{surveyId}/answers/{orgCode}/history',
      summary: '回答の変更履歴 / Who changed the answer, when, from what to what',
      request: { params, query: pageQuery },
      responses: { 200: jsonResponse('One page of history, newest first', auditListSchema), 404: missing },
    }),
    async (c) => {
      const { surveyId, orgCode } = c.req.valid('param');
      await surveyForAnswer(c.get('prefCode'), surveyId, orgCode, c.get('principal'));
      const target = { kind: 'surveyAnswer' as const, entity: surveyKeys.answerEntity(c.get('prefCode'), surveyId, orgCode), owner: orgCode };
      return c.json(await readHistory(target, c.get('principal'), c.req.valid('query')), 200);
    },
  )
  .openapi(
    securedRoute(READERS, {
      method: 'get',
      path: '/api/surveys/{surveyId}/form.xlsx',
      summary: '回答様式（Excel） / The answer form as XLSX, one row per question, prefilled with the saved answer',
      description: 'orgCode: whose saved answer to prefill (municipal staff: their own, the default); the prefecture may leave it out for a blank form.',
      request: { params: z.object({ surveyId: surveyIdSchema }), query: z.object({ orgCode: orgCodeSchema.optional() }) },
      responses: { 200: { description: 'XLSX', content: { [XLSX_TYPE]: { schema: z.string() } } }, 404: missing },
    }),
    async (c) => {
      const { surveyId } = c.req.valid('param');
      const { file, name } = await answerForm(c.get('prefCode'), surveyId, c.req.valid('query').orgCode, c.get('principal'));
      const day = todayInJapan(new Date());
      return c.body(new Uint8Array(file), 200, {
        'content-type': XLSX_TYPE,
        'content-disposition': `attachment; filename="survey-${surveyId}-form-${day}.xlsx"; filename*=UTF-8''${encodeURIComponent(`${name}_${day}.xlsx`)}`,
      });
    },
  )
  .openapi(
    securedRoute(ANSWERERS, {
      method: 'post',
      path: '/api/surveys/{surveyId}/answers/{orgCode}/import',
      summary: '回答の取込（Excel） / Read the filled-in form: a preview (before → after, errors per row), then save as a draft or submit',
      request: { params, body: jsonBody(answerImportSchema) },
      responses: { 200: jsonResponse('What changes (dry run) or changed', answerImportResultSchema), 404: missing, 409: conflict },
    }),
    async (c) => {
      const { surveyId, orgCode } = c.req.valid('param');
      return c.json(await importAnswer(c.get('prefCode'), surveyId, orgCode, c.req.valid('json'), c.get('principal')), 200);
    },
  )
  .route(
    '/',
    attachmentRoutes({
      path: '/api/surveys/{surveyId}/answers/{orgCode}/attachments',
      params,
      readRoles: READERS,
      changeRoles: ANSWERERS,
      subject: { ja: '回答の添付ファイル', en: 'files of a survey answer' },
      open: openAnswerThread,
    }),
  );
