import { OpenAPIHono } from '@hono/zod-openapi';
import { headlinesSchema } from '../../../shared/api/dashboard';
import type { AppEnv } from '../../platform/auth/context';
import { jsonResponse, publicRoute } from '../../platform/http/route';
import { validationHook } from '../../platform/http/validation-hook';
import { loadHeadlines } from './headlines';

/** The council dashboard's headline figures (the plan's own summary comes from the plan routes): confirmed values only, so public. */
export const dashboardRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(
  publicRoute({
    method: 'get',
    path: '/api/dashboard/headlines',
    summary: '主な指標 / Headline municipal figures: My Number Card rate vs national, open data adoption, joint projects live',
    responses: { 200: jsonResponse('The headline figures', headlinesSchema) },
  }),
  async (c) => c.json(await loadHeadlines(c.get('prefCode')), 200),
);
