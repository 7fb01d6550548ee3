import { OpenAPIHono } from '@hono/zod-openapi';
import { auditListSchema } from '../../../shared/api/plans';
import { userInviteSchema, userListQuerySchema, userListSchema, userUpdateSchema, userVersionBodySchema, userViewSchema } from '../../../shared/api/users';
import type { Role } from '../../../shared/auth/roles';
import type { AppEnv } from '../../platform/auth/context';
import { pageQuery } from '../../platform/http/params';
import { ANY_ROLE, jsonBody, jsonResponse, securedRoute, z } from '../../platform/http/route';
import { validationHook } from '../../platform/http/validation-hook';
import { inviteUser, listUsers, resetUser, setStatus, signOutEverywhere, updateUser, userHistory } from './users';

/**
 * 利用者管理 (issue 14). `municipal_staff` in a route's roles means a municipality's administrators (orgAdmin),
 * and only for their own municipality's staff: user-rules.ts refuses everyone else with 403.
 */
const ADMINS: readonly Role[] = ['prefecture_admin', 'municipal_staff'];
const PREFECTURE_ADMIN: readonly Role[] = ['prefecture_admin'];

// Cognito's usernames are subs (UUIDs); local ones `u-<uuid>`, and the demo users' ids.
const userParams = z.object({ userId: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/) });
const viewResponse = { 200: jsonResponse('The user as saved', userViewSchema), 409: { description: 'Stale version, or not possible now (own account, last administrator)' } };

const actionRoute = (path: string, summary: string, roles: readonly Role[]) =>
  securedRoute(roles, {
    method: 'post',
    path: `/api/users/{userId}/${path}`,
    summary,
    request: { params: userParams, body: jsonBody(userVersionBodySchema) },
    responses: viewResponse,
  });

export const userRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(
    securedRoute(ADMINS, {
      method: 'get',
      path: '/api/users',
      summary: '利用者の一覧 / Users of the prefecture or one organisation, by role then name',
      request: { query: userListQuerySchema },
      responses: { 200: jsonResponse('One page of users', userListSchema) },
    }),
    async (c) => c.json(await listUsers(c.get('prefCode'), c.get('account'), c.req.valid('query')), 200),
  )
  .openapi(
    securedRoute(ADMINS, {
      method: 'post',
      path: '/api/users',
      summary: '利用者の招待 / Invite a user (the provider e-mails a temporary password)',
      request: { body: jsonBody(userInviteSchema) },
      responses: { 201: jsonResponse('The invited user', userViewSchema), 409: { description: 'A user with this e-mail exists (user_exists)' } },
    }),
    async (c) => c.json(await inviteUser(c.get('prefCode'), c.get('account'), c.req.valid('json')), 201),
  )
  .openapi(
    securedRoute(PREFECTURE_ADMIN, {
      method: 'patch',
      path: '/api/users/{userId}',
      summary: '利用者の変更 / Change a user’s name, role, organisation, bureau or administrator flag',
      request: { params: userParams, body: jsonBody(userUpdateSchema) },
      responses: viewResponse,
    }),
    async (c) => c.json(await updateUser(c.get('prefCode'), c.get('account'), c.req.valid('param').userId, c.req.valid('json')), 200),
  )
  .openapi(actionRoute('disable', '利用者の無効化 / Disable a user (their sessions end)', ADMINS), async (c) =>
    c.json(await setStatus(c.get('prefCode'), c.get('account'), c.req.valid('param').userId, c.req.valid('json').version, 'disabled'), 200),
  )
  .openapi(actionRoute('enable', '利用者の有効化 / Enable a disabled user again', ADMINS), async (c) =>
    c.json(await setStatus(c.get('prefCode'), c.get('account'), c.req.valid('param').userId, c.req.valid('json').version, 'active'), 200),
  )
  .openapi(actionRoute('reset-password', 'パスワードのリセット / The user sets a new password at the next sign-in', PREFECTURE_ADMIN), async (c) =>
    c.json(await resetUser(c.get('prefCode'), c.get('account'), c.req.valid('param').userId, c.req.valid('json').version, 'password'), 200),
  )
  .openapi(actionRoute('reset-mfa', '認証アプリのリセット / The user enrols a new authenticator app at the next sign-in', PREFECTURE_ADMIN), async (c) =>
    c.json(await resetUser(c.get('prefCode'), c.get('account'), c.req.valid('param').userId, c.req.valid('json').version, 'mfa'), 200),
  )
  .openapi(
    securedRoute(ADMINS, {
      method: 'get',
      path: '/api/users/{userId}/history',
      summary: '利用者の変更履歴 / Who changed the account, when, from what to what',
      request: { params: userParams, query: pageQuery },
      responses: { 200: jsonResponse('One page of history, newest first', auditListSchema) },
    }),
    async (c) => c.json(await userHistory(c.get('prefCode'), c.get('account'), c.req.valid('param').userId, c.req.valid('query')), 200),
  )
  .openapi(
    // Any role, for one's own account: the account menu's "sign out everywhere". Others' only for the prefecture.
    securedRoute(ANY_ROLE, {
      method: 'post',
      path: '/api/users/{userId}/sign-out-everywhere',
      summary: 'すべての端末からサインアウト / End every session of the user',
      request: { params: userParams },
      responses: { 204: { description: 'Every token issued until now is refused' } },
    }),
    async (c) => {
      await signOutEverywhere(c.get('prefCode'), c.get('account'), c.req.valid('param').userId);
      return c.body(null, 204);
    },
  );
