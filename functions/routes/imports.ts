import { OpenAPIHono } from '@hono/zod-openapi';
import { apiErrorSchema } from '../../shared/api/errors';
import { planImportRequestSchema, planImportResultSchema } from '../../shared/api/plans';
import { parsePlanImport } from '../../shared/plan/import';
import type { AppEnv } from '../auth/context';
import { HttpError } from '../http/errors';
import { jsonBody, jsonResponse, securedRoute } from '../http/route';
import { validationHook } from '../http/validation-hook';
import { applyPlanImport } from '../services/plan-import';

/** Plan import (plan file + measures CSV + indicators CSV), the same as `npm run import`. Administrators only. */
export const importRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(
  securedRoute(['prefecture_admin'], {
    method: 'post',
    path: '/api/imports/plans',
    summary: '計画の取込 / Import a plan and one fiscal year of results',
    description:
      'Validates every row first: if any row is invalid nothing is written and every bad row and column is reported. ' +
      'Importing the same files again changes nothing. With dryRun only the validation and the counts run.',
    request: { body: jsonBody(planImportRequestSchema) },
    responses: {
      200: jsonResponse('What the import changed (or would change, with dryRun)', planImportResultSchema),
      409: jsonResponse('The plan changed during the import', apiErrorSchema),
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
      throw new HttpError(
        400,
        'import_invalid',
        {
          ja: `ファイルに誤りが ${parsed.errors.length} 件あります。何も取り込んでいません。一覧の行と列を修正してから、もう一度取り込んでください。`,
          en: `The files have ${parsed.errors.length} problem(s). Nothing was imported. Correct the rows and columns listed, then import again.`,
        },
        { rows: parsed.errors },
      );
    }
    const result = await applyPlanImport(parsed, body.fiscalYear, c.get('principal'), { dryRun: body.dryRun ?? false });
    return c.json(result, 200);
  },
);
