import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import { handleError } from './error-handler';
import { validationHook } from './validation-hook';

// Any router a feature exports; their Env types differ, and only their routes matter here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type FeatureRouter = OpenAPIHono<any, any, any>;

/** A feature's router, imported on first use, and the path prefixes its routes begin with. */
export interface LazyFeature {
  readonly prefixes: readonly string[];
  readonly load: () => Promise<FeatureRouter>;
}

/** How a feature's app says "none of my routes": the outer app then asks the next feature. */
const NOT_MINE = 'x-portal-not-this-feature';
/** Where the feature's app finds the request's outer context (it is passed in the bindings, next to Lambda's). */
const OUTER = Symbol('outer context');

/**
 * Building every feature's routes (hundreds of zod schemas and OpenAPI
 * definitions) is most of a cold start's module init. A feature's router is
 * therefore imported and mounted on an app of their own on the first request
 * under one of its prefixes; esbuild puts each feature in its own chunk
 * (infra/bundling/function-bundle.ts), so a cold start parses only the
 * platform. bench/cold-start.ts measures the difference.
 *
 * The feature's app runs in the outer request: it sees the outer request id,
 * answers errors with the same handler as the outer app, and what it learnt
 * (the principal, the caller's prefecture, the error code, the route that
 * answered) is copied back for the request log (request-log.ts).
 */
export function lazyFeature(feature: LazyFeature): MiddlewareHandler {
  let built: Promise<FeatureRouter> | undefined;
  const build = () =>
    (built ??= feature.load().then(mount, (error: unknown) => {
      built = undefined; // a failed import is tried again on the next request
      throw error;
    }));
  return async (c, next) => {
    const app = await build();
    const res = await app.fetch(c.req.raw, { ...(c.env as object), [OUTER]: c });
    if (res.headers.has(NOT_MINE)) return next();
    c.res = res;
  };
}

/** The outer request's variables, as the request log reads them (request-log.ts). */
type Outer = Context<{ Variables: Record<string, unknown> }>;

function mount(router: FeatureRouter): FeatureRouter {
  const app = new OpenAPIHono<{ Variables: Record<string, unknown> }>({ defaultHook: validationHook });
  app.use('*', async (c, next) => {
    const outer = outerOf(c);
    c.set('requestId', outer.get('requestId'));
    try {
      await next();
    } finally {
      for (const [key, value] of Object.entries(c.var)) if (value !== undefined) outer.set(key, value);
      if (!c.res.headers.has(NOT_MINE)) outer.set('route', routePath(c));
    }
  });
  app.route('/', router);
  app.notFound((c) => c.body(null, 404, { [NOT_MINE]: '1' }));
  // Answered here, where the route's middleware set its headers (Cache-Control for a signed-in caller).
  app.onError(handleError);
  return app;
}

const outerOf = (c: Context): Outer => (c.env as { [OUTER]: Outer })[OUTER];
