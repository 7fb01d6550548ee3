import { createSignal } from 'solid-js';

const KEY = 'kanagawa-dx-portal.token';
/** oidc-client-ts keeps the signed-in user (with its refresh token) under keys starting so (web/src/app/auth/oidc.ts). */
const OIDC_STORE_PREFIX = 'oidc.';

/**
 * The bearer token (the OpenID provider's ID token), kept in sessionStorage
 * (gone when the tab closes) and never in a URL. Renewal with the refresh
 * token needs oidc-client-ts, so it is imported only when a renewal is due:
 * the JS of a first visit stays small.
 */
const [token, setTokenSignal] = createSignal<string | null>(sessionStorage.getItem(KEY));
/**
 * Set while this page is being left for the provider (to sign out, or to sign in again after the session ended):
 * the page shows no data and starts nothing else meanwhile.
 */
const [leaving, setLeaving] = createSignal<'sign-out' | 'sign-in' | false>(false);

export { token, leaving };

let renewTimer: ReturnType<typeof setTimeout> | undefined;
let renewing: Promise<boolean> | undefined;

export function setToken(value: string | null) {
  if (value) sessionStorage.setItem(KEY, value);
  else sessionStorage.removeItem(KEY);
  setTokenSignal(value);
  scheduleRenewal(value);
}

/** The token's `iat` and `exp` (seconds), read without verifying: only to know when to renew; the API verifies it. */
function lifetimeOf(value: string): { iat: number; exp: number } | undefined {
  try {
    const claims = JSON.parse(atob(value.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/'))) as { iat?: unknown; exp?: unknown };
    return typeof claims.exp === 'number' ? { exp: claims.exp, iat: typeof claims.iat === 'number' ? claims.iat : claims.exp - 3600 } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Renews a minute before the token expires, or at three quarters of a short lifetime (a test's 15 s), so a page
 * never sends an expired token while the provider still accepts the refresh token.
 */
function scheduleRenewal(value: string | null) {
  clearTimeout(renewTimer);
  const lifetime = value ? lifetimeOf(value) : undefined;
  if (!lifetime) return;
  const margin = Math.min(60, (lifetime.exp - lifetime.iat) / 4);
  const delay = Math.max(0, (lifetime.exp - margin) * 1000 - Date.now());
  renewTimer = setTimeout(() => {
    void renewSession().then((ok) => {
      if (!ok) goToSignIn();
    });
  }, delay);
}

/**
 * A new ID token through the refresh token; false when the provider refuses it (expired, revoked, the user
 * disabled). Concurrent callers (several queries answered 401 at once) share one request.
 */
export function renewSession(): Promise<boolean> {
  renewing ??= import('./auth/oidc')
    .then((oidc) => oidc.renew())
    .catch(() => false)
    .finally(() => {
      renewing = undefined;
    });
  return renewing;
}

/** Forgets this tab's session: the token, the stored OpenID user and its refresh token. */
export function clearSession() {
  setToken(null);
  for (const key of Object.keys(sessionStorage)) if (key.startsWith(OIDC_STORE_PREFIX)) sessionStorage.removeItem(key);
}

/** Only a path of this site may follow sign-in: `//evil.example` or `/\evil.example` would leave it. */
export function safeNext(next: unknown): string {
  return typeof next === 'string' && /^\/(?![/\\])/.test(next) ? next : '/';
}

/** The sign-in route, coming back to `next` (by default the page now shown). */
export function signInPath(next = location.pathname + location.search + location.hash): string {
  return `/signin?next=${encodeURIComponent(safeNext(next))}`;
}

/** Ends this tab's session and starts sign-in anew by a full page load, which also drops every cached response. */
export function goToSignIn() {
  if (leaving()) return;
  const target = signInPath();
  setLeaving('sign-in');
  clearSession();
  location.assign(target);
}

/** Marks the page as being left for the provider's sign-out, before the session is cleared. */
export function startLeaving() {
  setLeaving('sign-out');
}

// A page restored from the back-forward cache after sign-out would still show the previous user's data: load
// it afresh, which finds no session and goes to sign-in.
addEventListener('pageshow', (event) => {
  if (event.persisted && (leaving() || sessionStorage.getItem(KEY) !== token())) location.reload();
});

scheduleRenewal(token());
