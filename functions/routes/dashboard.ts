import { OpenAPIHono } from '@hono/zod-openapi';
import { headlinesSchema } from '../../shared/api/dashboard';
import { prefectureOrgCode } from '../../shared/org/codes';
import type { AppEnv } from '../auth/context';
import { ANY_ROLE, jsonResponse, securedRoute } from '../http/route';
import { validationHook } from '../http/validation-hook';
import { loadHeadlines } from '../services/headlines';

/** The council dashboard's headline figures (the plan's own summary comes from the plan routes). */
export const dashboardRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(
  securedRoute(ANY_ROLE, {
    method: 'get',
    path: '/api/dashboard/headlines',
    summary: '主な指標 / Headline municipal figures: My Number Card rate vs national, open data adoption, joint projects live',
    responses: { 200: jsonResponse('The headline figures', headlinesSchema) },
  }),
  async (c) => c.json(await loadHeadlines(prefectureOrgCode(c.get('principal').orgCode)), 200),
);
