import { OpenAPIHono } from '@hono/zod-openapi';
import { localTokenRequestSchema, localTokenResponseSchema, localUserListSchema } from '../../shared/api/auth';
import { apiErrorSchema } from '../../shared/api/errors';
import { demoUsers } from '../platform/auth/demo-users';
import { signLocalToken } from '../platform/auth/local-issuer';
import { config } from '../platform/config';
import { DomainError } from '../../shared/errors';
import { jsonBody, jsonResponse, openRoute } from '../platform/http/route';
import { validationHook } from '../platform/http/validation-hook';
import { allOrganisations } from '../features/organisations/organisations';

async function homeUsers() {
  return demoUsers(await allOrganisations(config().homePrefecture));
}

/** Local sign-in (docs/architecture.md, "Contracts"). Mounted only with AUTH_MODE=local, never in the deployed stack. */
export const localAuthRoutes = new OpenAPIHono({ defaultHook: validationHook })
  .openapi(
    openRoute({
      method: 'get',
      path: '/api/auth/local/users',
      summary: 'デモ利用者の一覧 / Demo users for local sign-in',
      responses: { 200: jsonResponse('The seeded demo users', localUserListSchema) },
    }),
    async (c) => c.json({ items: await homeUsers() }, 200),
  )
  .openapi(
    openRoute({
      method: 'post',
      path: '/api/auth/local/token',
      summary: 'ローカルサインイン / Local sign-in',
      request: { body: jsonBody(localTokenRequestSchema) },
      responses: {
        200: jsonResponse('A token for the user', localTokenResponseSchema),
        400: jsonResponse('Invalid input', apiErrorSchema),
        404: jsonResponse('No such demo user', apiErrorSchema),
      },
    }),
    async (c) => {
      const { userId } = c.req.valid('json');
      const user = (await homeUsers()).find((u) => u.userId === userId);
      if (!user) {
        throw new DomainError('not_found', 'unknown_user', {
          ja: `利用者「${userId}」は登録されていません。サインイン画面の一覧から選んでください。`,
          en: `There is no demo user "${userId}". Choose one from the sign-in page.`,
        });
      }
      const { orgName: _orgName, ...principal } = user;
      return c.json({ token: await signLocalToken(principal) }, 200);
    },
  );
