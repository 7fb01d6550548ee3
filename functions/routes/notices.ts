import { OpenAPIHono } from '@hono/zod-openapi';
import { noticeListSchema } from '../../shared/api/joint-projects';
import { prefectureOrgCode } from '../../shared/org/codes';
import type { AppEnv } from '../auth/context';
import { ANY_ROLE, jsonResponse, securedRoute } from '../http/route';
import { validationHook } from '../http/validation-hook';
import { listNotices } from '../repositories/notices';
import { pageQuery } from './params';

/** Each user's in-app notices: their municipality's, or the prefecture reviewers'. Council members receive none. */
export const noticeRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(
  securedRoute(ANY_ROLE, {
    method: 'get',
    path: '/api/notices',
    summary: 'お知らせ / The caller’s notices, newest first',
    request: { query: pageQuery },
    responses: { 200: jsonResponse('One page of notices', noticeListSchema) },
  }),
  async (c) => {
    const principal = c.get('principal');
    const { limit = 20, cursor } = c.req.valid('query');
    const prefCode = prefectureOrgCode(principal.orgCode);
    if (principal.role === 'council') return c.json({ items: [] }, 200);
    const audience = principal.role === 'municipal_staff' ? (`ORG#${principal.orgCode}` as const) : ('PREF' as const);
    return c.json(await listNotices(prefCode, audience, limit, cursor), 200);
  },
);
