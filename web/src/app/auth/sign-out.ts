import type { QueryClient } from '@tanstack/solid-query';
import { SIGNED_OUT_PATH } from '../../../../shared/auth/sign-in-paths';
import { apiFetch } from '../api';
import { clearSession, startLeaving, token } from '../session';

/** Set when "sign out everywhere" could not reach the API, so /signed-out can say the other devices are still in. */
export const EVERYWHERE_FAILED_KEY = 'kanagawa-dx-portal.sign-out-everywhere-failed';
/** Where the provider's sign-out is, noted at sign-in (web/src/app/auth/oidc.ts) so signing out needs nothing loaded. */
export const SIGN_OUT_KEY = 'kanagawa-dx-portal.sign-out';

export interface SignOutTarget {
  provider: 'cognito' | 'local';
  clientId: string;
  /** Cognito's /logout, or the local provider's end_session_endpoint. */
  endpoint: string;
  /** The provider's token revocation endpoint, when its discovery document names one. */
  revocation?: string;
}

function storedRefreshToken(): string | undefined {
  for (const key of Object.keys(sessionStorage)) {
    if (!key.startsWith('oidc.user:')) continue;
    try {
      return (JSON.parse(sessionStorage.getItem(key)!) as { refresh_token?: string }).refresh_token;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

function providerSignOutUrl(target: SignOutTarget, idToken: string | null): string {
  const signedOut = location.origin + SIGNED_OUT_PATH;
  const url = new URL(target.endpoint);
  if (target.provider === 'cognito') {
    // Cognito's /logout takes logout_uri (its discovery document names no end-session endpoint).
    url.searchParams.set('client_id', target.clientId);
    url.searchParams.set('logout_uri', signedOut);
  } else {
    if (idToken) url.searchParams.set('id_token_hint', idToken);
    url.searchParams.set('post_logout_redirect_uri', signedOut);
    url.searchParams.set('client_id', target.clientId);
  }
  return url.href;
}

/**
 * Ends the portal's session in this tab at once (token, cached responses, the OpenID user store: nothing is left
 * if the tab is closed or another page opened right after the click), then leaves for the provider's sign-out,
 * which comes back to /signed-out. The refresh token is revoked on the way where the provider offers it.
 */
function leave(client: QueryClient) {
  const target = JSON.parse(sessionStorage.getItem(SIGN_OUT_KEY) ?? 'null') as SignOutTarget | null;
  const idToken = token();
  const refreshToken = storedRefreshToken();
  startLeaving();
  client.clear();
  clearSession();
  sessionStorage.removeItem(SIGN_OUT_KEY);
  if (target?.revocation && refreshToken) {
    // A beacon outlives the page being left; a form-encoded body needs no CORS preflight.
    navigator.sendBeacon(target.revocation, new URLSearchParams({ token: refreshToken, token_type_hint: 'refresh_token', client_id: target.clientId }));
  }
  location.assign(target ? providerSignOutUrl(target, idToken) : SIGNED_OUT_PATH);
}

/**
 * Signs out. With `everywhereUserId`, first revokes every session of that user (the API sets their valid-after
 * time; in AWS, Cognito's global sign-out revokes their refresh tokens); this tab signs out either way.
 */
export async function signOut(client: QueryClient, everywhereUserId?: string): Promise<void> {
  if (everywhereUserId) {
    const path = `/api/users/${encodeURIComponent(everywhereUserId)}/sign-out-everywhere`;
    const ok = await apiFetch(path, { method: 'POST' }).then(() => true, () => false);
    if (!ok) sessionStorage.setItem(EVERYWHERE_FAILED_KEY, '1');
  }
  leave(client);
}
