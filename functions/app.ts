import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { config } from './platform/config';
import { DomainError } from '../shared/errors';
import { validationHook } from './platform/http/validation-hook';
import { openRoute, z } from './platform/http/route';
import { handleError } from './platform/http/error-handler';
import { requestLog } from './platform/http/request-log';
import { healthRoutes } from './platform/http/health-routes';
import { localAuthRoutes } from './local/auth-routes';
import { localFileRoutes } from './local/file-routes';
import { dashboardRoutes } from './features/dashboard/routes';
import { inspectionReportRoutes } from './features/inspection-report/routes';
import { jointProjectRoutes } from './features/joint-projects/routes';
import { noticeRoutes } from './features/notices/routes';
import { openDataRoutes } from './features/open-data/routes';
import { meRoutes } from './features/organisations/routes';
import { measureRoutes } from './features/plan/measure-routes';
import { planRoutes } from './features/plan/routes';
import { sharedMeasureRoutes } from './features/shared-measures/routes';

const MB = 1024 * 1024;

const tooLarge = () => {
  throw new DomainError('too_large', 'too_large', {
    ja: '送信された内容が大きすぎます（上限を超えています）。ファイルを分けて送ってください。',
    en: 'The request is larger than allowed. Send smaller files.',
  });
};

/**
 * The Hono app: the same routes in Lambda (functions/lambda.ts) and locally
 * (functions/local/server.ts). Tests call `createApp().request()` directly.
 */
export function createApp() {
  const app = new OpenAPIHono({ defaultHook: validationHook });
  // First, so its latency and status cover every other middleware and the error handler's answer.
  app.use('*', requestLog);
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
      },
      referrerPolicy: 'strict-origin-when-cross-origin',
      xFrameOptions: 'DENY',
    }),
  );
  // Imports carry whole CSV files; every other request is a small JSON form.
  app.use('/api/*', (c, next) =>
    bodyLimit({ maxSize: c.req.path.startsWith('/api/imports/') || c.req.path.startsWith('/api/local-files/') ? 12 * MB : 1 * MB, onError: tooLarge })(c, next),
  );
  app.onError(handleError);

  // Each feature's router once, except the plan's two: the order of mounting is the order of paths in
  // /api/openapi.json, and that document lists a measure's routes and the plan import after the inspection
  // report's and the dashboard's.
  app.route('/', healthRoutes).route('/', openDataRoutes);
  if (config().authMode === 'local') app.route('/', localAuthRoutes);
  if (config().fileStore === 'local') app.route('/', localFileRoutes);
  app
    .route('/', meRoutes)
    .route('/', planRoutes)
    .route('/', inspectionReportRoutes)
    .route('/', dashboardRoutes)
    .route('/', measureRoutes)
    .route('/', sharedMeasureRoutes)
    .route('/', jointProjectRoutes)
    .route('/', noticeRoutes);

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' });
  app.openapi(
    openRoute({
      method: 'get',
      path: '/api/openapi.json',
      summary: 'この API の説明 / This document',
      responses: { 200: { description: 'OpenAPI 3.1 document', content: { 'application/json': { schema: z.record(z.string(), z.unknown()) } } } },
    }),
    (c) => c.json(openApiDocument(app), 200),
  );
  app.notFound((c) =>
    c.json(
      {
        error: {
          code: 'not_found',
          message: { ja: 'そのURLはありません。アドレスを確認してください。', en: 'There is no such URL. Check the address.' },
        },
      },
      404,
    ),
  );
  return app;
}

export type App = ReturnType<typeof createApp>;

let cachedDocument: unknown;

/** The OpenAPI document, generated once per process from the routes' zod schemas. */
function openApiDocument(app: OpenAPIHono) {
  cachedDocument ??= app.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'かながわDX連携ポータル API / Kanagawa DX Collaboration Portal API',
      version: '0.1.0',
      description:
        'Errors are `{ error: { code, message: { ja, en }, fields?, rows?, current? } }`. ' +
        'Operations list the roles that may call them in `x-roles`.',
    },
  });
  return cachedDocument as Record<string, unknown>;
}
