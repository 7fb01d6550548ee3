import { OpenAPIHono } from '@hono/zod-openapi';
import { apiErrorSchema } from '../../../shared/api/errors';
import { auditListSchema } from '../../../shared/api/plans';
import {
  consultationIdSchema,
  consultationListQuery,
  consultationListSchema,
  consultationSchema,
  consultationUpdateSchema,
  consultationViewSchema,
  messageRequestSchema,
  newConsultationSchema,
} from '../../../shared/consultations/consultation';
import { faqEntrySchema, faqIdSchema, faqListQuery, faqListSchema, faqPublishSchema, faqUpdateSchema } from '../../../shared/consultations/faq';
import { consultationFiguresSchema, statisticsQuery } from '../../../shared/consultations/statistics-schema';
import type { AppEnv } from '../../platform/auth/context';
import { attachmentRoutes } from '../../platform/http/attachment-routes';
import { pageQuery } from '../../platform/http/params';
import { jsonBody, jsonResponse, PREFECTURE_ROLES, securedRoute, z } from '../../platform/http/route';
import { validationHook } from '../../platform/http/validation-hook';
import { openConsultationThread } from './consultation-files';
import { consultationHistory, consultationList, createConsultation, postMessage, updateConsultation, viewConsultation } from './consultations';
import { faqHistory, publishFaq, readFaq, searchFaq, updateFaq } from './faq';
import { statisticsOf } from './statistics';

/** The desk is operational: the asking municipality and the prefecture; council members read summaries instead. */
const DESK_ROLES = ['prefecture_admin', 'prefecture_staff', 'municipal_staff'] as const;
/** The desk's figures are counts without names: council members may read them too. */
const FIGURE_ROLES = ['prefecture_admin', 'prefecture_staff', 'council'] as const;
const params = z.object({ consultationId: consultationIdSchema });
const faqParams = z.object({ entryId: faqIdSchema });
const missing = jsonResponse('No such consultation, or not the caller’s', apiErrorSchema);
const conflict = jsonResponse('Changed by someone else first, or not possible in the consultation’s status (the allowed actions are named)', apiErrorSchema);

/** The consultation desk (相談窓口) and its FAQ (よくある相談), docs/architecture.md. */
export const consultationRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(
    securedRoute(DESK_ROLES, {
      method: 'get',
      path: '/api/consultations',
      summary: '相談の一覧 / Consultations, newest first: the prefecture sees all, a municipality its own',
      request: { query: consultationListQuery.extend(pageQuery.shape) },
      responses: { 200: jsonResponse('One page of consultations', consultationListSchema) },
    }),
    async (c) => {
      const { status, category, limit, cursor } = c.req.valid('query');
      return c.json(await consultationList(c.get('prefCode'), c.get('principal'), { status, category }, { limit, cursor }), 200);
    },
  )
  .openapi(
    securedRoute(['municipal_staff'], {
      method: 'post',
      path: '/api/consultations',
      summary: '相談する / Raise a consultation for the caller’s municipality (the prefecture is notified)',
      request: { body: jsonBody(newConsultationSchema) },
      responses: { 201: jsonResponse('The consultation, 受付', consultationSchema) },
    }),
    async (c) => c.json(await createConsultation(c.get('prefCode'), c.req.valid('json'), c.get('principal')), 201),
  )
  .openapi(
    securedRoute(FIGURE_ROLES, {
      method: 'get',
      path: '/api/consultations/statistics',
      summary: '相談の集計 / Counts by category and status, time to first answer, and the 技術相談 count of a fiscal year',
      request: { query: statisticsQuery },
      responses: { 200: jsonResponse('The fiscal year’s figures', consultationFiguresSchema) },
    }),
    async (c) => c.json(await statisticsOf(c.get('prefCode'), c.req.valid('query').fiscalYear), 200),
  )
  .openapi(
    securedRoute(DESK_ROLES, {
      method: 'get',
      path: '/api/consultations/{consultationId}',
      summary: '相談 / A consultation with its thread, files and the actions the caller may take',
      description: 'Another municipality gets 404: a consultation is its municipality’s and the prefecture’s.',
      request: { params },
      responses: { 200: jsonResponse('The consultation', consultationViewSchema), 404: missing },
    }),
    async (c) => c.json(await viewConsultation(c.get('prefCode'), c.req.valid('param').consultationId, c.get('principal')), 200),
  )
  .openapi(
    securedRoute(DESK_ROLES, {
      method: 'patch',
      path: '/api/consultations/{consultationId}',
      summary: '状態・技術相談の変更 / Change the status (the municipality: resolved only) or the 技術相談 mark (the prefecture)',
      request: { params, body: jsonBody(consultationUpdateSchema) },
      responses: { 200: jsonResponse('The consultation after the change', consultationSchema), 404: missing, 409: conflict },
    }),
    async (c) => c.json(await updateConsultation(c.get('prefCode'), c.req.valid('param').consultationId, c.req.valid('json'), c.get('principal')), 200),
  )
  .openapi(
    securedRoute(DESK_ROLES, {
      method: 'post',
      path: '/api/consultations/{consultationId}/messages',
      summary: '回答・追加の質問 / Answer (the prefecture: 回答済 unless 対応中 is chosen) or follow up (the municipality)',
      request: { params, body: jsonBody(messageRequestSchema) },
      responses: { 200: jsonResponse('The consultation with its thread', consultationViewSchema), 404: missing, 409: conflict },
    }),
    async (c) => c.json(await postMessage(c.get('prefCode'), c.req.valid('param').consultationId, c.req.valid('json'), c.get('principal')), 200),
  )
  .openapi(
    securedRoute(DESK_ROLES, {
      method: 'get',
      path: '/api/consultations/{consultationId}/history',
      summary: '相談の変更履歴 / Every change of the consultation: who, when, before, after',
      request: { params, query: pageQuery },
      responses: { 200: jsonResponse('One page of history, newest first', auditListSchema), 404: missing },
    }),
    async (c) => c.json(await consultationHistory(c.get('prefCode'), c.req.valid('param').consultationId, c.get('principal'), c.req.valid('query')), 200),
  )
  .openapi(
    securedRoute(PREFECTURE_ROLES, {
      method: 'post',
      path: '/api/consultations/{consultationId}/faq',
      summary: 'よくある相談として公開 / Publish an answered consultation to the FAQ as an edited, anonymous entry',
      request: { params, body: jsonBody(faqPublishSchema) },
      responses: { 201: jsonResponse('The FAQ entry', faqEntrySchema), 404: missing, 409: conflict },
    }),
    async (c) => c.json(await publishFaq(c.get('prefCode'), c.req.valid('param').consultationId, c.req.valid('json'), c.get('principal')), 201),
  )
  .route(
    '/',
    attachmentRoutes({
      path: '/api/consultations/{consultationId}/attachments',
      params,
      readRoles: DESK_ROLES,
      changeRoles: DESK_ROLES,
      subject: { ja: '相談の添付ファイル', en: 'consultation files' },
      open: (p, principal, prefCode, intent) => openConsultationThread(p.consultationId, principal, prefCode, intent),
    }),
  )
  .openapi(
    securedRoute(DESK_ROLES, {
      method: 'get',
      path: '/api/faq',
      summary: 'よくある相談 / The FAQ: entries holding every word of q, optionally of one category',
      request: { query: faqListQuery.extend(pageQuery.shape) },
      responses: { 200: jsonResponse('One page of entries', faqListSchema) },
    }),
    async (c) => c.json(await searchFaq(c.get('prefCode'), c.get('principal'), c.req.valid('query')), 200),
  )
  .openapi(
    securedRoute(DESK_ROLES, {
      method: 'get',
      path: '/api/faq/{entryId}',
      summary: 'よくある相談の項目 / One FAQ entry (withdrawn ones: the prefecture only)',
      request: { params: faqParams },
      responses: { 200: jsonResponse('The entry', faqEntrySchema), 404: jsonResponse('No such entry', apiErrorSchema) },
    }),
    async (c) => c.json(await readFaq(c.get('prefCode'), c.req.valid('param').entryId, c.get('principal')), 200),
  )
  .openapi(
    securedRoute(PREFECTURE_ROLES, {
      method: 'put',
      path: '/api/faq/{entryId}',
      summary: 'よくある相談の編集・公開停止 / Edit, withdraw or republish an entry',
      request: { params: faqParams, body: jsonBody(faqUpdateSchema) },
      responses: { 200: jsonResponse('The entry', faqEntrySchema), 404: jsonResponse('No such entry', apiErrorSchema), 409: conflict },
    }),
    async (c) => c.json(await updateFaq(c.get('prefCode'), c.req.valid('param').entryId, c.req.valid('json'), c.get('principal')), 200),
  )
  .openapi(
    securedRoute(PREFECTURE_ROLES, {
      method: 'get',
      path: '/api/faq/{entryId}/history',
      summary: 'よくある相談の変更履歴 / Every change of an entry',
      request: { params: faqParams, query: pageQuery },
      responses: { 200: jsonResponse('One page of history, newest first', auditListSchema), 404: jsonResponse('No such entry', apiErrorSchema) },
    }),
    async (c) => c.json(await faqHistory(c.get('prefCode'), c.req.valid('param').entryId, c.get('principal'), c.req.valid('query')), 200),
  );
