import { OpenAPIHono } from '@hono/zod-openapi';
import { searchQuerySchema, searchResultSchema } from '../../../shared/search/search-api';
import type { AppEnv } from '../../platform/auth/context';
import { ANY_ROLE, jsonResponse, securedRoute } from '../../platform/http/route';
import { validationHook } from '../../platform/http/validation-hook';
import { search } from './search';

/** Search across the portal (issue 17), as far as the caller may see (shared/search/search-document.ts). */
export const searchRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(
  securedRoute(ANY_ROLE, {
    method: 'get',
    path: '/api/search',
    summary: '検索 / Search measures, shared measures, joint projects, surveys, the FAQ and meetings',
    description:
      'Every word of q must occur (in the title or the text); title matches first, then the newest. Only what the caller may open is searched: a municipality finds the surveys sent to it, and consultations only once published to the FAQ.',
    request: { query: searchQuerySchema },
    responses: { 200: jsonResponse('One page of hits, with counts per kind', searchResultSchema) },
  }),
  async (c) => c.json(await search(c.get('prefCode'), c.get('principal'), c.req.valid('query')), 200),
);
