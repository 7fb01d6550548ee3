import { OpenAPIHono } from '@hono/zod-openapi';
import { apiErrorSchema } from '../../../shared/api/errors';
import { todayInJapan } from '../../../shared/japan-days';
import { surveyIdSchema } from '../../../shared/surveys/definition';
import type { AppEnv } from '../../platform/auth/context';
import { jsonResponse, PREFECTURE_ROLES, securedRoute, z } from '../../platform/http/route';
import { validationHook } from '../../platform/http/validation-hook';
import { resultsCsv, resultsXlsx } from './results-service';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const params = z.object({ surveyId: surveyIdSchema });
const missing = jsonResponse('No such survey', apiErrorSchema);

/** ASCII name for old browsers, the Japanese one in filename* (RFC 6266). */
const disposition = (surveyId: string, title: string, ext: string) => {
  const day = todayInJapan(new Date());
  return `attachment; filename="survey-${surveyId}-${day}.${ext}"; filename*=UTF-8''${encodeURIComponent(`${title}_回答一覧_${day}.${ext}`)}`;
};

/**
 * The answers as files for the prefecture: one row per municipality that submitted, one column per question, the
 * XLSX and the CSV from one column declaration (shared/surveys/results-file.ts).
 */
export const resultsExportRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(
    securedRoute(PREFECTURE_ROLES, {
      method: 'get',
      path: '/api/surveys/{surveyId}/results.xlsx',
      summary: '回答一覧（Excel） / The submitted answers as XLSX, one row per municipality',
      request: { params },
      responses: { 200: { description: 'XLSX', content: { [XLSX_TYPE]: { schema: z.string() } } }, 404: missing },
    }),
    async (c) => {
      const { surveyId } = c.req.valid('param');
      const { file, survey } = await resultsXlsx(c.get('prefCode'), surveyId, c.get('principal'));
      return c.body(new Uint8Array(file), 200, { 'content-type': XLSX_TYPE, 'content-disposition': disposition(surveyId, survey.title, 'xlsx') });
    },
  )
  .openapi(
    securedRoute(PREFECTURE_ROLES, {
      method: 'get',
      path: '/api/surveys/{surveyId}/results.csv',
      summary: '回答一覧（CSV） / The submitted answers as CSV (UTF-8 with BOM), one row per municipality',
      request: { params },
      responses: { 200: { description: 'CSV (UTF-8 with BOM)', content: { 'text/csv': { schema: z.string() } } }, 404: missing },
    }),
    async (c) => {
      const { surveyId } = c.req.valid('param');
      const { csv, survey } = await resultsCsv(c.get('prefCode'), surveyId, c.get('principal'));
      return c.body(csv, 200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': disposition(surveyId, survey.title, 'csv') });
    },
  );
