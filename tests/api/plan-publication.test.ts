import { beforeAll, describe, expect, it } from 'vitest';
import { apiClient } from '../support/api-client';
import { useTestTable } from '../support/test-table';
import { listAudit } from '../../functions/platform/db/audit';
import { keys } from '../../functions/platform/db/keys';

const api = apiClient();
const YEAR = '/api/plans/kanagawa-dx/years/2024';

async function row(no: string) {
  const list = await (await api.get(`${YEAR}/measures?q=${encodeURIComponent(no)}&limit=500`, 'pref-admin')).json();
  return list.items.find((m: { measureNo: string }) => m.measureNo === no);
}

/** 21-2 市町村DX推進事業 (総務局): ① 首長出席者数 33名 target, ２名 actual; ② 技術相談 60件 target, 57件 actual → △. */
const measure212 = (version: number, first: { text: string; value: number }, second: { text: string; value: number }, extra: Record<string, unknown> = {}) => ({
  version,
  values: [
    { subNo: 1, target: { text: '33名', value: 33 }, actual: first },
    { subNo: 2, target: { text: '60件', value: 60 }, actual: second },
  ],
  reason: '',
  confirmedRating: null,
  ...extra,
});

beforeAll(async () => {
  await useTestTable();
});

describe('a plan year as a record: 作成中 → 公表済, then errata', () => {
  it('prints the figures the rating was computed from: 2名→33名 and 57→60件 make 実績 「①33名 ②60件」 and ◎', async () => {
    const before = await row('21-2');
    expect(before.actualText).toBe('①２名 ②57件');
    const res = await api.put(`${YEAR}/measures/21-2`, measure212(before.version, { text: '33名', value: 33 }, { text: '60件', value: 60 }), 'pref-admin');
    expect(res.status).toBe(200);
    const saved = await res.json();
    expect(saved).toMatchObject({ officialRating: 'achieved', actualText: '①33名 ②60件', targetText: '①33名 ②60件' });
  });

  it('refuses a figure whose text and number disagree, naming the indicator, and writes nothing', async () => {
    const before = await row('21-2');
    const res = await api.put(`${YEAR}/measures/21-2`, measure212(before.version, { text: '２名', value: 33 }, { text: '60件', value: 60 }), 'pref-admin');
    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(error.fields).toContainEqual(expect.objectContaining({ path: 'values.0.actual.value' }));
    expect(error.fields[0].message.ja).toContain('２名');
    expect(await row('21-2')).toEqual(before);
  });

  it('asks to revise a reason for a miss that is no longer one', async () => {
    const rpa = (version: number, actual: number, reason: string) => ({
      version,
      values: [{ subNo: 1, target: { text: '100件', value: 100 }, actual: { text: `${actual}件`, value: actual } }],
      reason,
      confirmedRating: null,
    });
    const before = await row('14-7');
    expect(before.officialRating).toBe('mostly_achieved');
    const explained = await api.put(`${YEAR}/measures/14-7`, rpa(before.version, 82, '導入調整に時間を要したため'), 'pref-admin');
    expect(explained.status).toBe(200);
    const stale = await api.put(`${YEAR}/measures/14-7`, rpa(before.version + 1, 105, '導入調整に時間を要したため'), 'pref-admin');
    expect(stale.status).toBe(400);
    expect((await stale.json()).error.fields).toContainEqual(expect.objectContaining({ path: 'reason' }));
    const revised = await api.put(`${YEAR}/measures/14-7`, rpa(before.version + 1, 105, ''), 'pref-admin');
    expect(revised.status).toBe(200);
    expect(await revised.json()).toMatchObject({ officialRating: 'achieved', reason: '' });
  });

  it('publishes a year only by an administrator’s act on the plan version they saw, once, recorded in the plan’s audit trail', async () => {
    const { plan: draft } = await (await api.get('/api/plans/kanagawa-dx', 'pref-admin')).json();
    expect(draft.publications['2024']).toBeUndefined();
    expect((await api.post(`${YEAR}/publication`, { version: draft.version }, 'pref-staff')).status).toBe(403);
    expect((await api.get('/api/plans/kanagawa-dx', undefined).then((r) => r.json())).plan.years).toEqual([]);
    // A stale version: the plan changed since the administrator looked.
    const stale = await api.post(`${YEAR}/publication`, { version: draft.version - 1 }, 'pref-admin');
    expect(stale.status).toBe(409);
    expect((await stale.json()).error.code).toBe('version_conflict');
    expect((await api.get('/api/plans/kanagawa-dx', undefined).then((r) => r.json())).plan.years).toEqual([]);

    const res = await api.post(`${YEAR}/publication`, { version: draft.version }, 'pref-admin');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ fiscalYear: 2024, status: 'published', errataCount: 0, publishedBy: 'pref-admin' });
    const again = await api.post(`${YEAR}/publication`, { version: draft.version + 1 }, 'pref-admin');
    expect(again.status).toBe(409);
    expect((await again.json()).error.code).toBe('already_published');
    const plan = await (await api.get('/api/plans/kanagawa-dx', undefined)).json();
    expect(plan.plan.years).toEqual([2024]);
    expect(plan.plan.publications['2024']).toMatchObject({ status: 'published' });
    expect(plan.plan.publications['2024'].publishedBy).toBeUndefined();
    const audit = (await listAudit(keys.planEntity('140007', 'kanagawa-dx'), 100)).items.filter((a) => a.action === 'year.publish');
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor: { userId: 'pref-admin', role: 'prefecture_admin' }, fiscalYear: 2024, after: { status: 'published' } });
  });

  it('after publication, a change needs a reason; with one, result, audit and erratum are written together', async () => {
    const before = await row('21-2');
    const body = measure212(before.version, { text: '34名', value: 34 }, { text: '60件', value: 60 });
    const refused = await api.put(`${YEAR}/measures/21-2`, body, 'pref-admin');
    expect(refused.status).toBe(400);
    expect((await refused.json()).error.fields).toContainEqual(expect.objectContaining({ path: 'erratumReason' }));
    expect(await row('21-2')).toEqual(before);
    expect((await (await api.get(`${YEAR}/errata`, undefined)).json()).items).toEqual([]);

    const ok = await api.put(`${YEAR}/measures/21-2`, { ...body, erratumReason: '集計誤りの訂正' }, 'pref-admin');
    expect(ok.status).toBe(200);
    const errata = (await (await api.get(`${YEAR}/errata`, undefined)).json()).items;
    expect(errata).toHaveLength(1);
    expect(errata[0]).toMatchObject({ measureNo: '21-2', reason: '集計誤りの訂正', source: 'portal' });
    expect(errata[0].changes).toContainEqual({ field: 'actualText', before: '①33名 ②60件', after: '①34名 ②60件' });
    const plan = await (await api.get('/api/plans/kanagawa-dx', undefined)).json();
    expect(plan.plan.publications['2024'].errataCount).toBe(1);
    const history = await (await api.get('/api/plans/kanagawa-dx/measures/21-2/history', 'pref-admin')).json();
    expect(history.items[0]).toMatchObject({ action: 'result.update', reason: '集計誤りの訂正' });
  });

  it('anonymous readers get not-found for the errata of a year that is not published', async () => {
    expect((await api.get('/api/plans/kanagawa-dx/years/2023/errata', undefined)).status).toBe(404);
  });
});
