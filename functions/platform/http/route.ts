import { createRoute, z } from '@hono/zod-openapi';
import type { Role } from '../../../shared/auth/roles';
import { apiErrorSchema } from '../../../shared/api/errors';
import { authenticate, authenticateIfSignedIn, requireRoles } from '../auth/authenticate';

type RouteConfig = Parameters<typeof createRoute>[0];

const errorContent = { 'application/json': { schema: apiErrorSchema } };
const commonErrors = {
  400: { description: '入力エラー / Invalid input', content: errorContent },
  401: { description: 'サインインが必要 / Sign-in required', content: errorContent },
  403: { description: '権限がない / Forbidden', content: errorContent },
};

/** Every role, for routes any signed-in user may read. */
export const ANY_ROLE: readonly Role[] = ['prefecture_admin', 'prefecture_staff', 'municipal_staff', 'council'];
export const PREFECTURE_ROLES: readonly Role[] = ['prefecture_admin', 'prefecture_staff'];

/**
 * A route that needs a bearer token and one of `roles`. The roles are also
 * written into the OpenAPI operation (`x-roles`), which the authorization
 * tests read, so the document, the check and the tests share one source.
 */
export function securedRoute<const R extends RouteConfig>(roles: readonly Role[], route: R) {
  return createRoute({
    ...route,
    security: [{ bearerAuth: [] }],
    middleware: [authenticate, requireRoles(roles)] as const,
    'x-roles': [...roles],
    responses: { ...commonErrors, ...route.responses },
  } as R & { security: { bearerAuth: string[] }[] });
}

/** A route open without a token (health, the API document, local sign-in, open data). */
export function openRoute<const R extends RouteConfig>(route: R) {
  return createRoute({ ...route, security: [], 'x-roles': [] } as R);
}

/**
 * A route of the public pages: open without a token, as ../shared/DESIGN.md asks open routes to declare
 * (`security: []`), where anonymous readers see published data only; a caller who sends a token is authenticated
 * (a bad token is a 401) and may see more (e.g. a year still 作成中). `x-public: true` tells the two kinds of open
 * route apart. `c.get('principal')` is undefined for an anonymous caller: pass it on as the viewer
 * (shared/auth/audiences.ts).
 */
export function publicRoute<const R extends RouteConfig>(route: R) {
  return createRoute({
    ...route,
    security: [],
    middleware: [authenticateIfSignedIn] as const,
    'x-roles': [],
    'x-public': true,
    responses: { 400: commonErrors[400], 401: commonErrors[401], ...route.responses },
  } as R);
}

export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { 'application/json': { schema } },
});

export const jsonResponse = <T extends z.ZodType>(description: string, schema: T) => ({
  description,
  content: { 'application/json': { schema } },
});

export { z };
