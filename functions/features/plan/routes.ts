import { OpenAPIHono } from '@hono/zod-openapi';
import {
  discrepanciesSchema,
  measureListQuerySchema,
  measureListSchema,
  planListSchema,
  planResponseSchema,
  planSummarySchema,
} from '../../../shared/api/plans';
import { buildPlanSummary } from '../../../shared/rating/summary';
import { compareJapanese } from '../../../shared/text';
import type { AppEnv } from '../../platform/auth/context';
import { ANY_ROLE, jsonResponse, securedRoute, z } from '../../platform/http/route';
import { validationHook } from '../../platform/http/validation-hook';
import { measuresCsv } from './measure-csv';
import { filterAndSort, pageOf } from './measure-list';
import { loadPlan, loadPlanYear, measureRows, planPage } from './plan-year';
import { pageQuery, planParams, planYearParams } from '../../platform/http/params';

/** Plans, their yearly summary (点検報告書 表), discrepancies and the measures list. Any signed-in role may read. */
export const planRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(
    securedRoute(ANY_ROLE, {
      method: 'get',
      path: '/api/plans',
      summary: '計画の一覧 / List plans',
      request: { query: pageQuery },
      responses: { 200: jsonResponse('The plans of the caller’s prefecture', planListSchema) },
    }),
    async (c) => {
      const { limit = 50, cursor } = c.req.valid('query');
      return c.json(await planPage(c.get('prefCode'), limit, cursor), 200);
    },
  )
  .openapi(
    securedRoute(ANY_ROLE, {
      method: 'get',
      path: '/api/plans/{planId}',
      summary: '計画の構成 / A plan’s definition and group tree',
      request: { params: planParams },
      responses: { 200: jsonResponse('The plan', planResponseSchema) },
    }),
    async (c) => {
      const { planId } = c.req.valid('param');
      const plan = await loadPlan(c.get('prefCode'), planId);
      const bureaus = [...new Set(plan.measures.map((m) => m.bureau))].sort(compareJapanese);
      return c.json({ plan: { ...plan.definition, years: plan.years, version: plan.version }, groups: plan.groups, bureaus }, 200);
    },
  )
  .openapi(
    securedRoute(ANY_ROLE, {
      method: 'get',
      path: '/api/plans/{planId}/years/{fiscalYear}/summary',
      summary: '年度の評価集計 / Rating counts for a fiscal year, by group at every level',
      request: { params: planYearParams },
      responses: { 200: jsonResponse('The summary', planSummarySchema) },
    }),
    async (c) => {
      const { planId, fiscalYear } = c.req.valid('param');
      const year = await loadPlanYear(c.get('prefCode'), planId, fiscalYear);
      const { definition, groups, measures } = year.structure;
      return c.json(
        buildPlanSummary({ planId, fiscalYear, scheme: definition.ratingScheme, groups, measures, results: [...year.results.values()] }),
        200,
      );
    },
  )
  .openapi(
    securedRoute(ANY_ROLE, {
      method: 'get',
      path: '/api/plans/{planId}/years/{fiscalYear}/discrepancies',
      summary: '公表評価と算定評価の相違 / Measures whose confirmed rating differs from the computed one',
      request: { params: planYearParams },
      responses: { 200: jsonResponse('The discrepancies', discrepanciesSchema) },
    }),
    async (c) => {
      const { planId, fiscalYear } = c.req.valid('param');
      const year = await loadPlanYear(c.get('prefCode'), planId, fiscalYear);
      const items = measureRows(year)
        .filter((r) => !r.abolished && r.confirmedRating !== null && r.confirmedRating !== r.computedRating)
        .map((r) => ({
          measureNo: r.measureNo,
          name: r.name,
          computed: r.computedRating,
          official: r.confirmedRating as string,
          reason: year.results.get(r.measureNo)?.confirmReason ?? r.reason,
        }));
      return c.json({ items }, 200);
    },
  )
  .openapi(
    securedRoute(ANY_ROLE, {
      method: 'get',
      path: '/api/plans/{planId}/years/{fiscalYear}/measures',
      summary: '施策の一覧 / Measures of a year, filtered, searched, sorted and paged',
      request: { params: planYearParams, query: measureListQuerySchema },
      responses: { 200: jsonResponse('One page of measures', measureListSchema) },
    }),
    async (c) => {
      const { planId, fiscalYear } = c.req.valid('param');
      const query = c.req.valid('query');
      const year = await loadPlanYear(c.get('prefCode'), planId, fiscalYear);
      const rows = filterAndSort(measureRows(year), query, year.structure.definition.ratingScheme);
      return c.json({ ...pageOf(rows, query.limit ?? 50, query.cursor, { planId, fiscalYear, ...query, cursor: undefined, limit: undefined }), total: rows.length }, 200);
    },
  )
  .openapi(
    securedRoute(ANY_ROLE, {
      method: 'get',
      path: '/api/plans/{planId}/years/{fiscalYear}/measures.csv',
      summary: '施策一覧のCSV / The measures list as CSV (UTF-8 with BOM, opens in Excel)',
      request: { params: planYearParams, query: measureListQuerySchema.omit({ limit: true, cursor: true }).extend({ lang: z.enum(['ja', 'en']).optional() }) },
      responses: { 200: { description: 'CSV', content: { 'text/csv': { schema: z.string() } } } },
    }),
    async (c) => {
      const { planId, fiscalYear } = c.req.valid('param');
      const year = await loadPlanYear(c.get('prefCode'), planId, fiscalYear);
      const { lang, ...query } = c.req.valid('query');
      const rows = filterAndSort(measureRows(year), query, year.structure.definition.ratingScheme);
      const filename = `${planId}-FY${fiscalYear}-measures.csv`;
      return c.body(measuresCsv(year.structure, rows, lang), 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${filename}"`,
      });
    },
  );
