import { beforeAll, describe, expect, it } from 'vitest';
import { ACTION_LABELS, decideTransition, REPORT_ACTIONS, type ReportAction, type ReportActor, type StateOrNone } from '../../shared/joint-projects/workflow';
import { apiClient } from '../support/api-client';
import { useTestTable } from '../support/test-table';

const api = apiClient();
const PROJECT = 'transition-matrix';
const OWNERS = ['142018', '142042', '142051', '142069', '142107'];
const STATES: StateOrNone[] = ['none', 'draft', 'submitted', 'returned', 'approved'];
/** Every kind of caller: the report's municipality, another municipality, both prefecture roles, a council member. */
const CALLERS = ['owner', 'other_municipality', 'prefecture_admin', 'prefecture_staff', 'council'] as const;
type Caller = (typeof CALLERS)[number];
const PERIODS = Array.from({ length: 30 }, (_, i) => `P${String(i + 1).padStart(2, '0')}`);
const values = { hours: 12, summary: '進捗報告' };

/** Each case gets a report slot of its own (period × municipality), so no case disturbs another. */
const slots = PERIODS.flatMap((period) => OWNERS.map((org) => ({ period, org })));
let next = 0;

const userOf = (caller: Caller, org: string) =>
  ({ owner: `muni-${org}`, other_municipality: 'muni-141003', prefecture_admin: 'pref-admin', prefecture_staff: 'pref-staff', council: 'council' })[caller];
const actorOf = (caller: Caller): ReportActor | 'no_role' =>
  caller === 'owner' ? 'owner' : caller === 'other_municipality' ? 'other' : caller === 'council' ? 'no_role' : 'reviewer';

async function ok(res: Response) {
  expect(res.status, await res.clone().text()).toBe(200);
  return res.json();
}

/** Brings a fresh report to `state` the way people would; returns its path and version. */
async function reportIn(state: StateOrNone) {
  const { period, org } = slots[next++]!;
  const path = `/api/joint-projects/${PROJECT}/periods/${period}/reports/${org}`;
  const owner = `muni-${org}`;
  let version = 0;
  const steps: Record<StateOrNone, (() => Promise<Response>)[]> = {
    none: [],
    draft: [() => api.put(path, { version: 0, values }, owner)],
    submitted: [],
    returned: [],
    approved: [],
  };
  steps.submitted = [...steps.draft, () => api.post(`${path}/transitions`, { action: 'submit', version: 1 }, owner)];
  steps.returned = [...steps.submitted, () => api.post(`${path}/transitions`, { action: 'return', version: 2, comment: '確認' }, 'pref-staff')];
  steps.approved = [...steps.submitted, () => api.post(`${path}/transitions`, { action: 'approve', version: 2 }, 'pref-staff')];
  for (const step of steps[state]) version = (await ok(await step())).version;
  return { path, org, version };
}

function act(path: string, action: ReportAction, version: number, userId: string) {
  return action === 'save'
    ? api.put(path, { version, values }, userId)
    : api.post(`${path}/transitions`, { action, version: Math.max(version, 1), comment: '理由を書きました。' }, userId);
}

beforeAll(async () => {
  await useTestTable();
  const project = {
    name: '遷移テスト',
    kind: 'other',
    phases: [{ id: 'live', name: '運用', live: true }],
    periods: PERIODS.map((id, i) => ({ id, label: id, deadline: `2030-01-${String(i + 1).padStart(2, '0')}` })),
    fields: [
      { id: 'hours', label: '削減時間', type: 'number', aggregate: true, required: true },
      { id: 'summary', label: '概要', type: 'text', required: true },
    ],
    measureLinks: [],
  };
  await ok(await api.put(`/api/joint-projects/${PROJECT}`, { version: 0, project }, 'pref-admin'));
  for (const org of OWNERS) await ok(await api.put(`/api/joint-projects/${PROJECT}/participants/${org}`, { version: 0, phaseId: 'live' }, 'pref-admin'));
});

describe('the report workflow on the server: every state × every action × every caller', () => {
  it('allows exactly the legal transitions; illegal ones get 409 naming the allowed actions; others 403; nothing else changes', async () => {
    const failures: string[] = [];
    let cases = 0;
    for (const state of STATES) {
      for (const action of REPORT_ACTIONS) {
        for (const caller of CALLERS) {
          cases += 1;
          const { path, org, version } = await reportIn(state);
          const before = await (await api.get(path, 'pref-admin')).json();
          const res = await act(path, action, version, userOf(caller, org));
          const body = await res.json();
          const actor = actorOf(caller);
          const label = `${state} × ${action} × ${caller}`;
          if (actor === 'no_role') {
            if (res.status !== 403) failures.push(`${label}: ${res.status}, expected 403`);
            continue;
          }
          const expected = decideTransition(state, action, actor);
          const after = await (await api.get(path, 'pref-admin')).json();
          if (expected.ok) {
            if (res.status !== 200 || body.state !== expected.to) failures.push(`${label}: ${res.status} ${body.state}, expected 200 ${expected.to}`);
            else if (body.updatedBy !== userOf(caller, org)) failures.push(`${label}: the change does not name who made it`);
            else if (expected.to !== state && body.transitions.at(-1).by.userId !== userOf(caller, org)) failures.push(`${label}: transition not recorded with who`);
          } else if (expected.problem === 'forbidden') {
            if (res.status !== 403) failures.push(`${label}: ${res.status}, expected 403`);
          } else if (res.status !== 409 || JSON.stringify(body.error.allowedActions) !== JSON.stringify(expected.allowed)) {
            failures.push(`${label}: ${res.status} ${JSON.stringify(body.error?.allowedActions)}, expected 409 ${JSON.stringify(expected.allowed)}`);
          } else if (!expected.allowed.every((a) => body.error.message.ja.includes(`「${ACTION_LABELS[a].ja}」`))) {
            failures.push(`${label}: the message does not name the allowed actions`);
          }
          if (!expected.ok && JSON.stringify(after) !== JSON.stringify(before)) failures.push(`${label}: refused, yet the report changed`);
        }
      }
    }
    expect(cases).toBe(STATES.length * REPORT_ACTIONS.length * CALLERS.length);
    expect(failures).toEqual([]);
  });

  it('a 409 names the allowed actions in words: a submitted report cannot be submitted again', async () => {
    const { path, org, version } = await reportIn('submitted');
    const res = await act(path, 'submit', version, `muni-${org}`);
    expect(res.status).toBe(409);
    const { error } = await res.json();
    expect(error.code).toBe('invalid_transition');
    expect(error.message.ja).toBe('この報告は現在「提出済（確認待ち）」のため「提出」はできません。いまできる操作はありません。');
    const asReviewer = await (await act(path, 'reopen', version, 'pref-staff')).json();
    expect(asReviewer.error.message.ja).toContain('いまできる操作: 「差戻し」、「承認」');
    expect(asReviewer.error.allowedActions).toEqual(['return', 'approve']);
  });
});
