import { UserManager, WebStorageStateStore } from 'oidc-client-ts';
import type { WebConfig } from '../../../../shared/auth/web-config';
import { SIGN_IN_CALLBACK_PATH, SIGNED_OUT_PATH } from '../../../../shared/auth/sign-in-paths';
import { lang } from '../lang';
import { safeNext, setToken } from '../session';
import { SIGN_OUT_KEY, type SignOutTarget } from './sign-out';

/**
 * The OpenID Connect client (authorization code with PKCE, oidc-client-ts): the same code for Cognito in AWS and
 * the local provider of `npm start`, configured by `/config.json`. Imported only by the sign-in routes and by
 * session renewal (web/src/app/session.ts), so the library stays out of the JS of a first visit.
 */

let config: Promise<WebConfig['auth']> | undefined;
let manager: Promise<UserManager> | undefined;

function loadConfig(): Promise<WebConfig['auth']> {
  config ??= fetch('/config.json', { cache: 'no-store' })
    .then(async (res) => {
      if (!res.ok) throw new Error(`/config.json: ${res.status}`);
      // Checked by hand: zod (shared/auth/web-config.ts) would add more to this chunk than the library itself.
      const auth = ((await res.json()) as Partial<WebConfig>).auth;
      if (!auth || typeof auth.authority !== 'string' || typeof auth.clientId !== 'string') throw new Error('/config.json: no auth');
      return auth;
    })
    .catch((error: unknown) => {
      config = undefined;
      throw error;
    });
  return config;
}

function userManager(): Promise<UserManager> {
  manager ??= loadConfig().then((auth) => {
    // sessionStorage for both the user (with its refresh token) and the PKCE state: nothing outlives the tab.
    const store = new WebStorageStateStore({ store: sessionStorage });
    return new UserManager({
      authority: auth.authority,
      client_id: auth.clientId,
      redirect_uri: location.origin + SIGN_IN_CALLBACK_PATH,
      post_logout_redirect_uri: location.origin + SIGNED_OUT_PATH,
      response_type: 'code',
      scope: 'openid email profile',
      userStore: store,
      stateStore: store,
      // Renewal is scheduled from the ID token's own expiry (session.ts), not the access token's.
      automaticSilentRenew: false,
      loadUserInfo: false,
    });
  });
  return manager;
}

/** Sends the browser to the provider's sign-in; `next` (a path of this site) travels in the OIDC state. */
export async function startSignIn(next: string): Promise<void> {
  const um = await userManager();
  await um.signinRedirect({
    state: { next: safeNext(next) },
    // Cognito's managed login in the portal's language.
    extraQueryParams: { lang: lang() },
    // Replaced, so the back button from the provider's page does not land on /signin and bounce forward again.
    redirectMethod: 'replace',
  });
}

/** Finishes sign-in on the callback route; returns the page to open (checked again: the state came back in a URL). */
export async function completeSignIn(): Promise<string> {
  const um = await userManager();
  const user = await um.signinRedirectCallback();
  if (!user.id_token) throw new Error('no ID token');
  await rememberSignOut(um);
  setToken(user.id_token);
  return safeNext((user.state as { next?: unknown } | undefined)?.next);
}

/** Notes where the provider's sign-out is, so the sign-out button (sign-out.ts) works without this module. */
async function rememberSignOut(um: UserManager) {
  const auth = await loadConfig();
  const endpoint = auth.provider === 'cognito' ? auth.signOutEndpoint : await um.metadataService.getEndSessionEndpoint().catch(() => undefined);
  if (!endpoint) return;
  const revocation = await um.metadataService.getRevocationEndpoint(true).catch(() => undefined);
  const target: SignOutTarget = { provider: auth.provider, clientId: auth.clientId, endpoint, ...(revocation && { revocation }) };
  sessionStorage.setItem(SIGN_OUT_KEY, JSON.stringify(target));
}

/** A new ID token with the refresh token; false when there is none or the provider refuses it. */
export async function renew(): Promise<boolean> {
  const um = await userManager();
  const current = await um.getUser();
  if (!current?.refresh_token) return false;
  const user = await um.signinSilent();
  if (!user?.id_token) return false;
  setToken(user.id_token);
  return true;
}
