import { OpenAPIHono } from '@hono/zod-openapi';
import { apiErrorSchema } from '../../../shared/api/errors';
import { auditListSchema } from '../../../shared/api/plans';
import {
  comparisonSchema,
  profileSchema,
  reportedValueSchema,
  reviewQueueSchema,
  sharedMeasureListSchema,
  sharedValueUpdateSchema,
  valueConfirmationsSchema,
  valueReviewSchema,
  valuesImportResultSchema,
  valuesImportSchema,
} from '../../../shared/api/shared-measures';
import { currentPeriod } from '../../../shared/shared-measures/calendar';
import type { AppEnv } from '../../platform/auth/context';
import { ANY_ROLE, jsonBody, jsonResponse, publicRoute, securedRoute, z } from '../../platform/http/route';
import { viewerOf } from '../../platform/http/viewer';
import { validationHook } from '../../platform/http/validation-hook';
import { catalogueOf } from './catalogue-cache';
import { comparison, organisationProfile, trends, valueHistory } from './shared-value-reads';
import { saveSharedValue } from './shared-value-update';
import { removeSharedValue } from './shared-value-removal';
import { bilingual } from '../../../shared/validation/messages';
import { importSharedValues } from './shared-values-import';
import { saveSharedMeasure } from './shared-measure-catalogue';
import { sharedMeasureSchema } from '../../../shared/shared-measures/definition';
import { pageQuery } from '../../platform/http/params';
import { confirmValues, reviewValue } from './value-review';
import { reviewQueue } from './review-queue';

const measureId = z.string().regex(/^[a-z][a-z0-9-]{1,62}$/);
const period = z.string().regex(/^[0-9A-Z-]{4,10}$/);
const orgCode = z.string().regex(/^(\d{6}|national)$/);
/**
 * A municipality's whole profile is one page (the Query designed for it: about 150 values today, a few hundred
 * bytes each, far below a Query's 1 MB), so the page shows it after one request; the cursor remains for growth.
 */
const PROFILE_PAGE = 1000;
const profilePageQuery = pageQuery.extend({ limit: z.coerce.number().int().min(1).max(PROFILE_PAGE).optional() });
const REPORTERS = ['prefecture_admin', 'prefecture_staff', 'municipal_staff'] as const;
const REVIEWERS = ['prefecture_admin', 'prefecture_staff'] as const;

/** The shared municipal DX measures (共通指標): catalogue, comparison of all municipalities, trends, profiles, reporting. */
export const sharedMeasureRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(
    publicRoute({
      method: 'get',
      path: '/api/shared-measures',
      summary: '共通指標の一覧 / The shared-measure catalogue',
      responses: { 200: jsonResponse('The catalogue', sharedMeasureListSchema) },
    }),
    async (c) => {
      const now = new Date();
      // The current period is computed as the catalogue is read (from each calendar), never stored.
      const items = (await catalogueOf(c.get('prefCode'))).map((m) => {
        const period = currentPeriod(m, now);
        return period ? { ...m, currentPeriod: period } : m;
      });
      return c.json({ items }, 200);
    },
  )
  .openapi(
    publicRoute({
      method: 'get',
      path: '/api/shared-measures/{measureId}/periods/{period}/comparison',
      summary: '市町村比較 / One measure, one period, every municipality, with rank, change, average, median and national figure',
      request: { params: z.object({ measureId, period }) },
      responses: { 200: jsonResponse('The comparison', comparisonSchema), 404: jsonResponse('Unknown measure', apiErrorSchema) },
    }),
    async (c) => {
      const { measureId: id, period: key } = c.req.valid('param');
      return c.json(await comparison(viewerOf(c), c.get('prefCode'), id, key), 200);
    },
  )
  .openapi(
    publicRoute({
      method: 'get',
      path: '/api/shared-measures/{measureId}/trends',
      summary: '推移 / One measure over a range of periods, every municipality',
      request: { params: z.object({ measureId }), query: z.object({ from: period, to: period }) },
      responses: { 200: jsonResponse('Values, oldest first', z.object({ items: z.array(reportedValueSchema) })) },
    }),
    async (c) => {
      const { measureId: id } = c.req.valid('param');
      const { from, to } = c.req.valid('query');
      return c.json(await trends(viewerOf(c), c.get('prefCode'), id, from, to), 200);
    },
  )
  .openapi(
    securedRoute(ANY_ROLE, {
      method: 'get',
      path: '/api/organisations/{orgCode}/shared-values',
      summary: '市町村のプロフィール / One municipality’s values across shared measures and periods',
      request: { params: z.object({ orgCode }), query: profilePageQuery },
      responses: { 200: jsonResponse('One page of values', profileSchema) },
    }),
    async (c) => {
      const { orgCode: code } = c.req.valid('param');
      const { limit = PROFILE_PAGE, cursor } = c.req.valid('query');
      return c.json(await organisationProfile(c.get('principal'), c.get('prefCode'), code, limit, cursor), 200);
    },
  )
  .openapi(
    securedRoute(REPORTERS, {
      method: 'put',
      path: '/api/shared-measures/{measureId}/periods/{period}/values/{orgCode}',
      summary: '値の報告・修正 / Report or correct a municipality’s value',
      description: 'Municipal staff may write only their own municipality’s values; prefecture staff may write any, marked as entered by the prefecture.',
      request: { params: z.object({ measureId, period, orgCode }), body: jsonBody(sharedValueUpdateSchema) },
      responses: {
        200: jsonResponse('The saved value', reportedValueSchema),
        404: jsonResponse('Unknown measure or municipality', apiErrorSchema),
        409: jsonResponse('Someone else saved first', apiErrorSchema),
      },
    }),
    async (c) => c.json(await saveSharedValue(c.req.valid('param'), c.req.valid('json'), c.get('principal')), 200),
  )
  .openapi(
    securedRoute(['prefecture_admin'], {
      method: 'delete',
      path: '/api/shared-measures/{measureId}/periods/{period}/values/{orgCode}',
      summary: '誤った値の削除 / Remove a wrong value (administrators; recorded with the reason)',
      request: {
        params: z.object({ measureId, period, orgCode }),
        body: jsonBody(
          z.object({
            version: z.number().int().min(1),
            reason: z.string().trim().min(1, bilingual('削除の理由を入力してください。', 'Give the reason for removing the value.')).max(1000),
          }),
        ),
      },
      responses: {
        200: jsonResponse('Removed', z.object({ removed: z.literal(true) })),
        404: jsonResponse('No such value', apiErrorSchema),
        409: jsonResponse('Someone else changed it first', apiErrorSchema),
      },
    }),
    async (c) => c.json(await removeSharedValue(c.req.valid('param'), c.req.valid('json'), c.get('principal')), 200),
  )
  .openapi(
    securedRoute(REPORTERS, {
      method: 'get',
      path: '/api/shared-measures/{measureId}/periods/{period}/values/{orgCode}/history',
      summary: '値の変更履歴 / Who changed a value, when, from what to what',
      request: { params: z.object({ measureId, period, orgCode }), query: pageQuery },
      responses: { 200: jsonResponse('One page of history, newest first', auditListSchema) },
    }),
    async (c) => c.json(await valueHistory(c.req.valid('param'), c.get('principal'), c.get('prefCode'), c.req.valid('query')), 200),
  )
  .openapi(
    securedRoute(REPORTERS, {
      method: 'post',
      path: '/api/shared-values/imports',
      summary: '値の取込（CSV・Excel） / Import values from a CSV (UTF-8 or Shift_JIS) or an XLSX sheet’s rows, with a preview',
      description:
        'Exactly one of csv (text), csvBase64 (the file’s bytes) and rows (an XLSX sheet read in the browser). Headers as the template’s (指標ID, 期間, 団体コード, 項目, 値, 備考, 出典) or their English keys. dryRun answers what would change and writes nothing. Municipal staff may import only their own municipality’s rows. Any bad row, and nothing is written.',
      request: { body: jsonBody(valuesImportSchema) },
      responses: {
        200: jsonResponse('What changed (or would change, in a dry run)', valuesImportResultSchema),
        400: jsonResponse('Bad rows, or a file in neither UTF-8 nor Shift_JIS', apiErrorSchema),
        409: jsonResponse('A value changed during the import', apiErrorSchema),
      },
    }),
    async (c) => c.json(await importSharedValues(c.req.valid('json'), c.get('principal')), 200),
  )
  .openapi(
    securedRoute(REVIEWERS, {
      method: 'get',
      path: '/api/shared-measures/review-queue',
      summary: '確認待ちの値 / Values waiting for the prefecture’s review, per measure and period, with plausibility flags and outliers',
      responses: { 200: jsonResponse('Submitted values of every opened window', reviewQueueSchema) },
    }),
    async (c) => c.json(await reviewQueue(c.get('prefCode')), 200),
  )
  .openapi(
    securedRoute(REVIEWERS, {
      method: 'post',
      path: '/api/shared-measures/{measureId}/periods/{period}/values/{orgCode}/review',
      summary: '値の確認・差戻し / Confirm a submitted value (publish it) or return it with a comment',
      request: { params: z.object({ measureId, period, orgCode }), body: jsonBody(valueReviewSchema) },
      responses: {
        200: jsonResponse('The reviewed value', reportedValueSchema),
        404: jsonResponse('No such value', apiErrorSchema),
        409: jsonResponse('Someone changed it first, or it is already confirmed or returned', apiErrorSchema),
      },
    }),
    async (c) => c.json(await reviewValue(c.req.valid('param'), c.req.valid('json'), c.get('principal')), 200),
  )
  .openapi(
    securedRoute(REVIEWERS, {
      method: 'post',
      path: '/api/shared-measures/{measureId}/periods/{period}/confirmations',
      summary: '値の一括確認 / Confirm many submitted values of one period at once (all or none)',
      request: { params: z.object({ measureId, period }), body: jsonBody(valueConfirmationsSchema) },
      responses: {
        200: jsonResponse('How many values were confirmed', z.object({ confirmed: z.number().int() })),
        404: jsonResponse('A value does not exist', apiErrorSchema),
        409: jsonResponse('A value changed since it was shown, or is already confirmed', apiErrorSchema),
      },
    }),
    async (c) => c.json(await confirmValues(c.req.valid('param'), c.req.valid('json').items, c.get('principal')), 200),
  )
  .openapi(
    securedRoute(['prefecture_admin'], {
      method: 'put',
      path: '/api/shared-measures/{measureId}',
      summary: '共通指標の登録・変更 / Add or change a shared measure (administrators)',
      request: {
        params: z.object({ measureId }),
        body: jsonBody(z.object({ version: z.number().int().min(0), measure: sharedMeasureSchema.omit({ version: true }) })),
      },
      responses: {
        200: jsonResponse('The saved definition', sharedMeasureSchema),
        409: jsonResponse('Someone else changed it first', apiErrorSchema),
      },
    }),
    async (c) => {
      const { measureId: id } = c.req.valid('param');
      const { version, measure } = c.req.valid('json');
      return c.json(await saveSharedMeasure(id, measure, version, c.get('principal')), 200);
    },
  );
