import { beforeAll, describe, expect, it } from 'vitest';
import { apiClient } from '../support/api-client';
import { useTestTable } from '../support/test-table';

const api = apiClient();
const editPath = (no: string) => `/api/plans/kanagawa-dx/years/2024/measures/${no}`;
const historyPath = (no: string) => `/api/plans/kanagawa-dx/measures/${no}/history`;

async function currentRow(no: string) {
  const list = await (await api.get(`/api/plans/kanagawa-dx/years/2024/measures?q=${encodeURIComponent(no)}&limit=500`, 'pref-admin')).json();
  return list.items.find((m: { measureNo: string }) => m.measureNo === no);
}

/** 14-7 RPAの導入拡大 (総務局): target 100件, actual 82件 → ○ 概ね達成. */
function rpaUpdate(version: number, actual: string, value: number | undefined, extra: Record<string, unknown> = {}) {
  return {
    version,
    values: [{ subNo: 1, target: { text: '100件', value: 100 }, actual: { text: actual, value } }],
    reason: '',
    confirmedRating: null,
    ...extra,
  };
}

beforeAll(async () => {
  await useTestTable();
});

describe('editing a measure’s figures', () => {
  it('recomputes the rating at once and records who changed what', async () => {
    const before = await currentRow('14-7');
    expect(before.officialRating).toBe('mostly_achieved');
    const res = await api.put(editPath('14-7'), rpaUpdate(before.version, '105件', 105), 'pref-staff');
    expect(res.status).toBe(200);
    const saved = await res.json();
    expect(saved).toMatchObject({ computedRating: 'achieved', officialRating: 'achieved', version: before.version + 1 });

    const history = await (await api.get(historyPath('14-7'), 'pref-admin')).json();
    expect(history.items[0]).toMatchObject({ action: 'result.update', actor: { userId: 'pref-staff', role: 'prefecture_staff' }, fiscalYear: 2024 });
    expect(history.items[0].before.values[0].actual.text).toBe('82件');
    expect(history.items[0].after.values[0].actual.text).toBe('105件');
  });

  it('lets staff edit only their own bureau’s measures, and changes nothing otherwise', async () => {
    const before = await currentRow('1-3');
    const res = await api.put(editPath('1-3'), { ...rpaUpdate(before.version, '9,999人', 9999), values: [] }, 'pref-staff');
    expect(res.status).toBe(403);
    expect((await res.json()).error.message.ja).toContain('福祉子どもみらい局');
    expect(await currentRow('1-3')).toEqual(before);
  });

  it('needs a reason to confirm a rating other than the computed one', async () => {
    const row = await currentRow('14-7');
    const missing = await api.put(editPath('14-7'), rpaUpdate(row.version, '105件', 105, { confirmedRating: 'mostly_achieved' }), 'pref-admin');
    expect(missing.status).toBe(400);
    const { error } = await missing.json();
    expect(error.fields).toContainEqual(expect.objectContaining({ path: 'confirmReason' }));
    expect(error.fields[0].message.ja.length).toBeGreaterThan(5);
    expect(error.fields[0].message.en.length).toBeGreaterThan(5);

    const ok = await api.put(
      editPath('14-7'),
      rpaUpdate(row.version, '105件', 105, { confirmedRating: 'mostly_achieved', confirmReason: '年度末の集計値を精査中のため' }),
      'pref-admin',
    );
    expect(ok.status).toBe(200);
    const discrepancies = await (await api.get('/api/plans/kanagawa-dx/years/2024/discrepancies', 'council')).json();
    expect(discrepancies.items).toContainEqual(
      expect.objectContaining({ measureNo: '14-7', computed: 'achieved', official: 'mostly_achieved', reason: '年度末の集計値を精査中のため' }),
    );
  });

  it('two people saving the same version: one wins, the other gets 409 with the current row', async () => {
    const row = await currentRow('14-4');
    const update = (text: string, value: number) => ({
      version: row.version,
      values: [{ subNo: 1, target: { text: '99.5%', value: 99.5 }, actual: { text, value } }],
      reason: '',
      confirmedRating: null,
    });
    const auditBefore = (await (await api.get(historyPath('14-4'), 'pref-admin')).json()).items.length;
    const results = await Promise.all([
      api.put(editPath('14-4'), update('99.0%', 99), 'pref-staff'),
      api.put(editPath('14-4'), update('98.0%', 98), 'pref-admin'),
      api.put(editPath('14-4'), update('97.0%', 97), 'pref-admin'),
    ]);
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 409, 409]);
    const conflict = await results.find((r) => r.status === 409)!.json();
    expect(conflict.error.code).toBe('version_conflict');
    expect(conflict.error.current.version).toBe(row.version + 1);
    const auditAfter = (await (await api.get(historyPath('14-4'), 'pref-admin')).json()).items.length;
    expect(auditAfter).toBe(auditBefore + 1);
  });

  it('answers bad input with 400 and field messages, never 500', async () => {
    const row = await currentRow('14-2');
    const cases: unknown[] = [
      { version: 'one', values: 'x', reason: 5, confirmedRating: null },
      { values: [], reason: '', confirmedRating: null },
      { ...rpaUpdate(row.version, '1', 1), values: [{ subNo: 9, target: { text: '' }, actual: { text: '' } }] },
      { ...rpaUpdate(row.version, '1', 1), confirmedRating: 'excellent', confirmReason: 'x' },
      { ...rpaUpdate(row.version, 'x'.repeat(10_000), 1) },
    ];
    for (const body of cases) {
      const res = await api.put(editPath('14-2'), body, 'pref-admin');
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      const { error } = await res.json();
      expect(error.fields.length).toBeGreaterThan(0);
    }
    const malformed = await api.call('PUT', editPath('14-2'), {
      as: 'pref-admin',
      headers: { 'content-type': 'application/json' },
    });
    expect(malformed.status).toBe(400);
    expect(await currentRow('14-2')).toEqual(row);
  });
});
