import { OpenAPIHono } from '@hono/zod-openapi';
import { apiErrorSchema } from '../../../shared/api/errors';
import { todayInJapan } from '../../../shared/japan-days';
import type { AppEnv } from '../../platform/auth/context';
import { jsonResponse, securedRoute, z } from '../../platform/http/route';
import { validationHook } from '../../platform/http/validation-hook';
import { valuesTemplate } from './values-template';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The values template a municipality fills in and uploads (issue 15). A router of its own so the XLSX writer
 * loads only when someone downloads a template; the council reports nothing and gets 403.
 */
export const templateRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(
  securedRoute(['prefecture_admin', 'prefecture_staff', 'municipal_staff'], {
    method: 'get',
    path: '/api/organisations/{orgCode}/shared-values/template.xlsx',
    summary: '報告用Excelファイル / A municipality’s values template: what it still has to report, prefilled, with drop-down lists',
    description:
      'One row per measure the municipality reports × each period whose reporting has opened and whose value is not confirmed yet ' +
      '(status measures: one row per item). Municipal staff get only their own municipality’s.',
    request: { params: z.object({ orgCode: z.string().regex(/^\d{6}$/) }) },
    responses: {
      200: { description: 'XLSX', content: { [XLSX_TYPE]: { schema: z.string() } } },
      404: jsonResponse('Unknown municipality', apiErrorSchema),
    },
  }),
  async (c) => {
    const { orgCode } = c.req.valid('param');
    const now = new Date();
    const { file, orgName } = await valuesTemplate(c.get('principal'), orgCode, now);
    const day = todayInJapan(now);
    // ASCII name for old browsers, the Japanese one in filename* (RFC 6266).
    const ascii = `shared-values-${orgCode}-${day}.xlsx`;
    const japanese = `共通指標の報告_${orgName}_${day}.xlsx`;
    return c.body(new Uint8Array(file), 200, {
      'content-type': XLSX_TYPE,
      'content-disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(japanese)}`,
    });
  },
);
