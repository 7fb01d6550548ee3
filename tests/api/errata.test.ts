import { beforeAll, describe, expect, it } from 'vitest';
import { apiClient } from '../support/api-client';
import { useTestTable } from '../support/test-table';
import { listAudit } from '../../functions/platform/db/audit';
import { keys } from '../../functions/platform/db/keys';

/**
 * Errata of a published year (issue 16): FY2024 is published as `npm start` publishes it; the staff edit of 21-2
 * after that needs a reason, becomes an erratum in the same transaction, and the published version stays as it was.
 */
const api = apiClient();
const YEAR = '/api/plans/kanagawa-dx/years/2024';
const text = async (res: Response) => new TextDecoder().decode(await res.arrayBuffer());

async function row(no: string) {
  const list = await (await api.get(`${YEAR}/measures?q=${encodeURIComponent(no)}&limit=500`, 'pref-admin')).json();
  return list.items.find((m: { measureNo: string }) => m.measureNo === no);
}

const edit212 = (version: number, actual: [number, number], extra: Record<string, unknown> = {}) => ({
  version,
  values: [
    { subNo: 1, target: { text: '33名', value: 33 }, actual: { text: `${actual[0]}名`, value: actual[0] } },
    { subNo: 2, target: { text: '60件', value: 60 }, actual: { text: `${actual[1]}件`, value: actual[1] } },
  ],
  reason: '',
  confirmedRating: null,
  ...extra,
});

beforeAll(async () => {
  await useTestTable({ publishedYears: true });
});

describe('errata of a published year', () => {
  it('refuses a change without a reason (Japanese and English), and writes nothing: no result, no audit, no erratum', async () => {
    const before = await row('21-2');
    const auditBefore = (await listAudit(keys.measureEntity('140007', 'kanagawa-dx', '21-2'), 100)).items.length;
    const res = await api.put(`${YEAR}/measures/21-2`, edit212(before.version, [33, 60]), 'pref-staff');
    expect(res.status).toBe(400);
    const field = (await res.json()).error.fields.find((f: { path: string }) => f.path === 'erratumReason');
    expect(field.message.ja).toContain('公表済み');
    expect(field.message.en).toContain('published');
    expect(await row('21-2')).toEqual(before);
    expect((await listAudit(keys.measureEntity('140007', 'kanagawa-dx', '21-2'), 100)).items).toHaveLength(auditBefore);
    expect((await (await api.get(`${YEAR}/errata`)).json()).items).toEqual([]);
    expect((await (await api.get('/api/plans/kanagawa-dx')).json()).plan.publications['2024'].errataCount).toBe(0);
  });

  it('with a reason writes the result, its audit record and the erratum together; the public reads the erratum', async () => {
    const before = await row('21-2');
    const res = await api.put(`${YEAR}/measures/21-2`, edit212(before.version, [33, 60], { erratumReason: '集計漏れの訂正' }), 'pref-staff');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ actualText: '①33名 ②60件', officialRating: 'achieved', reason: '' });

    const { items } = await (await api.get(`${YEAR}/errata`)).json();
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ fiscalYear: 2024, measureNo: '21-2', reason: '集計漏れの訂正', source: 'portal' });
    expect(items[0].changes).toEqual(
      expect.arrayContaining([
        { field: 'actualText', before: '①２名 ②57件', after: '①33名 ②60件' },
        { field: 'confirmedRating', before: 'not_achieved', after: 'achieved' },
        expect.objectContaining({ field: 'reason', after: '' }),
      ]),
    );
    const audit = (await listAudit(keys.measureEntity('140007', 'kanagawa-dx', '21-2'), 100)).items.filter((a) => a.action === 'result.update');
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ reason: '集計漏れの訂正', actor: { userId: 'pref-staff' }, after: { actualText: '①33名 ②60件' } });
    expect((await (await api.get('/api/plans/kanagawa-dx')).json()).plan.publications['2024'].errataCount).toBe(1);
  });

  it('keeps the published version downloadable with the old figures; the current annex and open data show the corrected ones', async () => {
    const published = await api.get(`${YEAR}/report/annex.csv?version=published`);
    expect(published.status).toBe(200);
    expect(published.headers.get('content-disposition')).toContain('published');
    const line212 = (csv: string) => csv.split('\n').find((l) => l.includes(',21-2,'))!;
    // 目標 then 実績, then the rating.
    expect(line212(await text(published))).toContain('①33名 ②60件,①２名 ②57件,△');
    expect(line212(await text(await api.get(`${YEAR}/report/annex.csv`)))).toContain('①33名 ②60件,①33名 ②60件,◎');
    const open = await text(await api.get('/api/open-data/plan-results.csv?planId=kanagawa-dx&fiscalYear=2024'));
    expect(open).toContain('①33名 ②60件');
  });

  it('lists errata a page at a time, oldest first', async () => {
    const before = await row('21-2');
    expect((await api.put(`${YEAR}/measures/21-2`, edit212(before.version, [34, 60], { erratumReason: '再訂正' }), 'pref-staff')).status).toBe(200);
    const first = await (await api.get(`${YEAR}/errata?limit=1`)).json();
    expect(first.items.map((e: { reason: string }) => e.reason)).toEqual(['集計漏れの訂正']);
    const second = await (await api.get(`${YEAR}/errata?limit=1&cursor=${encodeURIComponent(first.nextCursor)}`)).json();
    expect(second.items.map((e: { reason: string }) => e.reason)).toEqual(['再訂正']);
    expect(second.items[0].changes).toContainEqual({ field: 'actualText', before: '①33名 ②60件', after: '①34名 ②60件' });
  });

  it('an edit that changes nothing a reader sees records no erratum', async () => {
    const before = await row('21-2');
    const same = edit212(before.version, [34, 60], { erratumReason: '確認のみ' });
    expect((await api.put(`${YEAR}/measures/21-2`, same, 'pref-staff')).status).toBe(200);
    expect((await (await api.get(`${YEAR}/errata`)).json()).items).toHaveLength(2);
  });

  it('has no published version of a year not published', async () => {
    expect((await api.get('/api/plans/kanagawa-dx/years/2023/report/annex.csv?version=published', 'pref-admin')).status).toBe(404);
  });
});
