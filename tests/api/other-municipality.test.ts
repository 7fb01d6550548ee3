import { beforeAll, describe, expect, it } from 'vitest';
import { apiClient } from '../support/api-client';
import { tableState } from '../support/table-state';
import { useTestTable } from '../support/test-table';

const api = apiClient();
/** 平塚市 takes part in the joint procurement and has reports; 横浜市's staff try to act for it. */
const TARGET = '142034';
const OTHER = 'muni-141003';
const ATTACHMENT = '00000000-0000-4000-8000-000000000000';

/** A valid request body for every write route that names a municipality: a new such route without one fails the test. */
const BODIES: Record<string, unknown> = {
  'put /api/shared-measures/{measureId}/periods/{period}/values/{orgCode}': { version: 1, value: 10 },
  'delete /api/shared-measures/{measureId}/periods/{period}/values/{orgCode}': { version: 1, reason: '誤入力' },
  'post /api/shared-measures/{measureId}/periods/{period}/values/{orgCode}/review': { version: 1, decision: 'confirm' },
  'put /api/joint-projects/{projectId}/participants/{orgCode}': { version: 1, phaseId: 'live' },
  'put /api/joint-projects/{projectId}/periods/{periodId}/reports/{orgCode}': { version: 0, values: { progress: '完了' } },
  'post /api/joint-projects/{projectId}/periods/{periodId}/reports/{orgCode}/transitions': { action: 'submit', version: 1 },
  'post /api/joint-projects/{projectId}/periods/{periodId}/reports/{orgCode}/comments': { text: '代わりに書きます' },
  'post /api/joint-projects/{projectId}/periods/{periodId}/reports/{orgCode}/attachments': { fileName: 'a.pdf', contentType: 'application/pdf', size: 10 },
  'post /api/joint-projects/{projectId}/periods/{periodId}/reports/{orgCode}/attachments/{attachmentId}/confirm': undefined,
  'delete /api/joint-projects/{projectId}/periods/{periodId}/reports/{orgCode}/attachments/{attachmentId}': undefined,
  'put /api/surveys/{surveyId}/answers/{orgCode}': { version: 0, values: { datasets: 10 }, submit: false },
  'post /api/surveys/{surveyId}/answers/{orgCode}/import': { rows: [{ 設問ID: 'datasets', 回答: '10' }], dryRun: false },
  'post /api/surveys/{surveyId}/answers/{orgCode}/attachments': { fileName: 'a.pdf', contentType: 'application/pdf', size: 10 },
  'post /api/surveys/{surveyId}/answers/{orgCode}/attachments/{attachmentId}/confirm': undefined,
  'delete /api/surveys/{surveyId}/answers/{orgCode}/attachments/{attachmentId}': undefined,
};
const PARAMS: Record<string, string> = {
  measureId: 'open-data-datasets',
  period: 'FY2024',
  orgCode: TARGET,
  projectId: 'joint-procurement',
  periodId: '2026-Q1',
  attachmentId: ATTACHMENT,
  surveyId: 'r8-opendata-status',
};


let routes: { key: string; method: string; path: string; roles: string[] }[] = [];

beforeAll(async () => {
  await useTestTable({ sharedMeasures: true, jointProjects: true, workingTogether: true });
  const doc = await (await api.get('/api/openapi.json')).json();
  routes = Object.entries(doc.paths as Record<string, Record<string, { 'x-roles'?: string[] }>>).flatMap(([path, methods]) =>
    Object.entries(methods)
      .filter(([method]) => method !== 'get' && path.includes('{orgCode}'))
      .map(([method, op]) => ({ key: `${method} ${path}`, method: method.toUpperCase(), path, roles: op['x-roles'] ?? [] })),
  );
});

describe('a municipality’s staff acting on another municipality’s data', () => {
  it('is refused with 403 on every write route that names a municipality, and nothing changes', async () => {
    expect(routes.length).toBeGreaterThanOrEqual(Object.keys(BODIES).length);
    // A token's first use records the sign-in (lastSignInAt): done before the snapshot, so only the attempts count.
    await api.get('/api/me', OTHER);
    const before = await tableState();
    const failures: string[] = [];
    for (const route of routes) {
      expect(BODIES, `no body for ${route.key}`).toHaveProperty([route.key]);
      const path = route.path.replace(/\{(\w+)\}/g, (_, name: string) => PARAMS[name]!);
      const res = await api.call(route.method, path, { as: OTHER, body: BODIES[route.key] });
      if (res.status !== 403) failures.push(`${route.key}: ${res.status} ${(await res.text()).slice(0, 120)}`);
    }
    expect(failures).toEqual([]);
    expect(await tableState()).toEqual(before);
  });

  it('the same requests from the municipality itself pass authorization (the refusal is about whose data, not the request)', async () => {
    const own = `muni-${TARGET}`;
    const path = `/api/joint-projects/joint-procurement/periods/2026-Q4/reports/${TARGET}`;
    expect((await api.put(path, { version: 0, values: { progress: '完了' } }, own)).status).toBe(200);
    expect((await api.put(path, { version: 1, values: { progress: '完了' } }, OTHER)).status).toBe(403);
    expect((await api.put(`/api/shared-measures/open-data-datasets/periods/FY2024/values/${TARGET}`, { version: 999, value: 10 }, own)).status).toBe(409);
  });
});
