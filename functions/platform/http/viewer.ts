import type { Context } from 'hono';
import type { Principal } from '../../../shared/auth/roles';
import type { AppEnv } from '../auth/context';

/**
 * The caller of a route as a viewer (shared/auth/audiences.ts): the signed-in principal, or undefined for an
 * anonymous reader of a public route (publicRoute in ./route.ts sets no principal). AppEnv types the principal as
 * always present because secured routes may rely on it; a public route must not, so it reads it through here.
 */
export const viewerOf = (c: Pick<Context<AppEnv>, 'get'>): Principal | undefined => c.get('principal') as Principal | undefined;
