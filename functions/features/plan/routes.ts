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
import { hasActualFigures } from '../../../shared/plan/actual-figures';
import { compareJapanese } from '../../../shared/text';
import type { AppEnv } from '../../platform/auth/context';
import { jsonResponse, publicRoute, z } from '../../platform/http/route';
import { viewerOf } from '../../platform/http/viewer';
import { validationHook } from '../../platform/http/validation-hook';
import { measuresCsv } from './measure-csv';
import { filterAndSort, pageOf } from './measure-list';
import { loadPlan, loadPlanYear, measureRows, planPage, readableYears } from './plan-year';
import { pageQuery, planParams, planYearParams } from '../../platform/http/params';
import { erratumSchema } from '../../../shared/plan/errata';
import { listErrata } from './errata.table';
import { notFound } from '../../../shared/errors';

/**
 * Plans, their yearly summary (点検報告書 表), discrepancies and the measures list: public, as the overview page
 * shows them. Anyone reads the published years, signed-in users the 作成中 ones too (loadPlanYear).
 */
export const planRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(
    publicRoute({
      method: 'get',
      path: '/api/plans',
      summary: '計画の一覧 / List plans',
      request: { query: pageQuery },
      responses: { 200: jsonResponse('The plans of the caller’s prefecture', planListSchema) },
    }),
    async (c) => {
      const { limit = 50, cursor } = c.req.valid('query');
      const page = await planPage(c.get('prefCode'), limit, cursor);
      const viewer = viewerOf(c);
      if (viewer) return c.json(page, 200);
      // The registry does not know which years are published: for the public, each plan's definition says (a page is a few plans).
      const plans = await Promise.all(page.items.map((p) => loadPlan(c.get('prefCode'), p.id)));
      return c.json({ ...page, items: page.items.map((p, i) => ({ ...p, years: readableYears(plans[i]!, viewer) })) }, 200);
    },
  )
  .openapi(
    publicRoute({
      method: 'get',
      path: '/api/plans/{planId}',
      summary: '計画の構成 / A plan’s definition and group tree',
      request: { params: planParams },
      responses: { 200: jsonResponse('The plan', planResponseSchema) },
    }),
    async (c) => {
      const { planId } = c.req.valid('param');
      const plan = await loadPlan(c.get('prefCode'), planId);
      const years = readableYears(plan, viewerOf(c));
      const bureaus = [...new Set(plan.measures.map((m) => m.bureau))].sort(compareJapanese);
      // Who published is the audit trail's to tell (the prefecture's); the page needs only the state and the date.
      const publications = Object.fromEntries(
        years.flatMap((y) => {
          const p = plan.publications?.[String(y)];
          return p ? [[String(y), { fiscalYear: p.fiscalYear, status: p.status, publishedAt: p.publishedAt, errataCount: p.errataCount }]] : [];
        }),
      );
      return c.json({ plan: { ...plan.definition, years, version: plan.version, publications }, groups: plan.groups, bureaus }, 200);
    },
  )
  .openapi(
    publicRoute({
      method: 'get',
      path: '/api/plans/{planId}/years/{fiscalYear}/summary',
      summary: '年度の評価集計 / Rating counts for a fiscal year, by group at every level',
      request: { params: planYearParams },
      responses: { 200: jsonResponse('The summary', planSummarySchema) },
    }),
    async (c) => {
      const { planId, fiscalYear } = c.req.valid('param');
      const year = await loadPlanYear(c.get('prefCode'), planId, fiscalYear, viewerOf(c));
      const { definition, groups, measures } = year.structure;
      return c.json(
        buildPlanSummary({ planId, fiscalYear, scheme: definition.ratingScheme, groups, measures, results: [...year.results.values()] }),
        200,
      );
    },
  )
  .openapi(
    publicRoute({
      method: 'get',
      path: '/api/plans/{planId}/years/{fiscalYear}/discrepancies',
      summary: '公表評価と算定評価の相違 / Measures whose confirmed rating differs from the computed one',
      request: { params: planYearParams },
      responses: { 200: jsonResponse('The discrepancies', discrepanciesSchema) },
    }),
    async (c) => {
      const { planId, fiscalYear } = c.req.valid('param');
      const year = await loadPlanYear(c.get('prefCode'), planId, fiscalYear, viewerOf(c));
      const scheme = year.structure.definition.ratingScheme;
      const measures = new Map(year.structure.measures.map((m) => [m.measureNo, m]));
      // A measure with no actual figures has nothing computed to disagree with (shared/plan/actual-figures.ts).
      const figured = (no: string) => hasActualFigures(measures.get(no)?.indicators ?? [], year.results.get(no)?.values ?? [], scheme);
      const items = measureRows(year)
        .filter((r) => !r.abolished && r.confirmedRating !== null && r.confirmedRating !== r.computedRating && figured(r.measureNo))
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
    publicRoute({
      method: 'get',
      path: '/api/plans/{planId}/years/{fiscalYear}/measures',
      summary: '施策の一覧 / Measures of a year, filtered, searched, sorted and paged',
      request: { params: planYearParams, query: measureListQuerySchema },
      responses: { 200: jsonResponse('One page of measures', measureListSchema) },
    }),
    async (c) => {
      const { planId, fiscalYear } = c.req.valid('param');
      const query = c.req.valid('query');
      const year = await loadPlanYear(c.get('prefCode'), planId, fiscalYear, viewerOf(c));
      const rows = filterAndSort(measureRows(year), query, year.structure.definition.ratingScheme);
      return c.json({ ...pageOf(rows, query.limit ?? 50, query.cursor, { planId, fiscalYear, ...query, cursor: undefined, limit: undefined }), total: rows.length }, 200);
    },
  )
  .openapi(
    publicRoute({
      method: 'get',
      path: '/api/plans/{planId}/years/{fiscalYear}/measures.csv',
      summary: '施策一覧のCSV / The measures list as CSV (UTF-8 with BOM, opens in Excel)',
      request: { params: planYearParams, query: measureListQuerySchema.omit({ limit: true, cursor: true }).extend({ lang: z.enum(['ja', 'en']).optional() }) },
      responses: { 200: { description: 'CSV', content: { 'text/csv': { schema: z.string() } } } },
    }),
    async (c) => {
      const { planId, fiscalYear } = c.req.valid('param');
      const year = await loadPlanYear(c.get('prefCode'), planId, fiscalYear, viewerOf(c));
      const { lang, ...query } = c.req.valid('query');
      const rows = filterAndSort(measureRows(year), query, year.structure.definition.ratingScheme);
      const filename = `${planId}-FY${fiscalYear}-measures.csv`;
      return c.body(measuresCsv(year.structure, rows, lang), 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${filename}"`,
      });
    },
  )
  .openapi(
    publicRoute({
      method: 'get',
      path: '/api/plans/{planId}/years/{fiscalYear}/errata',
      summary: '正誤表 / Errata of a published year',
      description: 'Every change made to the year after its publication, with its reason and date, oldest first.',
      request: { params: planYearParams, query: pageQuery },
      responses: { 200: jsonResponse('One page of errata', z.object({ items: z.array(erratumSchema), nextCursor: z.string().optional() })) },
    }),
    async (c) => {
      const { planId, fiscalYear } = c.req.valid('param');
      const { limit = 100, cursor } = c.req.valid('query');
      // The year must be readable by this caller first: a draft year has no errata and is not found for the public.
      if (!readableYears(await loadPlan(c.get('prefCode'), planId), viewerOf(c)).includes(fiscalYear)) {
        throw notFound({ ja: `${fiscalYear}年度の計画データ`, en: `Plan data for FY${fiscalYear}` });
      }
      return c.json(await listErrata(c.get('prefCode'), planId, fiscalYear, limit, cursor), 200);
    },
  );
