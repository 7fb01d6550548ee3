import { OpenAPIHono } from '@hono/zod-openapi';
import { noticeListSchema } from '../../../shared/api/joint-projects';
import type { AppEnv } from '../../platform/auth/context';
import { ANY_ROLE, jsonResponse, securedRoute } from '../../platform/http/route';
import { validationHook } from '../../platform/http/validation-hook';
import { noticesFor } from './notices';
import { pageQuery } from '../../platform/http/params';

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
    const { limit = 20, cursor } = c.req.valid('query');
    return c.json(await noticesFor(c.get('principal'), c.get('prefCode'), limit, cursor), 200);
  },
);
