import { createApp } from '../../functions/app';

type App = ReturnType<typeof createApp>;

/** Calls the Hono app in-process (app.request), as the Lambda adapter would. */
export function apiClient(app: App = createApp()) {
  const tokens = new Map<string, string>();
  async function token(userId: string): Promise<string> {
    const cached = tokens.get(userId);
    if (cached) return cached;
    const res = await app.request('/api/auth/local/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId }),
    });
    if (res.status !== 200) throw new Error(`sign-in of ${userId} failed: ${res.status} ${await res.text()}`);
    const { token } = (await res.json()) as { token: string };
    tokens.set(userId, token);
    return token;
  }
  async function call(method: string, path: string, options: { as?: string; body?: unknown; headers?: Record<string, string> } = {}) {
    const headers: Record<string, string> = { ...options.headers };
    if (options.as) headers.authorization = `Bearer ${await token(options.as)}`;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    return app.request(path, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) });
  }
  return {
    app,
    token,
    get: (path: string, as?: string) => call('GET', path, { as }),
    put: (path: string, body: unknown, as?: string) => call('PUT', path, { as, body }),
    post: (path: string, body: unknown, as?: string) => call('POST', path, { as, body }),
    call,
  };
}
