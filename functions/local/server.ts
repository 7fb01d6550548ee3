import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { createApp } from '../app';

export interface LocalServer {
  url: string;
  close(): Promise<void>;
}

/**
 * The local portal: the same Hono app as in Lambda under /api, and the built
 * web app (web/dist) at /, with unknown paths answered by index.html so the
 * single-page app's own routes work on reload.
 */
export async function startLocalServer(options: { port: number; hostname?: string; webDir?: string }): Promise<LocalServer> {
  const webDir = resolve(options.webDir ?? 'web/dist');
  const api = createApp();
  const site = new Hono();
  site.route('/', api);
  if (existsSync(join(webDir, 'index.html'))) {
    const indexHtml = readFileSync(join(webDir, 'index.html'), 'utf8');
    site.use('/*', serveStatic({ root: webDir }));
    // Unknown /api paths get the API's own JSON 404; every other path is the app's.
    site.get('*', (c) => (c.req.path.startsWith('/api/') ? api.fetch(c.req.raw) : c.html(indexHtml)));
  }
  const hostname = options.hostname ?? '127.0.0.1';
  const server: ServerType = await new Promise((ready) => {
    const s = serve({ fetch: site.fetch, port: options.port, hostname }, () => ready(s));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://${hostname}:${port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
