import { beforeAll, describe, expect, it } from 'vitest';
import { signLocalToken } from '../../functions/platform/auth/local-issuer';
import { apiClient } from '../support/api-client';
import { useTestTable } from '../support/test-table';

/**
 * Who sees what (shared/auth/visibility.ts): a municipality's history and
 * internal fields are for that municipality and the prefecture; everyone else
 * sees the published state only.
 */
const api = apiClient();
const HIRATSUKA = '142034';
const REPORT = `/api/joint-projects/joint-procurement/periods/2026-Q2/reports/${HIRATSUKA}`;
const VALUE = `/api/shared-measures/open-data-datasets/periods/FY2024/values/${HIRATSUKA}`;
const OTHERS = ['muni-141003', 'council'];
const answers = { progress: '予定どおり', systems: 'AI-OCR', hours_saved: 120, summary: '会議録作成を自動化' };

type Value = { measureId: string; period: string; updatedBy?: string; value?: unknown; review?: string; reviewedBy?: string; flags?: unknown[] };
async function wholeProfile(orgCode: string, as: string): Promise<Value[]> {
  const items: Value[] = [];
  let cursor: string | undefined;
  do {
    const page = await (await api.get(`/api/organisations/${orgCode}/shared-values?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, as)).json();
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

beforeAll(async () => {
  await useTestTable({ sharedMeasures: true, jointProjects: true });
  // 平塚市 writes a report: a draft, returned once with a comment, resubmitted, approved; with a file added and removed on the way.
  const own = `muni-${HIRATSUKA}`;
  expect((await api.put(REPORT, { version: 0, values: { ...answers, hours_saved: 999 } }, own)).status).toBe(200);
  expect((await api.post(`${REPORT}/transitions`, { action: 'submit', version: 1 }, own)).status).toBe(200);
  expect((await api.post(`${REPORT}/transitions`, { action: 'return', version: 2, comment: '削減時間の根拠を添えてください' }, 'pref-staff')).status).toBe(200);
  expect((await api.put(REPORT, { version: 3, values: answers }, own)).status).toBe(200);
  expect((await api.post(`${REPORT}/transitions`, { action: 'submit', version: 4 }, own)).status).toBe(200);
  expect((await api.post(`${REPORT}/transitions`, { action: 'approve', version: 5 }, 'pref-staff')).status).toBe(200);
});

describe('an approved report', () => {
  it('shows other municipalities and council members its answers, but not its review: no thread, no transitions, no user ids', async () => {
    for (const who of OTHERS) {
      const view = await (await api.get(REPORT, who)).json();
      expect(view.report.values).toEqual(answers);
      expect(view.report.state).toBe('approved');
      expect(view.report.transitions).toEqual([]);
      expect(view.report).not.toHaveProperty('updatedBy');
      expect(view.comments).toEqual([]);
      expect(JSON.stringify(view)).not.toMatch(/pref-staff|muni-142034|根拠/);
    }
    const own = await (await api.get(REPORT, `muni-${HIRATSUKA}`)).json();
    expect(own.report.transitions.map((t: { action: string }) => t.action)).toEqual(['save', 'submit', 'return', 'submit', 'approve']);
    expect(own.comments[0].text).toMatch(/根拠/);
  });

  it('keeps its history — the draft’s 999 hours, the return — to the municipality and the prefecture', async () => {
    const res = await api.get(`${REPORT}/history`, 'muni-141003');
    expect(res.status).toBe(403);
    const body = await res.json();
    expect(body.error.message.ja).toMatch(/その団体の職員と県の職員のみ/);
    expect(JSON.stringify(body)).not.toMatch(/999/);
    for (const who of [`muni-${HIRATSUKA}`, 'pref-staff', 'pref-admin']) {
      const history = await (await api.get(`${REPORT}/history`, who)).json();
      expect(JSON.stringify(history.items)).toMatch(/999/);
    }
  });
});

describe('a municipality’s values', () => {
  it('show every municipality the figure, and only its owner and the prefecture who entered it and how it changed', async () => {
    const own = `muni-${HIRATSUKA}`;
    const first = await (await api.get(`${VALUE}/history`, own)).json();
    const version = first.items.length > 0 ? first.items[0].after.version : 1;
    expect((await api.put(VALUE, { version, value: 42, note: '年度末時点' }, own)).status).toBe(200);

    expect((await api.get(`${VALUE}/history`, 'muni-141003')).status).toBe(403);
    expect((await api.get(`${VALUE}/history`, own)).status).toBe(200);
    expect((await api.get(`${VALUE}/history`, 'pref-staff')).status).toBe(200);

    // Until the prefecture confirms it, others see the value as last confirmed; then the new one.
    const confirmedBefore = (await wholeProfile(HIRATSUKA, 'muni-141003')).find((v) => v.measureId === 'open-data-datasets' && v.period === 'FY2024');
    expect(confirmedBefore).toMatchObject({ review: 'confirmed' });
    expect(confirmedBefore!.value).not.toBe(42);
    const reviewed = await api.post(`${VALUE}/review`, { version: version + 1, decision: 'confirm' }, 'pref-staff');
    expect(reviewed.status).toBe(200);
    const profile = await wholeProfile(HIRATSUKA, 'muni-141003');
    const seen = profile.find((v) => v.measureId === 'open-data-datasets' && v.period === 'FY2024');
    expect(seen).toMatchObject({ value: 42, note: '年度末時点' });
    expect(profile.every((v) => v.reviewedBy === undefined && (v.flags ?? []).length === 0)).toBe(true);
    expect(profile.every((v) => !('updatedBy' in v))).toBe(true);
    const trend = await (await api.get('/api/shared-measures/open-data-datasets/trends?from=FY2024&to=FY2024', 'council')).json();
    expect(trend.items.every((v: object) => !('updatedBy' in v))).toBe(true);
    const ownProfile = await wholeProfile(HIRATSUKA, own);
    expect(ownProfile.find((v) => v.measureId === 'open-data-datasets' && v.period === 'FY2024')!.updatedBy).toBe(own);
  });
});

describe('fields meant for the prefecture', () => {
  it('a participation’s internal note reaches prefecture staff only; contacts reach the municipality and the prefecture', async () => {
    const board = await (await api.get('/api/joint-projects/joint-procurement', 'pref-admin')).json();
    const current = board.participants.find((p: { orgCode: string }) => p.orgCode === HIRATSUKA);
    const saved = await api.put(
      `/api/joint-projects/joint-procurement/participants/${HIRATSUKA}`,
      { version: current.version, phaseId: current.phaseId, contactEmails: ['dx@city.hiratsuka.example.lg.jp'], note: '庁内調整が遅れ気味（内部メモ）' },
      'pref-admin',
    );
    expect(saved.status).toBe(200);
    const seenBy = async (who: string) =>
      (await (await api.get('/api/joint-projects/joint-procurement', who)).json()).participants.find((p: { orgCode: string }) => p.orgCode === HIRATSUKA);
    for (const who of ['muni-141003', 'council', `muni-${HIRATSUKA}`]) {
      const p = await seenBy(who);
      expect(p.phaseId).toBe(current.phaseId);
      expect(p, who).not.toHaveProperty('note');
    }
    expect((await seenBy('muni-141003')).contactEmails).toEqual([]);
    expect((await seenBy('council')).contactEmails).toEqual([]);
    expect((await seenBy(`muni-${HIRATSUKA}`)).contactEmails).toEqual(['dx@city.hiratsuka.example.lg.jp']);
    expect((await seenBy('pref-staff')).note).toBe('庁内調整が遅れ気味（内部メモ）');
  });
});

describe('names beside comments and reviews', () => {
  it('come from the portal’s record of the user, not from the name a token claims', async () => {
    // A token whose holder renamed themselves in their identity profile.
    const token = await signLocalToken({ userId: `muni-${HIRATSUKA}`, name: 'デジタル戦略本部長', role: 'municipal_staff', orgCode: HIRATSUKA });
    const res = await api.app.request(`${REPORT}/comments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ text: '追加の資料をお送りします' }),
    });
    expect(res.status).toBe(200);
    for (const who of ['pref-staff', `muni-${HIRATSUKA}`]) {
      const view = await (await api.get(REPORT, who)).json();
      const comment = view.comments.find((c: { text: string }) => c.text === '追加の資料をお送りします');
      expect(comment.by.name).toBe('平塚市 職員');
      expect(JSON.stringify(view)).not.toMatch(/デジタル戦略本部長/);
      expect(view.report.transitions.find((t: { action: string }) => t.action === 'approve').by.name).toBe('総務局 職員');
    }
  });
});

describe('who changed the prefecture’s own records', () => {
  it('plan results and project definitions name their last editor to prefecture staff only', async () => {
    for (const who of ['council', 'muni-141003']) {
      const measure = await (await api.get('/api/plans/kanagawa-dx/measures/14-7', who)).json();
      expect(measure.results.length).toBeGreaterThan(0);
      expect(measure.results.every((r: object) => !('updatedBy' in r))).toBe(true);
      const projects = await (await api.get('/api/joint-projects', who)).json();
      expect(projects.items.every((p: object) => !('updatedBy' in p))).toBe(true);
      const board = await (await api.get('/api/joint-projects/joint-procurement', who)).json();
      expect(board.project).not.toHaveProperty('updatedBy');
    }
    const asStaff = await (await api.get('/api/plans/kanagawa-dx/measures/14-7', 'pref-staff')).json();
    expect(asStaff.results[0].updatedBy).toBeTruthy();
    expect((await (await api.get('/api/joint-projects/joint-procurement', 'pref-staff')).json()).project.updatedBy).toBeTruthy();
  });
});
