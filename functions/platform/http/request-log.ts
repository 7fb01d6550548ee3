import { randomUUID } from 'node:crypto';
import type { ApiGatewayRequestContextV2, LambdaContext } from 'hono/aws-lambda';
import { createMiddleware } from 'hono/factory';
import { routePath } from 'hono/route';
import type { Principal } from '../../../shared/auth/roles';
import { log } from '../logging/log';

/** What hono/aws-lambda passes as `c.env`; absent locally (the Node server passes its own bindings). */
interface LambdaBindings {
  lambdaContext?: LambdaContext;
  requestContext?: ApiGatewayRequestContextV2;
}

export interface RequestLogVariables {
  /** API Gateway's request id in AWS (the access log's `requestId`), a random UUID locally. */
  requestId: string;
  /** The route that answered, when a feature loaded on first use answered it (functions/platform/http/lazy-feature.ts). */
  route?: string;
  /** The error code the error handler answered with, if any. */
  errorCode?: string;
  principal?: Principal;
}

/**
 * One log line per request: method, route pattern, status, latency, the
 * request ids, and the caller's role and organisation once authenticated.
 *
 * The route pattern (`/api/shared-measures/:measureId/…`) is logged, not the
 * raw path: the pattern groups requests for queries, and the raw path and
 * query string may carry whatever a client sends (search terms, made-up
 * segments). API Gateway's access log keeps the raw path, joined by requestId.
 * Nothing from headers or the body is read here, so no token or personal data
 * can reach the log.
 */
export const requestLog = createMiddleware<{ Variables: RequestLogVariables }>(async (c, next) => {
  const started = performance.now();
  const lambda = (c.env ?? {}) as LambdaBindings;
  const requestId = lambda.requestContext?.requestId ?? randomUUID();
  c.set('requestId', requestId);
  await next();
  // Lets a user quote the id from the browser's network panel when reporting a problem.
  c.res.headers.set('X-Request-Id', requestId);
  const principal = c.get('principal');
  log.info('request', {
    requestId,
    lambdaRequestId: lambda.lambdaContext?.awsRequestId,
    method: c.req.method,
    // The route that answered (after next(), routeIndex points at it), also right when the app is mounted in the local server.
    route: c.get('route') ?? routePath(c),
    status: c.res.status,
    latencyMs: Math.round(performance.now() - started),
    role: principal?.role,
    orgCode: principal?.orgCode,
    errorCode: c.get('errorCode'),
  });
});
