import { OpenAPIHono } from '@hono/zod-openapi';
import { apiErrorSchema } from '../../shared/api/errors';
import { auditListSchema, measureDetailSchema, measureResultUpdateSchema, measureRowSchema } from '../../shared/api/plans';
import { prefectureOrgCode } from '../../shared/org/codes';
import { officialRating } from '../../shared/rating/engine';
import type { AppEnv } from '../auth/context';
import { notFound } from '../http/errors';
import { ANY_ROLE, jsonBody, jsonResponse, PREFECTURE_ROLES, securedRoute } from '../http/route';
import { validationHook } from '../http/validation-hook';
import { readHistory } from '../services/history';
import { relationOf, visibleTo } from '../../shared/auth/visibility';
import { keys } from '../repositories/keys';
import { listMeasureResults } from '../repositories/results';
import { updateMeasureResult } from '../services/measure-update';
import { groupTrail, loadPlan } from '../services/plan-year';
import { measureParams, measureYearParams, pageQuery } from './params';

/** One measure: its page (all years), its change history, and the staff edit of a year's figures. */
export const measureRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(
    securedRoute(ANY_ROLE, {
      method: 'get',
      path: '/api/plans/{planId}/measures/{measureNo}',
      summary: '施策の詳細 / A measure with its results in every fiscal year',
      request: { params: measureParams },
      responses: { 200: jsonResponse('The measure', measureDetailSchema), 404: jsonResponse('Not found', apiErrorSchema) },
    }),
    async (c) => {
      const { planId, measureNo } = c.req.valid('param');
      const prefCode = prefectureOrgCode(c.get('principal').orgCode);
      const [plan, results] = await Promise.all([loadPlan(prefCode, planId), listMeasureResults(prefCode, planId, measureNo)]);
      const measure = plan.measures.find((m) => m.measureNo === measureNo);
      if (!measure) throw notFound({ ja: `施策 ${measureNo}`, en: `Measure ${measureNo}` });
      return c.json(
        {
          planId,
          measure: { ...measure, groups: groupTrail(plan.groups, measure.groupPath) },
          results: results
            .sort((a, b) => a.fiscalYear - b.fiscalYear)
            .map((r) => visibleTo(measureDetailSchema.shape.results.element, { ...r, officialRating: officialRating(r) }, relationOf(c.get('principal'), undefined))),
        },
        200,
      );
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
    async (c) => {
      const { planId, measureNo } = c.req.valid('param');
      const { limit = 20, cursor } = c.req.valid('query');
      const prefCode = prefectureOrgCode(c.get('principal').orgCode);
      const entity = keys.measureEntity(prefCode, planId, measureNo);
      return c.json(await readHistory({ kind: 'measure', entity }, c.get('principal'), { limit, cursor }), 200);
    },
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
      const principal = c.get('principal');
      const prefCode = prefectureOrgCode(principal.orgCode);
      return c.json(await updateMeasureResult({ prefCode, planId, fiscalYear, measureNo }, c.req.valid('json'), principal), 200);
    },
  );
