import { beforeAll, describe, expect, it } from 'vitest';
import { apiClient } from '../support/api-client';
import { tableState } from '../support/table-state';
import { useTestTable } from '../support/test-table';

/**
 * Review before publication (issue 15): a municipality's value is 提出済 until the prefecture confirms it or returns
 * it; others — other municipalities, council members, open data, the headlines — see what was last confirmed.
 */
const api = apiClient();
const MEASURE = 'open-data-datasets';
const PERIOD = 'FY2025';
const valuePath = (org: string, measure = MEASURE, period = PERIOD) => `/api/shared-measures/${measure}/periods/${period}/values/${org}`;
type Row = { orgCode: string; value?: unknown; numeric?: number; version: number; review?: string; rank?: number };

async function comparison(as: string, measure = MEASURE, period = PERIOD) {
  const res = await api.get(`/api/shared-measures/${measure}/periods/${period}/comparison`, as);
  expect(res.status).toBe(200);
  return res.json() as Promise<{ rows: Row[]; stats: Record<string, unknown> }>;
}
const rowOf = async (org: string, as: string, measure = MEASURE, period = PERIOD) => (await comparison(as, measure, period)).rows.find((r) => r.orgCode === org)!;
const published = async (org: string, measure = MEASURE, period = PERIOD) => {
  const { items } = await (await api.app.request(`/api/open-data/shared-values.json?measureId=${measure}&from=${period}&to=${period}`)).json();
  return (items as { org_code: string; value: string }[]).find((r) => r.org_code === org)?.value;
};

/** A municipality's whole profile as `as` sees it, page by page. */
async function profile(org: string, as: string): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let cursor: string | undefined;
  do {
    const page = await (await api.get(`/api/organisations/${org}/shared-values?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, as)).json();
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

/** Confirmed municipalities of the seeded FY2025, as the prefecture sees them. */
async function confirmedOrgs(measure = MEASURE): Promise<Row[]> {
  return (await comparison('pref-staff', measure)).rows.filter((r) => r.value !== undefined && r.review === undefined);
}

beforeAll(async () => {
  await useTestTable({ sharedMeasures: true, jointProjects: true });
});

describe('a municipality’s correction waits for review', () => {
  it('is 提出済: the prefecture and the owner see it, marked; everyone else and open data see the confirmed value', async () => {
    const [target] = await confirmedOrgs();
    const org = target!.orgCode;
    const old = target!.numeric!;
    const res = await api.put(valuePath(org), { version: target!.version, value: old + 1 }, `muni-${org}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ review: 'submitted', confirmed: { value: old }, value: old + 1 });

    expect(await rowOf(org, 'pref-staff')).toMatchObject({ numeric: old + 1, review: 'submitted' });
    expect(await rowOf(org, `muni-${org}`)).toMatchObject({ numeric: old + 1, review: 'submitted' });
    for (const other of ['council', 'muni-141003' === `muni-${org}` ? 'muni-141305' : 'muni-141003']) {
      const seen = await rowOf(org, other);
      expect(seen.numeric, other).toBe(old);
      expect(seen.review).toBeUndefined();
    }
    expect(await published(org)).toBe(String(old));
  });

  it('a value never confirmed is not published at all until the prefecture confirms it', async () => {
    const org = '141003';
    const path = valuePath(org, MEASURE, 'FY2026');
    const saved = await (await api.put(path, { version: 0, value: 400, note: '年度途中の集計' }, `muni-${org}`)).json();
    expect(saved.review).toBe('submitted');
    expect((await rowOf(org, 'council', MEASURE, 'FY2026')).value).toBeUndefined();
    expect(await published(org, MEASURE, 'FY2026')).toBeUndefined();

    const confirmed = await api.post(`${path}/review`, { version: saved.version, decision: 'confirm' }, 'pref-staff');
    expect(confirmed.status).toBe(200);
    expect(await confirmed.json()).toMatchObject({ review: 'confirmed', confirmed: { value: 400, note: '年度途中の集計' }, reviewedBy: 'pref-staff' });
    expect(await published(org, MEASURE, 'FY2026')).toBe('400');
    expect((await rowOf(org, 'council', MEASURE, 'FY2026')).numeric).toBe(400);
    const history = await (await api.get(`${path}/history`, `muni-${org}`)).json();
    expect(history.items[0]).toMatchObject({ action: 'value.confirm', actor: { userId: 'pref-staff' } });

    const again = await api.post(`${path}/review`, { version: saved.version + 1, decision: 'confirm' }, 'pref-staff');
    expect(again.status).toBe(409);
    const stale = await api.post(`${path}/review`, { version: saved.version, decision: 'return', comment: '確認' }, 'pref-staff');
    expect(stale.status).toBe(409);
  });

  it('the prefecture’s own entry is confirmed as it is written', async () => {
    const [target] = await confirmedOrgs('rpa-processes');
    const res = await api.put(valuePath(target!.orgCode, 'rpa-processes'), { version: target!.version, value: target!.numeric! + 2 }, 'pref-staff');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ review: 'confirmed', enteredByPrefecture: true });
    expect((await rowOf(target!.orgCode, 'council', 'rpa-processes')).numeric).toBe(target!.numeric! + 2);
  });
});

describe('plausibility rules', () => {
  it('a warning asks for a note (400 note_required, nothing written); with the note the value is saved and flagged for the reviewer only', async () => {
    const [, target] = await confirmedOrgs();
    const org = target!.orgCode;
    const tooBig = target!.numeric! * 4 + 10;
    const before = await tableState();
    const refused = await api.put(valuePath(org), { version: target!.version, value: tooBig }, `muni-${org}`);
    expect(refused.status).toBe(400);
    const { error } = await refused.json();
    expect(error.code).toBe('note_required');
    expect(error.message.ja).toMatch(/前の期間の.*変化しています.*備考/);
    expect(error.message.en).toMatch(/note/);
    expect(error.fields[0]).toMatchObject({ path: 'note' });
    expect(await tableState()).toEqual(before);

    const saved = await api.put(valuePath(org), { version: target!.version, value: tooBig, note: '全庁の台帳を公開したため' }, `muni-${org}`);
    expect(saved.status).toBe(200);
    expect((await saved.json()).flags).toEqual([expect.objectContaining({ rule: 'change' })]);
    const queue = await (await api.get('/api/shared-measures/review-queue', 'pref-staff')).json();
    const group = queue.items.find((g: { measureId: string; period: string }) => g.measureId === MEASURE && g.period === PERIOD);
    expect(group).toMatchObject({ measureName: { ja: '公開データセット数' }, periodLabel: { ja: '令和7年度' }, deadline: '2026-05-31' });
    expect(group.values.find((v: { orgCode: string }) => v.orgCode === org)).toMatchObject({ value: tooBig, note: '全庁の台帳を公開したため', flags: [{ rule: 'change' }] });
    // The seeded implausible report (相模原市, ten times the year before) waits there too, flagged and far from the rest.
    expect(group.values.find((v: { orgCode: string }) => v.orgCode === '141500')).toMatchObject({ flags: [{ rule: 'change' }], outlier: true });

    const other = org === '141003' ? 'muni-141305' : 'muni-141003';
    const seen = await profile(org, other);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((v) => ((v.flags as unknown[] | undefined) ?? []).length === 0)).toBe(true);
  });

  it('the review queue is for prefecture staff', async () => {
    for (const who of ['muni-141003', 'council']) expect((await api.get('/api/shared-measures/review-queue', who)).status).toBe(403);
  });
});

describe('returning a value', () => {
  it('needs a comment, tells the municipality by a notice, keeps the confirmed value published, and the correction goes back to review', async () => {
    const [, , target] = await confirmedOrgs();
    const org = target!.orgCode;
    const submitted = await (await api.put(valuePath(org), { version: target!.version, value: target!.numeric! + 3 }, `muni-${org}`)).json();
    const path = `${valuePath(org)}/review`;
    const noComment = await api.post(path, { version: submitted.version, decision: 'return' }, 'pref-staff');
    expect(noComment.status).toBe(400);
    expect(JSON.stringify((await noComment.json()).error)).toContain('差し戻す理由');

    const returned = await api.post(path, { version: submitted.version, decision: 'return', comment: '年度末時点の件数で再確認してください。' }, 'pref-staff');
    expect(returned.status).toBe(200);
    expect(await returned.json()).toMatchObject({ review: 'returned', reviewComment: '年度末時点の件数で再確認してください。' });
    const notices = await (await api.get('/api/notices', `muni-${org}`)).json();
    expect(notices.items[0]).toMatchObject({ kind: 'value_returned', params: { comment: '年度末時点の件数で再確認してください。', value: { period: { ja: '令和7年度' } } } });
    expect(await published(org)).toBe(String(target!.numeric));
    expect((await rowOf(org, 'council')).numeric).toBe(target!.numeric);
    expect(await rowOf(org, `muni-${org}`)).toMatchObject({ review: 'returned' });
    // Another municipality sees neither the comment nor who reviewed.
    const seenByOther = (await profile(org, 'council')).find((v) => v.measureId === MEASURE && v.period === PERIOD);
    expect(seenByOther).toMatchObject({ value: target!.numeric, review: 'confirmed' });
    expect(seenByOther).not.toHaveProperty('reviewComment');
    expect(seenByOther).not.toHaveProperty('reviewedBy');

    const corrected = await api.put(valuePath(org), { version: submitted.version + 1, value: target!.numeric! + 1 }, `muni-${org}`);
    expect(await corrected.json()).toMatchObject({ review: 'submitted', confirmed: { value: target!.numeric }, submittedAt: submitted.submittedAt });
    expect(await published(org)).toBe(String(target!.numeric));
  });
});

describe('confirming a period in bulk', () => {
  it('all or nothing: one stale version and nothing is confirmed; then every value is, each with its history', async () => {
    const queue = await (await api.get('/api/shared-measures/review-queue', 'pref-staff')).json();
    const group = queue.items.find((g: { measureId: string; period: string }) => g.measureId === 'telework' && g.period === PERIOD);
    const items = group.values.map((v: { orgCode: string; version: number }) => ({ orgCode: v.orgCode, version: v.version }));
    expect(items.length).toBeGreaterThan(1);
    const path = `/api/shared-measures/telework/periods/${PERIOD}/confirmations`;
    const before = await tableState();
    const stale = await api.post(path, { items: [...items.slice(1), { ...items[0], version: items[0].version + 1 }] }, 'pref-staff');
    expect(stale.status).toBe(409);
    expect(await tableState()).toEqual(before);
    expect((await api.post(path, { items }, 'muni-141003')).status).toBe(403);

    const res = await api.post(path, { items }, 'pref-admin');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ confirmed: items.length });
    const rows = (await comparison('council', 'telework')).rows;
    for (const { orgCode } of items) expect(rows.find((r) => r.orgCode === orgCode)!.value).toBeDefined();
    const history = await (await api.get(`${valuePath(items[0].orgCode, 'telework')}/history`, 'pref-staff')).json();
    expect(history.items[0]).toMatchObject({ action: 'value.confirm', actor: { userId: 'pref-admin' } });
    const after = await (await api.get('/api/shared-measures/review-queue', 'pref-staff')).json();
    expect(after.items.find((g: { measureId: string; period: string }) => g.measureId === 'telework' && g.period === PERIOD)).toBeUndefined();
  });
});

describe('statistics that fit the value', () => {
  it('yes/no: a count of yes of those reported, no rank, no average; statuses: counts per status, no rank', async () => {
    const yesNo = await comparison('council', 'generative-ai', 'FY2024');
    expect(yesNo.rows.every((r) => r.rank === undefined)).toBe(true);
    expect(yesNo.stats).not.toHaveProperty('average');
    expect(yesNo.stats).not.toHaveProperty('median');
    expect(yesNo.stats.yes).toBe(yesNo.rows.filter((r) => r.value === true).length);
    expect(yesNo.stats.reported).toBe(yesNo.rows.filter((r) => r.value !== undefined).length);

    const status = await comparison('council', 'system-standardisation', '2024-09');
    expect(status.rows.every((r) => r.rank === undefined)).toBe(true);
    expect(status.stats).not.toHaveProperty('average');
    const counts = status.stats.statusCounts as Record<string, number>;
    expect(Object.values(counts).reduce((s, n) => s + n, 0)).toBe(33 * 20);
    expect(counts.migrated).toBeGreaterThan(0);

    const numbers = await comparison('council', 'mynumber-card-rate', '2024-08');
    expect(numbers.stats.average).toBeDefined();
    expect(numbers.rows.some((r) => r.rank === 1)).toBe(true);
  });
});
