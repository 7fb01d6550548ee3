import { OpenAPIHono } from '@hono/zod-openapi';
import { meResponseSchema } from '../../shared/api/auth';
import { organisationListSchema } from '../../shared/org/organisation';
import { prefectureOrgCode } from '../../shared/org/codes';
import type { AppEnv } from '../auth/context';
import { ANY_ROLE, jsonResponse, securedRoute } from '../http/route';
import { validationHook } from '../http/validation-hook';
import { getOrganisation, listOrganisations } from '../repositories/organisations';
import { pageQuery } from './params';

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
      const principal = c.get('principal');
      const org = await getOrganisation(prefectureOrgCode(principal.orgCode), principal.orgCode);
      return c.json({ ...principal, orgName: org?.name }, 200);
    },
  )
  .openapi(
    securedRoute(ANY_ROLE, {
      method: 'get',
      path: '/api/organisations',
      summary: '県と市町村の一覧 / The prefecture and its municipalities',
      request: { query: pageQuery },
      responses: { 200: jsonResponse('One page of organisations, in code order', organisationListSchema) },
    }),
    async (c) => {
      const { limit = 50, cursor } = c.req.valid('query');
      return c.json(await listOrganisations(prefectureOrgCode(c.get('principal').orgCode), limit, cursor), 200);
    },
  );
