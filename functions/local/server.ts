import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import { getRequestListener } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import type { Provider } from 'oidc-provider';
import { webConfigSchema } from '../../shared/auth/web-config';
import { createApp } from '../app';
import { config, overrideConfig } from '../platform/config';
import { finishLogin, LOGIN_FORM_PATH } from './oidc/interaction';
import { createLocalProvider, OIDC_PATH } from './oidc/provider';

export interface LocalServer {
  url: string;
  close(): Promise<void>;
}

/** What the web app reads at start to sign people in (in AWS the stack writes the same file beside the app). */
const webConfig = () =>
  webConfigSchema.parse({ auth: { authority: config().localIssuer, clientId: config().localClientId, provider: 'local' } });

/** The portal's own paths: the API, /config.json, and the built web app with index.html for the app's routes. */
function portalSite(webDir: string) {
  const api = createApp();
  const site = new Hono();
  site.get('/config.json', (c) => c.json(webConfig(), 200, { 'cache-control': 'no-store' }));
  site.route('/', api);
  if (existsSync(join(webDir, 'index.html'))) {
    const indexHtml = readFileSync(join(webDir, 'index.html'), 'utf8');
    site.use('/*', serveStatic({ root: webDir }));
    // Unknown /api paths get the API's own JSON 404; every other path is the app's.
    site.get('*', (c) => (c.req.path.startsWith('/api/') ? api.fetch(c.req.raw) : c.html(indexHtml)));
  }
  return getRequestListener(site.fetch);
}

interface Oidc {
  provider: Provider;
  listener: ReturnType<Provider['callback']>;
}

async function answerOidc({ provider, listener }: Oidc, req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
  try {
    const login = req.method === 'POST' ? LOGIN_FORM_PATH.exec(path) : null;
    if (login) return await finishLogin(provider, req, res, login[1]!);
    // The provider routes below its mount point and finds that point from originalUrl, as when Express mounts it.
    Object.assign(req, { originalUrl: req.url, url: req.url!.slice(OIDC_PATH.length) || '/' });
    await listener(req, res);
  } catch (error) {
    console.error(`[oidc] ${(error as Error).stack ?? error}`);
    if (!res.headersSent) {
      res.statusCode = 500;
      res.setHeader('content-type', 'text/plain; charset=utf-8');
    }
    res.end('サインインの処理に失敗しました。もう一度お試しください。 / Sign-in failed; please try again.');
  }
}

/**
 * The local portal: the same Hono app as in Lambda under /api, the built web app (web/dist) at /, and the local
 * OpenID provider at /oidc (functions/local/oidc/provider.ts), whose issuer names the address the server got
 * (tests listen on port 0): the configuration's issuer and portal address are set from it.
 */
export async function startLocalServer(options: { port: number; hostname?: string; webDir?: string }): Promise<LocalServer> {
  const site = portalSite(resolve(options.webDir ?? 'web/dist'));
  let oidc: Oidc | undefined;
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    if (path !== OIDC_PATH && !path.startsWith(`${OIDC_PATH}/`)) return void site(req, res);
    if (!oidc) {
      res.statusCode = 503;
      return void res.end();
    }
    void answerOidc(oidc, req, res, path);
  });
  const hostname = options.hostname ?? '127.0.0.1';
  await new Promise<void>((ready, fail) => {
    server.once('error', fail);
    server.listen(options.port, hostname, () => ready());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const url = `http://${hostname}:${port}`;
  overrideConfig({ localIssuer: `${url}${OIDC_PATH}`, portalUrl: url });
  const provider = createLocalProvider(url);
  oidc = { provider, listener: provider.callback() };
  return {
    url,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        // A browser keeps connections open; idle ones would hold the server (and npm start's SIGINT) open.
        server.closeIdleConnections();
      }),
  };
}
