import { beforeAll, describe, expect, it } from 'vitest';
import { apiClient } from '../support/api-client';
import { useTestTable } from '../support/test-table';

const api = apiClient();
const CONCURRENT = 100;

beforeAll(async () => {
  await useTestTable({ sharedMeasures: true, jointProjects: true });
});

/** Sends the same kind of write 100 times at once, each from the same stale version. */
async function race(send: (i: number) => Promise<Response>) {
  const responses = await Promise.all(Array.from({ length: CONCURRENT }, (_, i) => send(i)));
  const statuses = responses.map((r) => r.status);
  return { winners: statuses.filter((s) => s === 200).length, conflicts: statuses.filter((s) => s === 409).length, other: statuses.filter((s) => s !== 200 && s !== 409) };
}

describe(`${CONCURRENT} concurrent conflicting updates of one item`, () => {
  it('a shared-measure value: exactly one winner per version, the rest 409, one history record per successful write', async () => {
    const path = '/api/shared-measures/open-data-datasets/periods/FY2024/values/141003';
    const current = (await (await api.get('/api/organisations/141003/shared-values?limit=100', 'pref-staff')).json()).items.find(
      (v: { measureId: string; period: string }) => v.measureId === 'open-data-datasets' && v.period === 'FY2024',
    );
    const result = await race((i) => api.put(path, { version: current.version, value: 1000 + i, note: '同時更新の試験' }, i % 2 ? 'muni-141003' : 'pref-staff'));
    expect(result).toEqual({ winners: 1, conflicts: CONCURRENT - 1, other: [] });
    const history = await (await api.get(`${path}/history?limit=100`, 'pref-staff')).json();
    expect(history.items).toHaveLength(1);
    const stored = (await (await api.get('/api/organisations/141003/shared-values?limit=100', 'pref-staff')).json()).items.find(
      (v: { measureId: string; period: string }) => v.measureId === 'open-data-datasets' && v.period === 'FY2024',
    );
    expect(stored.version).toBe(current.version + 1);
    expect(stored.value).toBe(history.items[0].after.value);

    // A second round from the new version: again exactly one winner.
    const second = await race((i) => api.put(path, { version: stored.version, value: 2000 + i, note: '同時更新の試験' }, 'muni-141003'));
    expect(second).toEqual({ winners: 1, conflicts: CONCURRENT - 1, other: [] });
    expect((await (await api.get(`${path}/history?limit=100`, 'pref-staff')).json()).items).toHaveLength(2);
  });

  it('a plan result: exactly one edit lands, and the audit trail holds exactly that one', async () => {
    const measure = await (await api.get('/api/plans/kanagawa-dx/measures/14-7', 'pref-admin')).json();
    const result = measure.results.find((r: { fiscalYear: number }) => r.fiscalYear === 2024);
    const historyBefore = (await (await api.get('/api/plans/kanagawa-dx/measures/14-7/history?limit=100', 'pref-admin')).json()).items.length;
    const outcome = await race((i) =>
      api.put('/api/plans/kanagawa-dx/years/2024/measures/14-7', { version: result.version, values: [], reason: `同時編集 ${i}`, confirmedRating: null }, 'pref-admin'),
    );
    expect(outcome).toEqual({ winners: 1, conflicts: CONCURRENT - 1, other: [] });
    const historyAfter = (await (await api.get('/api/plans/kanagawa-dx/measures/14-7/history?limit=100', 'pref-admin')).json()).items;
    expect(historyAfter).toHaveLength(historyBefore + 1);
  });

  it('a progress report under review: exactly one of 100 approvals lands, one transition and one notice', async () => {
    const report = '/api/joint-projects/joint-procurement/periods/2026-Q3/reports/142166';
    await api.put(report, { version: 0, values: { progress: '予定どおり', hours_saved: 10, summary: '同時承認の確認' } }, 'muni-142166');
    expect((await api.post(`${report}/transitions`, { action: 'submit', version: 1 }, 'muni-142166')).status).toBe(200);
    const noticesBefore = (await (await api.get('/api/notices?limit=100', 'muni-142166')).json()).items.length;
    const outcome = await race((i) => api.post(`${report}/transitions`, { action: 'approve', version: 2 }, i % 2 ? 'pref-admin' : 'pref-staff'));
    expect(outcome).toEqual({ winners: 1, conflicts: CONCURRENT - 1, other: [] });
    const view = await (await api.get(report, 'muni-142166')).json();
    expect(view.report.transitions.filter((t: { action: string }) => t.action === 'approve')).toHaveLength(1);
    expect((await (await api.get('/api/notices?limit=100', 'muni-142166')).json()).items).toHaveLength(noticesBefore + 1);
  });
});
