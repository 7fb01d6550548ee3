import { OpenAPIHono } from '@hono/zod-openapi';
import { reportingRatesSchema } from '../../../shared/shared-measures/reporting-rates';
import { bilingual } from '../../../shared/validation/messages';
import type { AppEnv } from '../../platform/auth/context';
import { jsonResponse, securedRoute, z } from '../../platform/http/route';
import { validationHook } from '../../platform/http/validation-hook';
import { readReportingRates } from './reporting-rates';

const day = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, bilingual('日付は YYYY-MM-DD で指定してください（例: 2026-05-31）。', 'Give dates as YYYY-MM-DD (e.g. 2026-05-31).'))
  .optional();

/** 報告状況: completeness and timeliness of municipal reporting, for the prefecture and the council. */
export const reportingRateRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(
  securedRoute(['prefecture_admin', 'prefecture_staff', 'council'], {
    method: 'get',
    path: '/api/shared-measures/reporting-rates',
    summary: '報告状況 / Reporting rate and on-time rate per municipality, per measure and per period',
    description:
      'Over the calendar windows whose deadline lies in [from, to] (default: the last 12 months; an end after today counts as today). ' +
      'Reporting rate = reported / expected; on-time rate = reported by the deadline day (JST) / expected, as DHIS2 defines them.',
    request: { query: z.object({ from: day, to: day }) },
    responses: { 200: jsonResponse('The figures', reportingRatesSchema) },
  }),
  async (c) => c.json(await readReportingRates(c.get('prefCode'), c.req.valid('query')), 200),
);
