import { createMiddleware } from 'hono/factory';
import type { Role } from '../../../shared/auth/roles';
import { prefectureOrgCode } from '../../../shared/org/codes';
import { config } from '../config';
import { forbidden, unauthenticated } from '../../../shared/errors';
import type { AppEnv } from './context';
import { verifyCognitoToken } from './cognito-verifier';
import { verifyLocalToken } from './local-issuer';

/**
 * What a response for a signed-in caller may be kept as: nothing. Office PCs
 * are shared, and a browser's or proxy's cache would hand one person's
 * figures, reports or exports to the next.
 */
export const PRIVATE_NO_STORE = 'private, no-store';

/** Verifies the bearer token (locally signed or Cognito) and sets the principal; 401 otherwise. */
export const authenticate = createMiddleware<AppEnv>(async (c, next) => {
  // Set before anything can fail here (401), and again below on whatever response the route made, errors included.
  c.header('Cache-Control', PRIVATE_NO_STORE);
  const header = c.req.header('authorization') ?? '';
  const match = /^Bearer ([A-Za-z0-9\-_.]+)$/.exec(header);
  if (!match?.[1]) throw unauthenticated();
  const principal =
    config().authMode === 'cognito' ? await verifyCognitoToken(match[1]) : await verifyLocalToken(match[1]);
  if (!principal) throw unauthenticated();
  c.set('principal', principal);
  c.set('prefCode', prefectureOrgCode(principal.orgCode));
  await next();
  c.header('Cache-Control', PRIVATE_NO_STORE);
});

const ROLE_NAMES: Record<Role, { ja: string; en: string }> = {
  prefecture_admin: { ja: '県の管理者', en: 'prefecture administrators' },
  prefecture_staff: { ja: '県職員', en: 'prefecture staff' },
  municipal_staff: { ja: '市町村職員', en: 'municipal staff' },
  council: { ja: '県議会議員', en: 'council members' },
};

/** Lets only the given roles through; 403 with the roles that may, otherwise. */
export function requireRoles(roles: readonly Role[]) {
  return createMiddleware<AppEnv>(async (c, next) => {
    if (!roles.includes(c.get('principal').role)) {
      throw forbidden({
        ja: `この操作は${roles.map((r) => ROLE_NAMES[r].ja).join('・')}のみが行えます。`,
        en: `Only ${roles.map((r) => ROLE_NAMES[r].en).join(', ')} may do this.`,
      });
    }
    await next();
  });
}
