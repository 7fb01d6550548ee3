import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiClient } from '../support/api-client';
import { sentSurvey } from '../support/surveys';
import { useTestTable } from '../support/test-table';

/** The required answers of tests/support/surveys.ts's questions. */
const REQUIRED_ANSWERS = { has_plan: true, staff: 3 };

/**
 * Formula injection (issue 12, finding 2): text people type reaches CSV files that others open in Excel.
 * Every CSV route is found in the API document, so a CSV route added later is checked without editing this file.
 */

const api = apiClient();
const ADMIN = 'pref-admin';

/** Payloads that spreadsheets run as formulas, one per field so each can be traced to the file it must appear in. */
const PAYLOAD = {
  source: '=HYPERLINK("http://x","y")',
  note: '@SUM(1)',
  reason: '-2+3',
  actualText: '+1+1',
  targetText: '=cmd|\' /C calc\'!A0',
  projectName: '=1+2',
  phaseName: '@A1',
  fieldLabel: '-A1',
  surveyAnswer: '=IMPORTXML("http://x","//a")',
} as const;

/** What each known CSV route must carry, neutralised; any other CSV route gets the generic check only. */
const EXPECTED: Record<string, (keyof typeof PAYLOAD)[]> = {
  '/api/plans/{planId}/years/{fiscalYear}/measures.csv': ['reason', 'actualText', 'targetText'],
  '/api/plans/{planId}/years/{fiscalYear}/report/annex.csv': ['reason', 'actualText', 'targetText'],
  '/api/open-data/plan-results.csv': ['reason', 'actualText', 'targetText'],
  '/api/open-data/shared-values.csv': ['source'],
  '/api/open-data/joint-project-participation.csv': ['projectName', 'phaseName'],
  '/api/open-data/joint-project-figures.csv': ['projectName', 'fieldLabel'],
  '/api/surveys/{surveyId}/results.csv': ['surveyAnswer'],
};

/** Values for every path and query parameter a CSV route may need (the survey's: set once it is sent below). */
const PARAMS: Record<string, string> = { planId: 'kanagawa-dx', fiscalYear: '2024', measureId: 'open-data-datasets' };

const DANGEROUS_START = new Set(['=', '+', '-', '@', '\t', '\r']);
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;

async function ok(res: Response) {
  expect(res.status, await res.clone().text()).toBe(200);
  return res;
}

interface Operation {
  path: string;
  parameters?: { name: string; in: 'path' | 'query'; required?: boolean }[];
  responses: Record<string, { content?: Record<string, unknown> }>;
}

/** Each CSV route of the API document as concrete URLs (one per header language where the route has `lang`). */
async function csvUrls(): Promise<{ route: string; url: string }[]> {
  const doc = (await (await ok(await api.get('/api/openapi.json'))).json()) as { paths: Record<string, Record<string, Omit<Operation, 'path'>>> };
  const urls: { route: string; url: string }[] = [];
  for (const [route, methods] of Object.entries(doc.paths)) {
    const get = methods.get;
    if (!get || !Object.values(get.responses).some((r) => r.content && 'text/csv' in r.content)) continue;
    const value = (name: string) => {
      expect(PARAMS, `${route} needs a value for "${name}" in this test`).toHaveProperty([name]);
      return PARAMS[name]!;
    };
    const path = route.replace(/\{(\w+)\}/g, (_, name: string) => value(name));
    const query = (get.parameters ?? []).filter((p) => p.in === 'query' && p.required).map((p) => `${p.name}=${encodeURIComponent(value(p.name))}`);
    const langs = (get.parameters ?? []).some((p) => p.in === 'query' && p.name === 'lang') ? ['ja', 'en'] : [undefined];
    for (const lang of langs) {
      const q = [...query, ...(lang ? [`lang=${lang}`] : [])].join('&');
      urls.push({ route, url: q ? `${path}?${q}` : path });
    }
  }
  return urls;
}

beforeAll(async () => {
  await useTestTable({ sharedMeasures: true, jointProjects: true, publishedYears: true });

  // A municipality's own value: source reaches open data, note the comparison (built in the browser).
  const comparison = await (await ok(await api.get('/api/shared-measures/open-data-datasets/periods/FY2024/comparison', ADMIN))).json();
  const yokohama = comparison.rows.find((r: { orgCode: string }) => r.orgCode === '141003');
  const saved = await (
    await ok(
      await api.put('/api/shared-measures/open-data-datasets/periods/FY2024/values/141003', { version: yokohama.version, value: 812, note: PAYLOAD.note, source: PAYLOAD.source }, 'muni-141003'),
    )
  ).json();
  // Only confirmed values are published (issue 15).
  await ok(await api.post('/api/shared-measures/open-data-datasets/periods/FY2024/values/141003/review', { version: saved.version, decision: 'confirm' }, ADMIN));

  // A bureau's staff member's result for 14-7 (総務局): reason, target and actual text reach the plan's CSVs.
  const list = await (await ok(await api.get('/api/plans/kanagawa-dx/years/2024/measures?q=14-7&limit=500', ADMIN))).json();
  const measure = list.items.find((m: { measureNo: string }) => m.measureNo === '14-7');
  await ok(
    await api.put(
      '/api/plans/kanagawa-dx/years/2024/measures/14-7',
      {
        version: measure.version,
        // The printed target and actual are the indicator's texts (one indicator: printed as they are).
        values: [{ subNo: 1, target: { text: PAYLOAD.targetText, value: 100 }, actual: { text: PAYLOAD.actualText, value: 82 } }],
        reason: PAYLOAD.reason,
        confirmedRating: null,
        // FY2024 is published, as open data serves published years only: the change is an erratum with its reason.
        erratumReason: '表記の検査',
      },
      'pref-staff',
    ),
  );

  // An administrator's names for a project, a phase and a field reach the joint-project open data.
  const { project } = await (await ok(await api.get('/api/joint-projects/joint-procurement', ADMIN))).json();
  const { id: _id, version, updatedAt: _at, updatedBy: _by, ...input } = project;
  input.name = PAYLOAD.projectName;
  input.phases = input.phases.map((p: { id: string }) => (p.id === 'live' ? { ...p, name: PAYLOAD.phaseName } : p));
  input.fields = input.fields.map((f: { id: string }) => (f.id === 'hours_saved' ? { ...f, label: PAYLOAD.fieldLabel } : f));
  await ok(await api.put('/api/joint-projects/joint-procurement', { version, project: input }, ADMIN));

  // A municipality's text answer to a survey reaches the survey's results file.
  const survey = await sentSurvey(api);
  PARAMS.surveyId = survey.id;
  await ok(await api.put(`/api/surveys/${survey.id}/answers/141003`, { version: 0, values: { ...REQUIRED_ANSWERS, note: PAYLOAD.surveyAnswer }, submit: true }, 'muni-141003'));
});

describe('CSV downloads never carry a live formula', () => {
  it('every CSV route of the API document: no cell starts a formula unless it is a plain number, and the planted text is there with a leading quote', async () => {
    const urls = await csvUrls();
    // The routes this finding was reported on must be among those found, or the enumeration is broken.
    for (const route of Object.keys(EXPECTED)) expect(urls.map((u) => u.route)).toContain(route);

    for (const { route, url } of urls) {
      const res = await ok(await api.get(url, ADMIN));
      expect(res.headers.get('content-type'), url).toMatch(/^text\/csv/);
      const rows = parse(await res.text(), { bom: true, relaxColumnCount: true }) as string[][];
      expect(rows.length, url).toBeGreaterThan(1);
      const cells = rows.flat();
      const live = cells.filter((c) => c !== '' && DANGEROUS_START.has(c[0]!) && !PLAIN_NUMBER.test(c));
      expect(live, `${url} has cells a spreadsheet would run`).toEqual([]);
      for (const field of EXPECTED[route] ?? []) expect(cells, `${url} should carry ${field}`).toContain(`'${PAYLOAD[field]}`);
    }
  });
});
