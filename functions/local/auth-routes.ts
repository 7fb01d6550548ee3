import { OpenAPIHono } from '@hono/zod-openapi';
import { localTokenRequestSchema, localTokenResponseSchema, localUserListSchema, type LocalUser } from '../../shared/api/auth';
import { apiErrorSchema } from '../../shared/api/errors';
import type { Role } from '../../shared/auth/roles';
import { DomainError } from '../../shared/errors';
import type { UserRecord } from '../../shared/users/user';
import { organisationsOf } from '../features/organisations';
import { findUser, listAllUsers } from '../features/users';
import { signLocalToken } from '../platform/auth/local-issuer';
import { config } from '../platform/config';
import { jsonBody, jsonResponse, openRoute } from '../platform/http/route';
import { validationHook } from '../platform/http/validation-hook';

/** The picker's order: the prefecture's people by role, then municipal staff by their municipality's code. */
const ROLE_ORDER: readonly Role[] = ['prefecture_admin', 'prefecture_staff', 'council', 'municipal_staff'];

function pickerOrder(a: UserRecord, b: UserRecord): number {
  return (
    ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || a.orgCode.localeCompare(b.orgCode) || a.userId.localeCompare(b.userId)
  );
}

/** Whom the local OpenID provider's sign-in page offers: every active user record of the home prefecture. */
async function signInChoices(): Promise<LocalUser[]> {
  const prefCode = config().homePrefecture;
  const [users, organisations] = await Promise.all([listAllUsers(prefCode), organisationsOf(prefCode)]);
  const orgNames = new Map(organisations.map((o) => [o.code, o.name]));
  return users
    .filter((u) => u.status === 'active')
    .sort(pickerOrder)
    .map((u) => ({
      userId: u.userId,
      name: u.name,
      role: u.role,
      orgCode: u.orgCode,
      ...(u.bureau ? { bureau: u.bureau } : {}),
      orgName: orgNames.get(u.orgCode) ?? u.orgCode,
    }));
}

/** Local sign-in (docs/architecture.md, "Contracts"). Mounted only with AUTH_MODE=local, never in the deployed stack. */
export const localAuthRoutes = new OpenAPIHono({ defaultHook: validationHook })
  .openapi(
    openRoute({
      method: 'get',
      path: '/api/auth/local/users',
      summary: 'サインインできる利用者の一覧 / Users the local sign-in page offers',
      responses: { 200: jsonResponse('Every active user of the home prefecture, in the sign-in page’s order', localUserListSchema) },
    }),
    async (c) => c.json({ items: await signInChoices() }, 200),
  )
  .openapi(
    openRoute({
      method: 'post',
      path: '/api/auth/local/token',
      summary: 'ローカルサインイン / Local sign-in',
      request: { body: jsonBody(localTokenRequestSchema) },
      responses: {
        200: jsonResponse('An ID token for the user, as the local OpenID provider issues it', localTokenResponseSchema),
        400: jsonResponse('Invalid input', apiErrorSchema),
        403: jsonResponse('The user is disabled', apiErrorSchema),
        404: jsonResponse('No such user', apiErrorSchema),
      },
    }),
    async (c) => {
      const { userId } = c.req.valid('json');
      const user = await findUser(config().homePrefecture, userId);
      if (!user) {
        throw new DomainError('not_found', 'unknown_user', {
          ja: `利用者「${userId}」は登録されていません。サインイン画面の一覧から選んでください。`,
          en: `There is no user "${userId}". Choose one from the sign-in page.`,
        });
      }
      if (user.status !== 'active') {
        throw new DomainError('forbidden', 'user_disabled', {
          ja: `利用者「${userId}」は無効にされています。管理者に有効化を依頼してください。`,
          en: `The user "${userId}" is disabled. Ask an administrator to enable them again.`,
        });
      }
      return c.json({ token: await signLocalToken(user) }, 200);
    },
  );
