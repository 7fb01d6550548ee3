import { OpenAPIHono } from '@hono/zod-openapi';
import { meResponseSchema } from '../../../shared/api/auth';
import { organisationListSchema } from '../../../shared/org/organisation';
import type { AppEnv } from '../../platform/auth/context';
import { ANY_ROLE, jsonResponse, publicRoute, securedRoute } from '../../platform/http/route';
import { validationHook } from '../../platform/http/validation-hook';
import { callerWithOrganisation, organisationPage } from './organisations';
import { pageQuery } from '../../platform/http/params';

/** The caller and the organisations of the caller's prefecture. */
export const meRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(
    securedRoute(ANY_ROLE, {
      method: 'get',
      path: '/api/me',
      summary: 'サインイン中の利用者 / The signed-in user',
      responses: { 200: jsonResponse('The caller', meResponseSchema) },
    }),
    async (c) => {
      const { email, orgAdmin } = c.get('account');
      return c.json({ ...(await callerWithOrganisation(c.get('principal'), c.get('prefCode'))), email, orgAdmin }, 200);
    },
  )
  .openapi(
    publicRoute({
      method: 'get',
      path: '/api/organisations',
      summary: '県と市町村の一覧 / The prefecture and its municipalities',
      request: { query: pageQuery },
      responses: { 200: jsonResponse('One page of organisations, in code order', organisationListSchema) },
    }),
    async (c) => {
      const { limit = 50, cursor } = c.req.valid('query');
      return c.json(await organisationPage(c.get('prefCode'), limit, cursor), 200);
    },
  );
