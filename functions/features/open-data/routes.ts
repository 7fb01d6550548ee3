import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { toExcelCsv } from '../../../shared/csv';
import { DATASETS, LICENCE, type DatasetDefinition, type DatasetRow } from '../../../shared/open-data/datasets';
import { config } from '../../platform/config';
import { jsonResponse, openRoute, z } from '../../platform/http/route';
import { validationHook } from '../../platform/http/validation-hook';
import { jointProjectRows, planResultRows, sharedValueRows } from './open-data';
import { planIdSchema } from '../../../shared/plan/definition';
import { dcatCatalogue } from '../../../shared/open-data/dcat';
import { catalogueCoverage } from './catalogue-coverage';

const period = z.string().regex(/^[0-9A-Z-]{4,10}$/);

/** Each dataset: its query parameters and how its rows are read (for the home prefecture). */
const LOADERS: { [K in DatasetDefinition['id']]: { query: z.ZodObject; rows: (q: Record<string, unknown>) => Promise<DatasetRow[]> } } = {
  'plan-results': {
    query: z.object({ planId: planIdSchema, fiscalYear: z.coerce.number().int().min(2000).max(2100) }),
    rows: (q) => planResultRows(config().homePrefecture, q.planId as string, q.fiscalYear as number),
  },
  'shared-values': {
    query: z.object({ measureId: z.string().regex(/^[a-z][a-z0-9-]{1,62}$/), from: period.optional(), to: period.optional() }),
    rows: (q) => sharedValueRows(config().homePrefecture, q.measureId as string, q.from as string | undefined, q.to as string | undefined),
  },
  'joint-project-participation': { query: z.object({}), rows: async () => (await jointProjectRows(config().homePrefecture)).participation },
  'joint-project-figures': { query: z.object({}), rows: async () => (await jointProjectRows(config().homePrefecture)).figures },
};

/** Published data changes a few times a day: five minutes of caching anywhere is fine. */
const PUBLIC_CACHE = { 'cache-control': 'public, max-age=300' };

const catalogueSchema = z.object({
  licence: z.object({ name: z.string(), id: z.string(), url: z.string(), attribution: z.string() }),
  datasets: z.array(z.record(z.string(), z.unknown())),
});

/**
 * オープンデータ: approved data, open to everyone without signing in (security: []),
 * as CSV (UTF-8 with BOM) and JSON, with a data dictionary and the CC BY 4.0 licence.
 */
export const openDataRoutes = new OpenAPIHono({ defaultHook: validationHook }).openapi(
  openRoute({
    method: 'get',
    path: '/api/open-data',
    summary: 'オープンデータの一覧 / The open datasets, their data dictionary and licence (no sign-in)',
    responses: { 200: jsonResponse('The catalogue', catalogueSchema) },
  }),
  (c) =>
    c.json(
      {
        licence: LICENCE,
        datasets: DATASETS.map((d) => ({ ...d, formats: { csv: `/api/open-data/${d.id}.csv`, json: `/api/open-data/${d.id}.json` } })),
      },
      200,
      PUBLIC_CACHE,
    ),
);

openDataRoutes.openapi(
  openRoute({
    method: 'get',
    path: '/api/open-data/catalog.jsonld',
    summary: 'DCATカタログ / The open-data catalogue as DCAT in JSON-LD, for catalogue harvesters such as CKAN (no sign-in)',
    responses: { 200: { description: 'A dcat:Catalog (JSON-LD)', content: { 'application/ld+json': { schema: z.record(z.string(), z.unknown()) } } } },
  }),
  // JSON-LD has its own media type, which c.json() would not send.
  (async (c: Context): Promise<Response> => {
    const prefCode = config().homePrefecture;
    const catalogue = dcatCatalogue(config().portalUrl, await catalogueCoverage(prefCode), new Date().toISOString());
    return c.body(JSON.stringify(catalogue), 200, { ...PUBLIC_CACHE, 'content-type': 'application/ld+json; charset=utf-8' });
  }) as never,
);

for (const dataset of DATASETS) {
  const loader = LOADERS[dataset.id];
  for (const format of ['json', 'csv'] as const) {
    openDataRoutes.openapi(
      openRoute({
        method: 'get',
        path: `/api/open-data/${dataset.id}.${format}`,
        summary: `${dataset.title.ja}（${format.toUpperCase()}） / ${dataset.title.en}`,
        description: `${dataset.description} Licence: ${LICENCE.id}. Columns: ${dataset.fields.map((f) => f.name).join(', ')}.`,
        request: { query: loader.query },
        responses: {
          200:
            format === 'json'
              ? jsonResponse('The rows', z.object({ dataset: z.string(), licence: z.string(), items: z.array(z.record(z.string(), z.unknown())) }))
              : { description: 'CSV (UTF-8 with BOM)', content: { 'text/csv': { schema: z.string() } } },
        },
      }),
      // Routes made in a loop have no static response types for the handler to match: it returns a plain Response.
      (async (c: Context): Promise<Response> => {
        const rows = await loader.rows(c.req.valid('query' as never));
        if (format === 'json') return c.json({ dataset: dataset.id, licence: LICENCE.id, attribution: LICENCE.attribution, items: rows }, 200, PUBLIC_CACHE);
        const names = dataset.fields.map((f) => f.name);
        return c.body(toExcelCsv(names, rows.map((r) => names.map((n) => r[n]))), 200, {
          ...PUBLIC_CACHE,
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': `attachment; filename="${dataset.id}.csv"`,
        });
      }) as never,
    );
  }
}
