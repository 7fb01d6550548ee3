import { createHash, randomBytes } from 'node:crypto';

/**
 * What a browser and oidc-client-ts do against the local OpenID provider, with plain fetch: a cookie jar that
 * honours cookie paths, the authorization-code request with PKCE (S256), and the token endpoint.
 */
export function oidcClient(baseUrl: string, clientId = 'portal-web') {
  const cookies = new Map<string, { value: string; path: string }>();

  function keep(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';').map((s) => s.trim());
      const name = pair.slice(0, pair.indexOf('='));
      const value = pair.slice(pair.indexOf('=') + 1);
      const path = attributes.find((a) => a.toLowerCase().startsWith('path='))?.slice(5) ?? '/';
      const expired = attributes.some((a) => /^expires=/i.test(a) && Date.parse(a.slice(8)) < Date.now());
      if (!value || expired) cookies.delete(name);
      else cookies.set(name, { value, path });
    }
  }

  /** A request as the browser sends it: this origin's cookies whose path covers the URL, no redirects followed. */
  async function browse(url: string, init: RequestInit = {}): Promise<Response> {
    const target = new URL(url, baseUrl);
    const header = [...cookies]
      .filter(([, c]) => target.pathname === c.path || target.pathname.startsWith(c.path.endsWith('/') ? c.path : `${c.path}/`))
      .map(([name, c]) => `${name}=${c.value}`)
      .join('; ');
    const res = await fetch(target, { ...init, redirect: 'manual', headers: { ...(header && { cookie: header }), ...init.headers } });
    keep(res);
    return res;
  }

  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const redirectUri = `${baseUrl}/auth/callback`;

  const token = (tokenEndpoint: string, params: Record<string, string>) =>
    fetch(tokenEndpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ client_id: clientId, ...params }).toString(),
    });

  return {
    cookies,
    browse,
    redirectUri,
    /** Starts a sign-in as the web app does; the answer is the provider's redirect (to its sign-in page). */
    authorize: (authorizationEndpoint: string, extra: Record<string, string> = {}) =>
      browse(
        `${authorizationEndpoint}?${new URLSearchParams({
          client_id: clientId,
          response_type: 'code',
          redirect_uri: redirectUri,
          scope: 'openid email profile',
          state: randomBytes(8).toString('hex'),
          nonce: randomBytes(8).toString('hex'),
          code_challenge: challenge,
          code_challenge_method: 'S256',
          ...extra,
        })}`,
      ),
    /** What the sign-in page's button posts. */
    pick: (uid: string, userId: string) =>
      browse(`/oidc/interaction/${uid}/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ userId }).toString(),
      }),
    token,
    /** The callback's code for tokens, proving the sign-in was started here (PKCE). */
    exchange: (tokenEndpoint: string, code: string, codeVerifier = verifier) =>
      token(tokenEndpoint, { grant_type: 'authorization_code', code, redirect_uri: redirectUri, code_verifier: codeVerifier }),
  };
}

/** A JWT's header and payload, unverified (the test asserts what the provider put in them). */
export function decodeJwt(token: string): { header: Record<string, unknown>; payload: Record<string, unknown> } {
  const [header = '', payload = ''] = token.split('.');
  const part = (text: string) => JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as Record<string, unknown>;
  return { header: part(header), payload: part(payload) };
}
