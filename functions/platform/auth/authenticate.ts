import { createMiddleware } from 'hono/factory';
import type { Role } from '../../../shared/auth/roles';
import { prefectureOrgCode } from '../../../shared/org/codes';
import { config } from '../config';
import { forbidden, unauthenticated } from '../../../shared/errors';
import type { VerifiedToken } from './claims';
import type { AppEnv, SignedInAccount } from './context';
import { verifyCognitoToken } from './cognito-verifier';
import { verifyLocalToken } from './local-issuer';

/**
 * What a response for a signed-in caller may be kept as: nothing. Office PCs
 * are shared, and a browser's or proxy's cache would hand one person's
 * figures, reports or exports to the next.
 */
export const PRIVATE_NO_STORE = 'private, no-store';

/** What an anonymous reader's answer from a public route may be kept as (authenticateIfSignedIn). */
export const PUBLIC_SHORT = 'public, max-age=60';

/**
 * Checks a verified token against the caller's account: their record exists, is active, was not changed since the
 * token was issued (else 401 session_revoked). The users feature holds the records; functions/app.ts hands its check
 * over here, so the platform imports no feature.
 */
export type AccountCheck = (verified: VerifiedToken, prefCode: string) => Promise<SignedInAccount>;

let accountCheck: AccountCheck | undefined;

/** Sets the check every authenticated request passes (functions/app.ts, once per app). */
export function useAccountCheck(check: AccountCheck): void {
  accountCheck = check;
}

/** Verifies the bearer token (Cognito's or the local provider's), then the caller's account; sets the principal; 401 otherwise. */
export const authenticate = createMiddleware<AppEnv>(async (c, next) => {
  // Set before anything can fail here (401), and again below on whatever response the route made, errors included.
  c.header('Cache-Control', PRIVATE_NO_STORE);
  const header = c.req.header('authorization') ?? '';
  const match = /^Bearer ([A-Za-z0-9\-_.]+)$/.exec(header);
  if (!match?.[1]) throw unauthenticated();
  const verified =
    config().authMode === 'cognito' ? await verifyCognitoToken(match[1]) : await verifyLocalToken(match[1]);
  if (!verified) throw unauthenticated();
  // Without a check no request is let through: a token alone does not say the account still stands.
  if (!accountCheck) throw new Error('No account check: functions/app.ts sets it with useAccountCheck');
  const prefCode = prefectureOrgCode(verified.principal.orgCode);
  const account = await accountCheck(verified, prefCode);
  c.set('principal', account.principal);
  c.set('account', account);
  c.set('prefCode', prefCode);
  await next();
  c.header('Cache-Control', PRIVATE_NO_STORE);
});

/**
 * For public pages' routes: a caller with a bearer token is authenticated exactly as by `authenticate` (a bad token
 * is still a 401, never a silent downgrade to anonymous); a caller without one goes on with no principal, and the
 * route reads as for an anonymous viewer (shared/auth/audiences.ts: relation `other`, published data only).
 */
export const authenticateIfSignedIn = createMiddleware<AppEnv>(async (c, next) => {
  if (c.req.header('authorization') === undefined) {
    // The prefecture this deployment serves is the one whose published data anonymous readers see.
    c.set('prefCode', config().homePrefecture);
    await next();
    // Published data, the same for every anonymous reader: shared caches may keep it briefly. Errors are not kept,
    // and `Vary` stops a browser handing this answer to the same page's request once its reader has signed in.
    c.header('Cache-Control', c.res.ok ? PUBLIC_SHORT : PRIVATE_NO_STORE);
    c.header('Vary', 'Authorization', { append: true });
    return;
  }
  await authenticate(c, next);
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
