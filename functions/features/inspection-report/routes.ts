import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { formatFiscalYear } from '../../../shared/fiscal-year';
import { inspectionReportViewSchema } from '../../../shared/api/inspection-report';
import { annexCsv, summaryCells, summaryColumns, summaryCsv } from '../../../shared/report/inspection-report';
import type { AppEnv } from '../../platform/auth/context';
import { jsonResponse, publicRoute, z } from '../../platform/http/route';
import { viewerOf } from '../../platform/http/viewer';
import { validationHook } from '../../platform/http/validation-hook';
import { inspectionReportXlsx, loadInspectionReport } from './inspection-report';
import { planYearParams } from '../../platform/http/params';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A file download; the name is ASCII with the Japanese one in filename* (RFC 6266), so every browser saves it sensibly. */
const download = (contentType: string, ascii: string, japanese: string) => ({
  'content-type': contentType,
  'content-disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(japanese)}`,
});
const CSV_TYPE = 'text/csv; charset=utf-8';
/** Column headers in Japanese (default) or English; the report's own text is published as it is. */
const langQuery = z.object({
  lang: z.enum(['ja', 'en']).optional(),
  /** `published`: the year as published (公表版), before any erratum; 404 for a year not published. */
  version: z.enum(['current', 'published']).optional(),
});
const csvResponse = { 200: { description: 'CSV (UTF-8 with BOM)', content: { 'text/csv': { schema: z.string() } } } };

/** Every route here names a plan and year, and the language of the column headers. */
const reportRequest = { params: planYearParams, query: langQuery };
type ReportRequest = Context<AppEnv, string, { out: { param: z.output<typeof planYearParams>; query: z.output<typeof langQuery> } }>;

/** The report a request names, loaded once here: each route below differs only in the format it answers in. */
async function requestedReport(c: ReportRequest) {
  const { planId, fiscalYear } = c.req.valid('param');
  const report = await loadInspectionReport(c.get('prefCode'), planId, fiscalYear, viewerOf(c), c.req.valid('query').version);
  return { planId, fiscalYear, lang: c.req.valid('query').lang, report };
}

/** The inspection report (点検報告書) of a plan and year: as data for the print view, and as CSV and XLSX; public once the year is published. */
export const inspectionReportRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(
    publicRoute({
      method: 'get',
      path: '/api/plans/{planId}/years/{fiscalYear}/report',
      summary: '点検報告書 / The inspection report: the summary table and the annex 施策別成果指標達成状況一覧',
      request: reportRequest,
      responses: { 200: jsonResponse('The report', inspectionReportViewSchema) },
    }),
    async (c) => {
      const { fiscalYear, lang, report } = await requestedReport(c);
      return c.json(
        {
          title: report.title,
          fiscalYear,
          summaryColumns: summaryColumns(report.scheme, lang),
          summary: report.summary.map((r) => ({ label: r.label, total: r.total, cells: summaryCells(r, report.scheme, lang) })),
          annex: report.annex,
        },
        200,
      );
    },
  )
  .openapi(
    publicRoute({
      method: 'get',
      path: '/api/plans/{planId}/years/{fiscalYear}/report/annex.csv',
      summary: '施策別成果指標達成状況一覧（CSV） / The annex as CSV (UTF-8 with BOM), one row per measure in the report’s order',
      request: reportRequest,
      responses: csvResponse,
    }),
    async (c) => {
      const { planId, fiscalYear, lang, report } = await requestedReport(c);
      const published = c.req.valid('query').version === 'published';
      const name = published ? ['-published', '（公表版）'] : ['', ''];
      return c.body(annexCsv(report, lang), 200, download(CSV_TYPE, `${planId}-FY${fiscalYear}-annex${name[0]}.csv`, `施策別成果指標達成状況一覧（${formatFiscalYear(fiscalYear)}）${name[1]}.csv`));
    },
  )
  .openapi(
    publicRoute({
      method: 'get',
      path: '/api/plans/{planId}/years/{fiscalYear}/report/summary.csv',
      summary: '施策の達成状況（CSV） / The summary table as CSV: counts by rating, 計, (集計中) and 達成率 by pillar and in total',
      request: reportRequest,
      responses: csvResponse,
    }),
    async (c) => {
      const { planId, fiscalYear, lang, report } = await requestedReport(c);
      return c.body(summaryCsv(report, lang), 200, download(CSV_TYPE, `${planId}-FY${fiscalYear}-summary.csv`, `施策の達成状況（${formatFiscalYear(fiscalYear)}）.csv`));
    },
  )
  .openapi(
    publicRoute({
      method: 'get',
      path: '/api/plans/{planId}/years/{fiscalYear}/report.xlsx',
      summary: '点検報告書（Excel） / The report as XLSX: the summary, then the annex with one sheet per pillar, header row frozen',
      request: reportRequest,
      responses: { 200: { description: 'XLSX', content: { [XLSX_TYPE]: { schema: z.string() } } } },
    }),
    async (c) => {
      const { planId, fiscalYear, lang, report } = await requestedReport(c);
      return c.body(new Uint8Array(inspectionReportXlsx(report, lang)), 200, download(XLSX_TYPE, `${planId}-FY${fiscalYear}-report.xlsx`, `${report.title}.xlsx`));
    },
  );
