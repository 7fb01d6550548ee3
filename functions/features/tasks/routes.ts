import { OpenAPIHono } from '@hono/zod-openapi';
import { taskListSchema } from '../../../shared/tasks/task';
import type { AppEnv } from '../../platform/auth/context';
import { ANY_ROLE, jsonResponse, securedRoute } from '../../platform/http/route';
import { validationHook } from '../../platform/http/validation-hook';
import { myTasks } from './my-tasks';

/** やること: what the signed-in person should do next (shared/tasks/task.ts). */
export const taskRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(
  securedRoute(ANY_ROLE, {
    method: 'get',
    path: '/api/my/tasks',
    summary: 'やること / The caller’s tasks: values and reports due, overdue or returned; for the prefecture, reviews and late municipalities',
    description: 'Most urgent first. Council members get an empty list.',
    responses: { 200: jsonResponse('The tasks', taskListSchema) },
  }),
  async (c) => c.json(await myTasks(c.get('principal'), c.get('prefCode')), 200),
);
