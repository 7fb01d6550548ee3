import { OpenAPIHono, z } from '@hono/zod-openapi';
import { apiErrorSchema } from '../../../shared/api/errors';
import { auditListSchema } from '../../../shared/api/plans';
import { ACTION_STATUSES, actionItemIdSchema, actionItemListSchema, actionItemSaveSchema, actionItemSchema, actionOwnerSchema, actionStatusChangeSchema } from '../../../shared/meetings/action-item';
import { meetingIdSchema, meetingListSchema, meetingSaveSchema, meetingSchema, meetingViewSchema } from '../../../shared/meetings/meeting';
import type { AppEnv } from '../../platform/auth/context';
import { attachmentRoutes } from '../../platform/http/attachment-routes';
import { pageQuery } from '../../platform/http/params';
import { ANY_ROLE, jsonBody, jsonResponse, PREFECTURE_ROLES, publicRoute, securedRoute } from '../../platform/http/route';
import { validationHook } from '../../platform/http/validation-hook';
import { viewerOf } from '../../platform/http/viewer';
import { actionItemHistory, actionItemPage, changeActionStatus, saveActionItem } from './action-items';
import { openMaterials } from './materials';
import { meetingHistory, meetingPage, meetingView, saveMeeting } from './meetings';

const meetingParams = z.object({ meetingId: meetingIdSchema });
const itemParams = meetingParams.extend({ actionItemId: actionItemIdSchema });
const conflict = jsonResponse('Someone else changed it first: the item as it is now', apiErrorSchema);
const missing = jsonResponse('No such meeting or action item (or, without signing in, its minutes are not public)', apiErrorSchema);

/**
 * The council (県市町村デジタル推進会議, issue 17): meetings with their agenda, decisions, materials and minutes,
 * and the action items they assign. The prefecture records them; owners move their own items along.
 */
export const meetingRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(
    securedRoute(ANY_ROLE, {
      method: 'get',
      path: '/api/meetings',
      summary: '推進会議の一覧 / The council’s meetings, newest first (of one fiscal year, or all)',
      request: { query: pageQuery.extend({ fiscalYear: z.coerce.number().int().min(2000).max(2100).optional() }) },
      responses: { 200: jsonResponse('One page of meetings', meetingListSchema) },
    }),
    async (c) => {
      const { fiscalYear, limit = 50, cursor } = c.req.valid('query');
      return c.json(await meetingPage(c.get('prefCode'), fiscalYear, limit, cursor), 200);
    },
  )
  .openapi(
    publicRoute({
      method: 'get',
      path: '/api/meetings/{meetingId}',
      summary: '推進会議 / A meeting: agenda, decisions, minutes, materials and action items',
      description: 'Without signing in: only a meeting whose minutes are public, and then only its title, date, agenda and minutes (404 otherwise).',
      request: { params: meetingParams },
      responses: { 200: jsonResponse('The meeting', meetingViewSchema), 404: missing },
    }),
    async (c) => c.json(await meetingView(c.get('prefCode'), c.req.valid('param').meetingId, viewerOf(c)), 200),
  )
  .openapi(
    securedRoute(PREFECTURE_ROLES, {
      method: 'put',
      path: '/api/meetings/{meetingId}',
      summary: '推進会議の登録・変更 / Record a meeting (version 0) or change it',
      request: { params: meetingParams, body: jsonBody(meetingSaveSchema) },
      responses: { 200: jsonResponse('The saved meeting', meetingSchema), 409: conflict },
    }),
    async (c) => {
      const { version, meeting } = c.req.valid('json');
      return c.json(await saveMeeting(c.get('prefCode'), c.req.valid('param').meetingId, meeting, version, c.get('principal')), 200);
    },
  )
  .openapi(
    securedRoute(PREFECTURE_ROLES, {
      method: 'get',
      path: '/api/meetings/{meetingId}/history',
      summary: '推進会議の変更履歴 / Who changed the meeting, when, from what to what',
      request: { params: meetingParams, query: pageQuery },
      responses: { 200: jsonResponse('One page of history, newest first', auditListSchema) },
    }),
    async (c) => c.json(await meetingHistory(c.get('prefCode'), c.req.valid('param').meetingId, c.get('principal'), c.req.valid('query')), 200),
  )
  .openapi(
    securedRoute(PREFECTURE_ROLES, {
      method: 'put',
      path: '/api/meetings/{meetingId}/action-items/{actionItemId}',
      summary: '対応事項の登録・変更 / Record an action item (version 0) or change it; a municipality that becomes its owner is notified',
      request: { params: itemParams, body: jsonBody(actionItemSaveSchema) },
      responses: { 200: jsonResponse('The saved item', actionItemSchema), 404: missing, 409: conflict },
    }),
    async (c) => {
      const { meetingId, actionItemId } = c.req.valid('param');
      return c.json(await saveActionItem(c.get('prefCode'), meetingId, actionItemId, c.req.valid('json'), c.get('principal')), 200);
    },
  )
  .openapi(
    securedRoute(['prefecture_admin', 'prefecture_staff', 'municipal_staff'], {
      method: 'post',
      path: '/api/meetings/{meetingId}/action-items/{actionItemId}/status',
      summary: '対応事項の状況変更 / Move an action item along (its owner municipality, or the prefecture)',
      description: 'A municipality may change only its own items (403 otherwise).',
      request: { params: itemParams, body: jsonBody(actionStatusChangeSchema) },
      responses: { 200: jsonResponse('The item', actionItemSchema), 404: missing, 409: conflict },
    }),
    async (c) => {
      const { meetingId, actionItemId } = c.req.valid('param');
      return c.json(await changeActionStatus(c.get('prefCode'), meetingId, actionItemId, c.req.valid('json'), c.get('principal')), 200);
    },
  )
  .openapi(
    securedRoute(ANY_ROLE, {
      method: 'get',
      path: '/api/meetings/{meetingId}/action-items/{actionItemId}/history',
      summary: '対応事項の変更履歴 / Who changed an action item, when, from what to what',
      request: { params: itemParams, query: pageQuery },
      responses: { 200: jsonResponse('One page of history, newest first', auditListSchema) },
    }),
    async (c) => {
      const { meetingId, actionItemId } = c.req.valid('param');
      return c.json(await actionItemHistory(c.get('prefCode'), meetingId, actionItemId, c.get('principal'), c.req.valid('query')), 200);
    },
  )
  .openapi(
    securedRoute(ANY_ROLE, {
      method: 'get',
      path: '/api/action-items',
      summary: '対応事項の一覧 / One owner’s action items by status, then deadline',
      description: 'owner: "prefecture" or a municipality’s code (default: the caller’s own); status: one status, or "unfinished" (未着手 and 対応中).',
      request: { query: pageQuery.extend({ owner: actionOwnerSchema.optional(), status: z.enum([...ACTION_STATUSES, 'unfinished']).optional() }) },
      responses: { 200: jsonResponse('One page of items', actionItemListSchema) },
    }),
    async (c) => {
      const { owner, status, limit = 50, cursor } = c.req.valid('query');
      return c.json(await actionItemPage(c.get('prefCode'), c.get('principal'), { owner, status, limit, cursor }), 200);
    },
  )
  .route(
    '/',
    attachmentRoutes({
      path: '/api/meetings/{meetingId}/materials',
      params: meetingParams,
      readRoles: ANY_ROLE,
      changeRoles: PREFECTURE_ROLES,
      subject: { ja: '会議資料', en: 'meeting materials' },
      open: (params, principal, prefCode) => openMaterials(params, principal, prefCode),
    }),
  );
