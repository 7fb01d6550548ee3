import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeGrant } from '../../functions/platform/files/local-file-store';
import { apiClient } from '../support/api-client';
import { tableState } from '../support/table-state';
import { useTestTable } from '../support/test-table';

const api = apiClient();
const TOTAL_REQUESTS = 10_000;

/**
 * Path parameters that name things that exist where the route needs them to,
 * but no target a generated body could legitimately change: a year without
 * data, a project that does not exist, a municipality that takes part in no
 * project. So every write must be refused, and the table must end as it began.
 */
const PARAMS: Record<string, string> = {
  planId: 'kanagawa-dx',
  fiscalYear: '2019',
  measureNo: '14-7',
  measureId: 'open-data-datasets',
  period: 'FY2024',
  orgCode: 'national',
  projectId: 'no-such-project',
  periodId: '2026-Q3',
  attachmentId: randomUUID(),
  userId: 'no-such-user',
  surveyId: 'no-such-survey',
  questionId: 'q1',
  consultationId: 'c-none',
  entryId: 'faq-none',
  meetingId: 'no-such-meeting',
  actionItemId: 'no-such-item',
  token: encodeGrant({ op: 'get', key: 'attachments/none', contentType: 'text/plain', size: 1, exp: 1 }),
};

/** Strings people (and attackers) send: huge, odd Unicode, markup, injected keys. */
const nasty = fc.oneof(
  fc.string({ maxLength: 50 }),
  fc.string({ unit: 'binary', maxLength: 50 }),
  fc.constantFrom('', ' ', '\u0000', '\u202e', '𠮷野家', '<script>alert(1)</script>', "' OR 1=1 --", '${7*7}', '../../etc/passwd', 'R6', 'FY2024', '2024-13'),
  fc.nat(200_000).map((n) => 'あ'.repeat(n)),
);
const value = fc.oneof(nasty, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(nasty, { maxLength: 5 }), fc.object({ maxDepth: 2 }));
/** Bodies with the keys the routes read, holding the wrong things; some with __proto__ and constructor injected as raw JSON. */
const body = fc.oneof(
  fc.record(
    { version: value, value, values: value, reason: value, confirmedRating: value, project: value, measure: value, phaseId: value, contactEmails: value, csv: value, text: value, action: value, comment: value, fileName: value, contentType: value, size: value, userId: value, plan: value, measuresCsv: value, fiscalYear: value, dryRun: value },
    { requiredKeys: [] },
  ),
  fc.anything({ maxDepth: 3 }).map((v) => JSON.stringify(v) ?? 'null'),
  fc.constantFrom('{"__proto__":{"admin":true},"version":0}', '{"constructor":{"prototype":{"x":1}}}', '{', '[]', 'null', '"text"', '{"version":1e309}'),
);

type Operation = { method: string; path: string };


let writes: Operation[] = [];

beforeAll(async () => {
  await useTestTable({ sharedMeasures: true, jointProjects: true });
  const doc = await (await api.get('/api/openapi.json')).json();
  writes = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([path, methods]) =>
    Object.keys(methods)
      .filter((m) => m !== 'get')
      .map((method) => ({ method: method.toUpperCase(), path })),
  );
});

describe(`${TOTAL_REQUESTS.toLocaleString()} generated bad requests over every write route`, () => {
  it('never answer 5xx, never change the table', async () => {
    expect(writes.length).toBeGreaterThanOrEqual(15);
    // A token's first use records the sign-in (lastSignInAt): done before the snapshot, so only the bad requests count.
    for (const as of ['pref-admin', 'muni-141003', 'pref-staff']) await api.get('/api/me', as);
    const before = await tableState();
    const runs = Math.ceil(TOTAL_REQUESTS / writes.length);
    const statuses = new Map<number, number>();
    let sent = 0;
    for (const op of writes) {
      await fc.assert(
        fc.asyncProperty(body, fc.option(nasty, { freq: 4 }), fc.constantFrom('pref-admin', 'muni-141003', 'pref-staff'), async (payload, oddParam, as) => {
          const names = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
          const odd = oddParam !== null && names.length > 0 ? names[oddParam.length % names.length] : undefined;
          const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(name === odd ? oddParam! : PARAMS[name]!));
          const headers = { 'content-type': 'application/json', authorization: `Bearer ${await api.token(as)}` };
          // Raw text bodies too: malformed JSON and injected keys must reach the parser as sent.
          const res = await api.app.request(path, { method: op.method, headers, body: typeof payload === 'string' ? payload : JSON.stringify(payload) });
          sent += 1;
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          if (res.status >= 500 || res.status < 400) throw new Error(`${op.method} ${path} as ${as} → ${res.status}: ${(await res.text()).slice(0, 300)}`);
        }),
        { numRuns: runs, seed: 20261123 },
      );
    }
    expect(sent).toBeGreaterThanOrEqual(TOTAL_REQUESTS);
    expect([...statuses.keys()].every((s) => s >= 400 && s < 500)).toBe(true);
    expect(await tableState()).toEqual(before);
  }, 600_000);
});
