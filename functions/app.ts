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
import { lazyFeature, type LazyFeature } from './platform/http/lazy-feature';
import { useAccountCheck } from './platform/auth/authenticate';
import { localAuthRoutes } from './local/auth-routes';
import { localFileRoutes } from './local/file-routes';

const MB = 1024 * 1024;

const DOCUMENT_ROUTE = openRoute({
  method: 'get',
  path: '/api/openapi.json',
  summary: 'この API の説明 / This document',
  responses: { 200: { description: 'OpenAPI 3.1 document', content: { 'application/json': { schema: z.record(z.string(), z.unknown()) } } } },
});

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
  const carriesFiles = (path: string) => path.startsWith('/api/imports/') || path === '/api/shared-values/imports' || path.startsWith('/api/local-files/');
  app.use('/api/*', (c, next) => bodyLimit({ maxSize: carriesFiles(c.req.path) ? 12 * MB : 1 * MB, onError: tooLarge })(c, next));
  app.onError(handleError);
  // Every token is checked against the caller's record in the users feature (loaded with the first signed-in request).
  useAccountCheck(async (verified, prefCode) => (await import('./features/users/account-check')).checkAccount(verified, prefCode));

  // Each feature is built on the first request under one of its prefixes (lazy-feature.ts). Features whose
  // paths interleave (a measure's joint projects, a municipality's values) are asked in this order.
  app.route('/', healthRoutes);
  if (config().authMode === 'local') app.route('/', localAuthRoutes);
  if (config().fileStore === 'local') app.route('/', localFileRoutes);
  for (const feature of FEATURES) {
    const dispatch = lazyFeature(feature);
    // `/api/plans/*` also matches `/api/plans` itself.
    for (const prefix of feature.prefixes) app.use(`${prefix}/*`, dispatch);
  }

  app.openapi(DOCUMENT_ROUTE, async (c) => c.json(await openApiDocument(), 200));
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

/**
 * The features in the order of /api/openapi.json's paths (the plan has two routers because that document lists
 * the inspection report and the dashboard between them), each with the prefixes its paths begin with.
 */
const FEATURES: readonly LazyFeature[] = [
  { prefixes: ['/api/open-data'], load: async () => (await import('./features/open-data/routes')).openDataRoutes },
  { prefixes: ['/api/me', '/api/organisations'], load: async () => (await import('./features/organisations/routes')).meRoutes },
  { prefixes: ['/api/plans'], load: async () => (await import('./features/plan/routes')).planRoutes },
  { prefixes: ['/api/plans'], load: async () => (await import('./features/inspection-report/routes')).inspectionReportRoutes },
  { prefixes: ['/api/dashboard'], load: async () => (await import('./features/dashboard/routes')).dashboardRoutes },
  { prefixes: ['/api/plans', '/api/imports'], load: async () => (await import('./features/plan/measure-routes')).measureRoutes },
  // Asked before the catalogue's router, so that none of its `/api/shared-measures/{measureId}…` paths takes `reporting-rates` for a measure id.
  { prefixes: ['/api/shared-measures'], load: async () => (await import('./features/shared-measures/reporting-rate-routes')).reportingRateRoutes },
  { prefixes: ['/api/shared-measures', '/api/organisations', '/api/shared-values'], load: async () => (await import('./features/shared-measures/routes')).sharedMeasureRoutes },
  { prefixes: ['/api/organisations'], load: async () => (await import('./features/shared-measures/template-routes')).templateRoutes },
  { prefixes: ['/api/joint-projects', '/api/joint-project-reports', '/api/plans'], load: async () => (await import('./features/joint-projects/routes')).jointProjectRoutes },
  { prefixes: ['/api/notices'], load: async () => (await import('./features/notices/routes')).noticeRoutes },
  { prefixes: ['/api/users'], load: async () => (await import('./features/users/routes')).userRoutes },
  { prefixes: ['/api/my'], load: async () => (await import('./features/tasks/routes')).taskRoutes },
  // Issue 17: working together (照会, 相談窓口 and its FAQ, 推進会議) and search across the portal.
  { prefixes: ['/api/surveys'], load: async () => (await import('./features/surveys/routes')).surveyRoutes },
  { prefixes: ['/api/consultations', '/api/faq'], load: async () => (await import('./features/consultations/routes')).consultationRoutes },
  { prefixes: ['/api/meetings', '/api/action-items'], load: async () => (await import('./features/meetings/routes')).meetingRoutes },
  { prefixes: ['/api/search'], load: async () => (await import('./features/search/routes')).searchRoutes },
];

let cachedDocument: Promise<Record<string, unknown>> | undefined;

/**
 * The OpenAPI document, generated once per process from every route's zod schemas: the only request that loads
 * every feature. The routers are mounted on an app of its own in the document's order, as the API mounted them
 * when it loaded them all at start.
 */
function openApiDocument(): Promise<Record<string, unknown>> {
  cachedDocument ??= (async () => {
    const [openData, ...others] = await Promise.all(FEATURES.map((f) => f.load()));
    const doc = new OpenAPIHono();
    doc.route('/', healthRoutes).route('/', openData!);
    if (config().authMode === 'local') doc.route('/', localAuthRoutes);
    if (config().fileStore === 'local') doc.route('/', localFileRoutes);
    for (const router of others) doc.route('/', router);
    doc.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' });
    doc.openapi(DOCUMENT_ROUTE, (c) => c.json({}, 200));
    return doc.getOpenAPI31Document({
      openapi: '3.1.0',
      info: {
        title: 'かながわDX連携ポータル API / Kanagawa DX Collaboration Portal API',
        version: '0.1.0',
        description:
          'Errors are `{ error: { code, message: { ja, en }, fields?, rows?, current? } }`. ' +
          'Operations list the roles that may call them in `x-roles`.',
      },
    }) as unknown as Record<string, unknown>;
  })().catch((error: unknown) => {
    cachedDocument = undefined;
    throw error;
  });
  return cachedDocument;
}
