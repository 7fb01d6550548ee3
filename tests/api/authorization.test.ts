import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiClient } from '../support/api-client';
import { useTestTable } from '../support/test-table';
import { DX_PLAN_FILES } from '../../scripts/seed';
import { encodeGrant } from '../../functions/platform/files/local-file-store';

let api = apiClient();

/** Who calls: no token, and one user of each role. */
const CALLERS = {
  anonymous: undefined,
  prefecture_admin: 'pref-admin',
  prefecture_staff: 'pref-staff',
  council: 'council',
  municipal_staff: 'muni-141003',
} as const;

type Sample = {
  path: string;
  body?: () => unknown;
  /** A route on the caller's own account: its path for each caller. */
  pathFor?: (userId: string | undefined) => string;
  /** The call revokes the caller's tokens (sign out everywhere): later calls sign in again. */
  revokesTokens?: true;
};

const planImportBody = () => ({
  plan: JSON.parse(readFileSync(DX_PLAN_FILES.plan, 'utf8')),
  measuresCsv: readFileSync(DX_PLAN_FILES.measures, 'utf8'),
  indicatorsCsv: readFileSync(DX_PLAN_FILES.indicators, 'utf8'),
  fiscalYear: 2024,
  dryRun: true,
});

/**
 * A valid request for every route of the API document. A route added without
 * an entry here fails the first test, so no route escapes the matrix.
 */
/** Signed local-file URLs (the S3 stand-in) for a file that does not exist: a signature that holds, nothing to fetch. */
const localFileToken = (op: 'get' | 'put') => encodeGrant({ op, key: 'attachments/none', contentType: 'text/plain', size: 1, exp: 4_102_444_800 });
/** A report of Yokohama (muni-141003's own municipality), which takes part in no project: allowed callers get 404. */
const YOKOHAMA_REPORT = '/api/joint-projects/joint-procurement/periods/2026-Q3/reports/141003';
const NO_FILE = '00000000-0000-4000-8000-000000000000';
/** The seeded closed survey (scripts/seeds/surveys.ts): writes to it are refused for allowed callers (409), not for others (403). */
const SURVEY = '/api/surveys/r8-opendata-status';
const SURVEY_BODY = () => ({ title: '権限確認用の照会', fiscalYear: 2026, questions: [{ id: 'q1', kind: 'number', label: '件数', unit: '件' }] });

const SAMPLES: Record<string, Sample> = {
  'get /api/health': { path: '/api/health' },
  'get /api/openapi.json': { path: '/api/openapi.json' },
  'get /api/auth/local/users': { path: '/api/auth/local/users' },
  'post /api/auth/local/token': { path: '/api/auth/local/token', body: () => ({ userId: 'council' }) },
  'get /api/me': { path: '/api/me' },
  'get /api/organisations': { path: '/api/organisations' },
  'get /api/plans': { path: '/api/plans' },
  'get /api/plans/{planId}': { path: '/api/plans/kanagawa-dx' },
  'get /api/plans/{planId}/years/{fiscalYear}/summary': { path: '/api/plans/kanagawa-dx/years/2024/summary' },
  'get /api/plans/{planId}/years/{fiscalYear}/discrepancies': { path: '/api/plans/kanagawa-dx/years/2024/discrepancies' },
  'get /api/plans/{planId}/years/{fiscalYear}/measures': { path: '/api/plans/kanagawa-dx/years/2024/measures' },
  'get /api/plans/{planId}/years/{fiscalYear}/measures.csv': { path: '/api/plans/kanagawa-dx/years/2024/measures.csv' },
  'get /api/plans/{planId}/measures/{measureNo}': { path: '/api/plans/kanagawa-dx/measures/14-7' },
  'get /api/plans/{planId}/measures/{measureNo}/history': { path: '/api/plans/kanagawa-dx/measures/14-7/history' },
  'put /api/plans/{planId}/years/{fiscalYear}/measures/{measureNo}': {
    path: '/api/plans/kanagawa-dx/years/2024/measures/14-7',
    // A stale version: an allowed caller gets 409, proving it passed authorization without changing data.
    body: () => ({ version: 999, values: [], reason: '', confirmedRating: null }),
  },
  'post /api/imports/plans': { path: '/api/imports/plans', body: planImportBody },
  // A year the plan does not have: the administrator gets 404, and nothing is published for the routes after it.
  'post /api/plans/{planId}/years/{fiscalYear}/publication': { path: '/api/plans/kanagawa-dx/years/2023/publication', body: () => ({ version: 999 }) },
  'get /api/plans/{planId}/years/{fiscalYear}/errata': { path: '/api/plans/kanagawa-dx/years/2024/errata' },
  'get /api/shared-measures': { path: '/api/shared-measures' },
  'get /api/shared-measures/reporting-rates': { path: '/api/shared-measures/reporting-rates?from=2025-04-01&to=2026-03-31' },
  'get /api/my/tasks': { path: '/api/my/tasks' },
  'get /api/open-data/catalog.jsonld': { path: '/api/open-data/catalog.jsonld' },
  'get /api/shared-measures/review-queue': { path: '/api/shared-measures/review-queue' },
  'post /api/shared-measures/{measureId}/periods/{period}/values/{orgCode}/review': {
    // A stale version: reviewers get 409 and the value stays as it is.
    path: '/api/shared-measures/open-data-datasets/periods/FY2024/values/141003/review',
    body: () => ({ version: 999, decision: 'confirm' }),
  },
  'post /api/shared-measures/{measureId}/periods/{period}/confirmations': {
    // A stale version: reviewers get 409 and nothing is confirmed.
    path: '/api/shared-measures/open-data-datasets/periods/FY2024/confirmations',
    body: () => ({ items: [{ orgCode: '141003', version: 999 }] }),
  },
  'get /api/organisations/{orgCode}/shared-values/template.xlsx': { path: '/api/organisations/141003/shared-values/template.xlsx' },
  'get /api/shared-measures/{measureId}/periods/{period}/comparison': { path: '/api/shared-measures/mynumber-card-rate/periods/2024-08/comparison' },
  'get /api/shared-measures/{measureId}/trends': { path: '/api/shared-measures/mynumber-card-rate/trends?from=2024-01&to=2024-08' },
  'get /api/organisations/{orgCode}/shared-values': { path: '/api/organisations/141003/shared-values' },
  'put /api/shared-measures/{measureId}/periods/{period}/values/{orgCode}': {
    // The municipal caller's own municipality (muni-141003), and a stale version: allowed callers get 409, nothing changes.
    path: '/api/shared-measures/open-data-datasets/periods/FY2024/values/141003',
    body: () => ({ version: 999, value: 10 }),
  },
  'delete /api/shared-measures/{measureId}/periods/{period}/values/{orgCode}': {
    // A stale version: the administrator gets 409 and the value stays.
    path: '/api/shared-measures/open-data-datasets/periods/FY2024/values/141003',
    body: () => ({ version: 999, reason: '誤入力' }),
  },
  'put /api/shared-measures/{measureId}': {
    // A stale version: the administrator gets 409 and the catalogue is unchanged.
    path: '/api/shared-measures/telework',
    body: () => ({
      version: 999,
      measure: { id: 'telework', category: { ja: 'c', en: 'c' }, name: { ja: 'n', en: 'n' }, definition: { ja: 'd', en: 'd' }, valueType: 'boolean', period: 'fiscal_year', reportedBy: 'municipality' },
    }),
  },
  'post /api/shared-values/imports': {
    // One row with a bad value: allowed callers get 400 and nothing is written.
    path: '/api/shared-values/imports',
    body: () => ({ csv: 'measure_id,period,org_code,value\nopen-data-datasets,FY2024,141003,many\n' }),
  },
  'get /api/shared-measures/{measureId}/periods/{period}/values/{orgCode}/history': {
    path: '/api/shared-measures/open-data-datasets/periods/FY2024/values/141003/history',
  },
  'get /api/plans/{planId}/years/{fiscalYear}/report': { path: '/api/plans/kanagawa-dx/years/2024/report' },
  'get /api/plans/{planId}/years/{fiscalYear}/report/annex.csv': { path: '/api/plans/kanagawa-dx/years/2024/report/annex.csv' },
  'get /api/plans/{planId}/years/{fiscalYear}/report/summary.csv': { path: '/api/plans/kanagawa-dx/years/2024/report/summary.csv' },
  'get /api/plans/{planId}/years/{fiscalYear}/report.xlsx': { path: '/api/plans/kanagawa-dx/years/2024/report.xlsx' },
  'get /api/dashboard/headlines': { path: '/api/dashboard/headlines' },
  'get /api/open-data': { path: '/api/open-data' },
  'get /api/open-data/plan-results.json': { path: '/api/open-data/plan-results.json?planId=kanagawa-dx&fiscalYear=2024' },
  'get /api/open-data/plan-results.csv': { path: '/api/open-data/plan-results.csv?planId=kanagawa-dx&fiscalYear=2024' },
  'get /api/open-data/shared-values.json': { path: '/api/open-data/shared-values.json?measureId=rpa-processes' },
  'get /api/open-data/shared-values.csv': { path: '/api/open-data/shared-values.csv?measureId=rpa-processes' },
  'get /api/open-data/joint-project-participation.json': { path: '/api/open-data/joint-project-participation.json' },
  'get /api/open-data/joint-project-participation.csv': { path: '/api/open-data/joint-project-participation.csv' },
  'get /api/open-data/joint-project-figures.json': { path: '/api/open-data/joint-project-figures.json' },
  'get /api/open-data/joint-project-figures.csv': { path: '/api/open-data/joint-project-figures.csv' },
  'get /api/joint-projects': { path: '/api/joint-projects' },
  'get /api/joint-projects/{projectId}': { path: '/api/joint-projects/joint-procurement' },
  'put /api/joint-projects/{projectId}': {
    // A stale version: the administrator gets 409 and the project is unchanged.
    path: '/api/joint-projects/joint-procurement',
    body: () => ({ version: 999, project: { name: 'x', kind: 'other', phases: [{ id: 'a', name: 'a' }], periods: [], fields: [{ id: 'f', label: 'f', type: 'text' }], measureLinks: [] } }),
  },
  'put /api/joint-projects/{projectId}/participants/{orgCode}': {
    path: '/api/joint-projects/joint-procurement/participants/142085',
    body: () => ({ version: 999, phaseId: 'live' }),
  },
  'get /api/joint-projects/{projectId}/history': { path: '/api/joint-projects/joint-procurement/history' },
  'get /api/plans/{planId}/measures/{measureNo}/joint-projects': { path: '/api/plans/kanagawa-dx/measures/21-4/joint-projects' },
  // An approved report: every role may read it.
  'get /api/joint-projects/{projectId}/periods/{periodId}/reports/{orgCode}': { path: '/api/joint-projects/joint-procurement/periods/2026-Q1/reports/142034' },
  'put /api/joint-projects/{projectId}/periods/{periodId}/reports/{orgCode}': { path: YOKOHAMA_REPORT, body: () => ({ version: 0, values: {} }) },
  'post /api/joint-projects/{projectId}/periods/{periodId}/reports/{orgCode}/transitions': { path: `${YOKOHAMA_REPORT}/transitions`, body: () => ({ action: 'submit', version: 1 }) },
  'post /api/joint-projects/{projectId}/periods/{periodId}/reports/{orgCode}/comments': { path: `${YOKOHAMA_REPORT}/comments`, body: () => ({ text: '確認' }) },
  'get /api/joint-projects/{projectId}/periods/{periodId}/reports/{orgCode}/history': { path: `${YOKOHAMA_REPORT}/history` },
  'post /api/joint-projects/{projectId}/periods/{periodId}/reports/{orgCode}/attachments': {
    path: `${YOKOHAMA_REPORT}/attachments`,
    body: () => ({ fileName: 'a.pdf', contentType: 'application/pdf', size: 10 }),
  },
  'post /api/joint-projects/{projectId}/periods/{periodId}/reports/{orgCode}/attachments/{attachmentId}/confirm': { path: `${YOKOHAMA_REPORT}/attachments/${NO_FILE}/confirm` },
  'get /api/joint-projects/{projectId}/periods/{periodId}/reports/{orgCode}/attachments/{attachmentId}': { path: `${YOKOHAMA_REPORT}/attachments/${NO_FILE}` },
  'delete /api/joint-projects/{projectId}/periods/{periodId}/reports/{orgCode}/attachments/{attachmentId}': { path: `${YOKOHAMA_REPORT}/attachments/${NO_FILE}` },
  'get /api/joint-project-reports/awaiting-review': { path: '/api/joint-project-reports/awaiting-review' },
  'get /api/notices': { path: '/api/notices' },
  // Signed when used: the key is the test's own data directory's, known only after useTestTable.
  'get /api/users': { path: '/api/users' },
  // An address already invited (the municipal caller's own, in its own municipality): allowed callers get 409 and nothing is added.
  'post /api/users': { path: '/api/users', body: () => ({ email: 'muni-141003@example.invalid', name: '横浜 太郎', role: 'municipal_staff', orgCode: '141003' }) },
  // Stale versions: allowed callers get 409 and the account is unchanged (the municipal administrator's own account: 409 as well).
  'patch /api/users/{userId}': { path: '/api/users/muni-141003', body: () => ({ version: 999, name: '横浜 花子' }) },
  'post /api/users/{userId}/disable': { path: '/api/users/muni-141003/disable', body: () => ({ version: 999 }) },
  'post /api/users/{userId}/enable': { path: '/api/users/muni-141003/enable', body: () => ({ version: 999 }) },
  'post /api/users/{userId}/reset-password': { path: '/api/users/muni-141003/reset-password', body: () => ({ version: 999 }) },
  'post /api/users/{userId}/reset-mfa': { path: '/api/users/muni-141003/reset-mfa', body: () => ({ version: 999 }) },
  'get /api/users/{userId}/history': { path: '/api/users/muni-141003/history' },
  // Anyone may sign themselves out everywhere (others' accounts: tests/api/users-admin.test.ts).
  'post /api/users/{userId}/sign-out-everywhere': {
    path: '/api/users/nobody/sign-out-everywhere',
    pathFor: (userId) => `/api/users/${userId ?? 'nobody'}/sign-out-everywhere`,
    revokesTokens: true,
  },
  'get /api/surveys': { path: '/api/surveys' },
  'post /api/surveys': { path: '/api/surveys', body: SURVEY_BODY },
  'get /api/surveys/{surveyId}': { path: SURVEY },
  'put /api/surveys/{surveyId}': { path: SURVEY, body: () => ({ ...SURVEY_BODY(), version: 1 }) },
  'delete /api/surveys/{surveyId}': { path: `${SURVEY}?version=1` },
  'post /api/surveys/{surveyId}/send': { path: `${SURVEY}/send`, body: () => ({ version: 1 }) },
  'post /api/surveys/{surveyId}/close': { path: `${SURVEY}/close`, body: () => ({ version: 1 }) },
  'post /api/surveys/{surveyId}/copy': { path: `${SURVEY}/copy`, body: () => ({}) },
  'get /api/surveys/{surveyId}/history': { path: `${SURVEY}/history` },
  'get /api/surveys/{surveyId}/board': { path: `${SURVEY}/board` },
  'get /api/surveys/{surveyId}/results': { path: `${SURVEY}/results` },
  'post /api/surveys/{surveyId}/questions/{questionId}/shared-values': {
    path: `${SURVEY}/questions/datasets/shared-values`,
    body: () => ({ measureId: 'open-data-datasets', period: 'FY2025', dryRun: true }),
  },
  'get /api/surveys/{surveyId}/results.xlsx': { path: `${SURVEY}/results.xlsx` },
  'get /api/surveys/{surveyId}/results.csv': { path: `${SURVEY}/results.csv` },
  'get /api/surveys/{surveyId}/answers/{orgCode}': { path: `${SURVEY}/answers/141003` },
  'put /api/surveys/{surveyId}/answers/{orgCode}': { path: `${SURVEY}/answers/141003`, body: () => ({ version: 1, values: {} }) },
  'get /api/surveys/{surveyId}/answers/{orgCode}/history': { path: `${SURVEY}/answers/141003/history` },
  'get /api/surveys/{surveyId}/form.xlsx': { path: `${SURVEY}/form.xlsx` },
  'post /api/surveys/{surveyId}/answers/{orgCode}/import': { path: `${SURVEY}/answers/141003/import`, body: () => ({ rows: [{ 設問ID: 'datasets', 回答: '10' }], dryRun: true }) },
  'post /api/surveys/{surveyId}/answers/{orgCode}/attachments': { path: `${SURVEY}/answers/141003/attachments`, body: () => ({ fileName: 'a.pdf', contentType: 'application/pdf', size: 10 }) },
  'post /api/surveys/{surveyId}/answers/{orgCode}/attachments/{attachmentId}/confirm': { path: `${SURVEY}/answers/141003/attachments/${NO_FILE}/confirm`, body: () => ({}) },
  'get /api/surveys/{surveyId}/answers/{orgCode}/attachments/{attachmentId}': { path: `${SURVEY}/answers/141003/attachments/${NO_FILE}` },
  'delete /api/surveys/{surveyId}/answers/{orgCode}/attachments/{attachmentId}': { path: `${SURVEY}/answers/141003/attachments/${NO_FILE}` },
  // The consultation desk (issue 17): ids that do not exist, so allowed callers get 404 and nothing changes.
  'get /api/consultations': { path: '/api/consultations' },
  'post /api/consultations': { path: '/api/consultations', body: () => ({ category: 'security', title: '認可テスト', text: '確認のための相談です。' }) },
  'get /api/consultations/statistics': { path: '/api/consultations/statistics?fiscalYear=2026' },
  'get /api/consultations/{consultationId}': { path: '/api/consultations/c-none' },
  'patch /api/consultations/{consultationId}': { path: '/api/consultations/c-none', body: () => ({ version: 1, status: 'resolved' }) },
  'post /api/consultations/{consultationId}/messages': { path: '/api/consultations/c-none/messages', body: () => ({ text: '確認', version: 1 }) },
  'get /api/consultations/{consultationId}/history': { path: '/api/consultations/c-none/history' },
  'post /api/consultations/{consultationId}/faq': { path: '/api/consultations/c-none/faq', body: () => ({ category: 'other', question: '質問', answer: '回答', version: 1 }) },
  'post /api/consultations/{consultationId}/attachments': { path: '/api/consultations/c-none/attachments', body: () => ({ fileName: 'a.pdf', contentType: 'application/pdf', size: 10 }) },
  'post /api/consultations/{consultationId}/attachments/{attachmentId}/confirm': { path: `/api/consultations/c-none/attachments/${NO_FILE}/confirm` },
  'get /api/consultations/{consultationId}/attachments/{attachmentId}': { path: `/api/consultations/c-none/attachments/${NO_FILE}` },
  'delete /api/consultations/{consultationId}/attachments/{attachmentId}': { path: `/api/consultations/c-none/attachments/${NO_FILE}` },
  'get /api/faq': { path: '/api/faq?q=%E6%A8%99%E6%BA%96%E5%8C%96&category=standardization' },
  'get /api/faq/{entryId}': { path: '/api/faq/faq-none' },
  'put /api/faq/{entryId}': { path: '/api/faq/faq-none', body: () => ({ category: 'other', question: '質問', answer: '回答', status: 'published', version: 1 }) },
  'get /api/faq/{entryId}/history': { path: '/api/faq/faq-none/history' },
  // The council (推進会議, issue 17): the seeded meeting m-2026-1; stale versions and unknown items, so nothing changes.
  'get /api/meetings': { path: '/api/meetings?fiscalYear=2026' },
  'get /api/meetings/{meetingId}': { path: '/api/meetings/m-2026-1' },
  'put /api/meetings/{meetingId}': { path: '/api/meetings/m-2026-1', body: () => ({ version: 999, meeting: { title: '会議', date: '2026-07-16' } }) },
  'get /api/meetings/{meetingId}/history': { path: '/api/meetings/m-2026-1/history' },
  'put /api/meetings/{meetingId}/action-items/{actionItemId}': {
    path: '/api/meetings/m-2026-1/action-items/i1',
    body: () => ({ version: 999, text: '対応', owner: 'prefecture', deadline: '2026-09-30' }),
  },
  // An item that does not exist: every allowed caller gets 404 (a real item of another owner is 403 for muni-141003: tests/api/meetings.test.ts).
  'post /api/meetings/{meetingId}/action-items/{actionItemId}/status': { path: '/api/meetings/m-2026-1/action-items/no-such-item/status', body: () => ({ version: 999, status: 'done' }) },
  'get /api/meetings/{meetingId}/action-items/{actionItemId}/history': { path: '/api/meetings/m-2026-1/action-items/i1/history' },
  'get /api/action-items': { path: '/api/action-items?owner=prefecture' },
  'post /api/meetings/{meetingId}/materials': { path: '/api/meetings/m-2026-1/materials', body: () => ({ fileName: 'a.pdf', contentType: 'application/pdf', size: 3 }) },
  'post /api/meetings/{meetingId}/materials/{attachmentId}/confirm': { path: `/api/meetings/m-2026-1/materials/${NO_FILE}/confirm` },
  'get /api/meetings/{meetingId}/materials/{attachmentId}': { path: `/api/meetings/m-2026-1/materials/${NO_FILE}` },
  'delete /api/meetings/{meetingId}/materials/{attachmentId}': { path: `/api/meetings/m-2026-1/materials/${NO_FILE}` },
  'get /api/search': { path: '/api/search?q=%E3%83%9E%E3%82%A4%E3%83%8A%E3%83%B3%E3%83%90%E3%83%BC' },
  'get /api/local-files/{token}': { get path() { return `/api/local-files/${localFileToken('get')}`; } },
  'put /api/local-files/{token}': { get path() { return `/api/local-files/${localFileToken('put')}`; } },
};

interface Operation {
  security?: unknown[];
  'x-roles'?: string[];
  /** A route of the public pages: open, and a token widens what it shows (functions/platform/http/route.ts publicRoute). */
  'x-public'?: boolean;
}
let operations: { key: string; method: string; op: Operation }[] = [];

beforeAll(async () => {
  await useTestTable({ sharedMeasures: true, jointProjects: true, workingTogether: true });
  const doc = await (await api.get('/api/openapi.json')).json();
  operations = Object.entries(doc.paths as Record<string, Record<string, Operation>>).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ key: `${method} ${path}`, method, op })),
  );
});

describe('authorization matrix: every route × every role', () => {
  it('every route in the API document has a sample request and declares its security', () => {
    expect(operations.length).toBeGreaterThanOrEqual(Object.keys(SAMPLES).length);
    for (const { key, op } of operations) {
      expect(SAMPLES, `no sample for ${key}`).toHaveProperty([key]);
      expect(Array.isArray(op.security), `${key} declares no security`).toBe(true);
      expect(Array.isArray(op['x-roles']), `${key} declares no roles`).toBe(true);
    }
  });

  it('answers 401 without a token, 403 for roles not allowed, and never 401/403/5xx for allowed roles', async () => {
    const failures: string[] = [];
    for (const { key, method, op } of operations) {
      const sample = SAMPLES[key]!;
      const open = op.security!.length === 0;
      for (const [role, userId] of Object.entries(CALLERS)) {
        const res = await api.call(method.toUpperCase(), sample.pathFor?.(userId) ?? sample.path, { as: userId, body: sample.body?.() });
        if (sample.revokesTokens) {
          // Tokens issued in the second of a sign-out are refused too: the next sign-in comes a second later.
          await new Promise((resolve) => setTimeout(resolve, 1000));
          api = apiClient(api.app);
        }
        const allowed = open || (userId !== undefined && op['x-roles']!.includes(role));
        const expected = open || allowed ? 'allowed' : userId === undefined ? 401 : 403;
        const ok =
          expected === 'allowed' ? res.status < 500 && res.status !== 401 && res.status !== 403 : res.status === expected;
        if (!ok) failures.push(`${key} as ${role}: got ${res.status}, expected ${expected}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('a forged or expired token is refused with 401', async () => {
    const token = await api.token('pref-admin');
    const [header, payload] = token.split('.');
    const forged = `${header}.${payload}.${'A'.repeat(43)}`;
    const res = await api.app.request('/api/me', { headers: { authorization: `Bearer ${forged}` } });
    expect(res.status).toBe(401);
    expect((await res.json()).error.message.ja).toMatch(/サインイン/);
  });

  it('council and municipal staff cannot write plan data; their attempts change nothing', async () => {
    const before = await (await api.get('/api/plans/kanagawa-dx/measures/14-7', 'pref-admin')).json();
    for (const userId of ['council', 'muni-141003']) {
      const res = await api.put(
        '/api/plans/kanagawa-dx/years/2024/measures/14-7',
        { version: before.results[0].version, values: [], reason: 'x', confirmedRating: null },
        userId,
      );
      expect(res.status).toBe(403);
      expect((await api.post('/api/imports/plans', planImportBody(), userId)).status).toBe(403);
    }
    expect(await (await api.get('/api/plans/kanagawa-dx/measures/14-7', 'pref-admin')).json()).toEqual(before);
  });

  it('open routes declare security: [] and are exactly health, the document, open data, local sign-in and the local stand-in for presigned URLs', () => {
    const open = operations
      .filter((o) => o.op.security!.length === 0 && !o.op['x-public'])
      .map((o) => o.key)
      .filter((k) => !k.startsWith('get /api/open-data'))
      .sort();
    expect(operations.filter((o) => o.key.startsWith('get /api/open-data')).every((o) => o.op.security!.length === 0)).toBe(true);
    expect(open).toEqual([
      'get /api/auth/local/users',
      'get /api/health',
      'get /api/local-files/{token}',
      'get /api/openapi.json',
      'post /api/auth/local/token',
      'put /api/local-files/{token}',
    ]);
  });

  it('the public pages\' routes only read: every x-public route is a GET and open without a token', () => {
    const publicRoutes = operations.filter((o) => o.op['x-public']);
    expect(publicRoutes.length).toBeGreaterThan(0);
    for (const { key, method, op } of publicRoutes) {
      expect(method, key).toBe('get');
      expect(op.security, key).toEqual([]);
    }
  });
});
