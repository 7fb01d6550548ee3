import { OpenAPIHono } from '@hono/zod-openapi';
import { apiErrorSchema } from '../../../shared/api/errors';
import {
  auditListSchema,
  measureDetailSchema,
  measureResultUpdateSchema,
  measureRowSchema,
  planImportRequestSchema,
  planImportResultSchema,
  yearPublicationRequestSchema,
} from '../../../shared/api/plans';
import { parsePlanImport } from '../../../shared/plan/import';
import type { AppEnv } from '../../platform/auth/context';
import { DomainError } from '../../../shared/errors';
import { jsonBody, jsonResponse, PREFECTURE_ROLES, publicRoute, securedRoute } from '../../platform/http/route';
import { viewerOf } from '../../platform/http/viewer';
import { validationHook } from '../../platform/http/validation-hook';
import { updateMeasureResult } from './measure-update';
import { measureDetail, measureHistory } from './measure-detail';
import { applyPlanImport } from './plan-import';
import { publishYear } from './publication';
import { yearPublicationSchema } from '../../../shared/plan/publication';
import { measureParams, measureYearParams, pageQuery, planYearParams } from '../../platform/http/params';

/**
 * One measure (its page with all years, its change history, the staff edit of a
 * year's figures), then the plan import (plan file + measures CSV + indicators
 * CSV, the same as `npm run import`, administrators only). Mounted apart from
 * planRoutes (routes.ts) because the API document lists these paths after the
 * inspection report's and the dashboard's.
 */
export const measureRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(
    publicRoute({
      method: 'get',
      path: '/api/plans/{planId}/measures/{measureNo}',
      summary: '施策の詳細 / A measure with its results in every fiscal year',
      request: { params: measureParams },
      responses: { 200: jsonResponse('The measure', measureDetailSchema), 404: jsonResponse('Not found', apiErrorSchema) },
    }),
    async (c) => {
      const { planId, measureNo } = c.req.valid('param');
      return c.json(await measureDetail(viewerOf(c), c.get('prefCode'), planId, measureNo), 200);
    },
  )
  .openapi(
    securedRoute(PREFECTURE_ROLES, {
      method: 'get',
      path: '/api/plans/{planId}/measures/{measureNo}/history',
      summary: '施策の変更履歴 / Change history of a measure (who, when, before, after), newest first',
      request: { params: measureParams, query: pageQuery },
      responses: { 200: jsonResponse('One page of audit records', auditListSchema) },
    }),
    async (c) => c.json(await measureHistory(c.req.valid('param'), c.get('principal'), c.get('prefCode'), c.req.valid('query')), 200),
  )
  .openapi(
    securedRoute(PREFECTURE_ROLES, {
      method: 'put',
      path: '/api/plans/{planId}/years/{fiscalYear}/measures/{measureNo}',
      summary: '施策の実績・目標・評価の更新 / Update a measure’s figures, reason and confirmed rating for a year',
      description:
        'prefecture_staff may edit only measures of their own bureau. Send the version you started from; ' +
        'if someone saved in between, the answer is 409 with the current row.',
      request: { params: measureYearParams, body: jsonBody(measureResultUpdateSchema) },
      responses: {
        200: jsonResponse('The saved row, with the recomputed rating', measureRowSchema),
        404: jsonResponse('Not found', apiErrorSchema),
        409: jsonResponse('Someone else saved first', apiErrorSchema),
      },
    }),
    async (c) => {
      const { planId, fiscalYear, measureNo } = c.req.valid('param');
      const prefCode = c.get('prefCode');
      return c.json(await updateMeasureResult({ prefCode, planId, fiscalYear, measureNo }, c.req.valid('json'), c.get('principal')), 200);
    },
  )
  .openapi(
    securedRoute(['prefecture_admin'], {
      method: 'post',
      path: '/api/imports/plans',
      summary: '計画の取込 / Import a plan and one fiscal year of results',
      description:
        'Validates every row first: if any row is invalid nothing is written and every bad row and column is reported. ' +
        'Importing the same files again changes nothing. With dryRun (the preview) nothing is written and the answer lists, ' +
        'per measure and field, what would change (before → after), new measures and conflicts: fields edited in the portal since ' +
        'the last import that the files would replace. Conflicts are kept unless named in `overwrite`. Send the preview’s ' +
        '`fingerprint` with the import: if the data or files changed since, the answer is 409 (preview again). Importing into a ' +
        'published (公表済) year needs a `reason`, and each changed measure gets an erratum.',
      request: { body: jsonBody(planImportRequestSchema) },
      responses: {
        200: jsonResponse('What the import changed (or would change, with dryRun)', planImportResultSchema),
        400: jsonResponse('Invalid files, or a published year without a reason', apiErrorSchema),
        409: jsonResponse('The plan changed since the preview or during the import', apiErrorSchema),
      },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const parsed = parsePlanImport({
        plan: body.plan,
        measuresCsv: body.measuresCsv,
        indicatorsCsv: body.indicatorsCsv,
        fiscalYear: body.fiscalYear,
      });
      if (!parsed.ok) {
        throw new DomainError(
          'invalid',
          'import_invalid',
          {
            ja: `ファイルに誤りが ${parsed.errors.length} 件あります。何も取り込んでいません。一覧の行と列を修正してから、もう一度取り込んでください。`,
            en: `The files have ${parsed.errors.length} problem(s). Nothing was imported. Correct the rows and columns listed, then import again.`,
          },
          { rows: parsed.errors },
        );
      }
      const { dryRun = false, fingerprint, overwrite, reason } = body;
      const result = await applyPlanImport(parsed, body.fiscalYear, c.get('principal'), { dryRun, fingerprint, overwrite, reason });
      return c.json(result, 200);
    },
  )
  .openapi(
    securedRoute(['prefecture_admin'], {
      method: 'post',
      path: '/api/plans/{planId}/years/{fiscalYear}/publication',
      summary: '年度の公表 / Publish a fiscal year (作成中 → 公表済)',
      description:
        'Marks the year published: anyone may then read it without signing in, and every later change to a measure of the ' +
        'year needs a reason and is recorded as an erratum (正誤). Recorded in the plan’s audit trail. 409 when already published.',
      request: { params: planYearParams, body: jsonBody(yearPublicationRequestSchema) },
      responses: {
        200: jsonResponse('The year’s publication record', yearPublicationSchema),
        404: jsonResponse('No such plan or year', apiErrorSchema),
        409: jsonResponse('Already published, or the plan changed meanwhile', apiErrorSchema),
      },
    }),
    async (c) => {
      const { planId, fiscalYear } = c.req.valid('param');
      const { version } = c.req.valid('json');
      return c.json(await publishYear(c.get('prefCode'), planId, fiscalYear, c.get('principal'), version), 200);
    },
  );
