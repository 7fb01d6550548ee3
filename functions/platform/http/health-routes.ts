import { OpenAPIHono } from '@hono/zod-openapi';
import { openRoute, jsonResponse, z } from './route';
import { validationHook } from './validation-hook';
import { tableIsReachable } from '../db/health';

const healthy = z.object({ status: z.literal('ok') });
const unhealthy = z.object({ status: z.literal('unavailable') });

export const healthRoutes = new OpenAPIHono({ defaultHook: validationHook }).openapi(
  openRoute({
    method: 'get',
    path: '/api/health',
    summary: '稼働確認 / Health check',
    responses: {
      200: jsonResponse('The API can reach its table', healthy),
      503: jsonResponse('The table cannot be reached', unhealthy),
    },
  }),
  async (c) => {
    if (await tableIsReachable()) return c.json({ status: 'ok' as const }, 200);
    c.header('Retry-After', '5');
    return c.json({ status: 'unavailable' as const }, 503);
  },
);
