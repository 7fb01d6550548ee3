import { beforeAll, describe, expect, it } from 'vitest';
import { apiClient } from '../support/api-client';
import { useTestTable } from '../support/test-table';

const api = apiClient();
const base = '/api/plans/kanagawa-dx/years/2024';

beforeAll(async () => {
  await useTestTable();
});

describe('FY2024 DX plan as the report prints it', () => {
  it('health answers ok once the table is reachable', async () => {
    const res = await api.get('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('summary totals and pillars equal the 点検報告書', async () => {
    const res = await api.get(`${base}/summary`, 'council');
    expect(res.status).toBe(200);
    const summary = await res.json();
    expect(summary.planId).toBe('kanagawa-dx');
    expect(summary.fiscalYear).toBe(2024);
    expect(summary.total.counts).toMatchObject({ achieved: 126, mostly_achieved: 15, not_achieved: 28, tallying: 10 });
    const pillar = (name: string) => summary.groups.find((g: { name: string }) => g.name === name);
    expect(pillar('くらしのデジタル化').counts).toMatchObject({ achieved: 71, mostly_achieved: 11, not_achieved: 23, tallying: 10 });
    expect(pillar('行政のデジタル化').counts).toMatchObject({ achieved: 55, mostly_achieved: 4, not_achieved: 5, tallying: 0 });
    expect(pillar('くらしのデジタル化').groups).toHaveLength(13);
    expect(pillar('行政のデジタル化').groups).toHaveLength(9);
  });

  it('discrepancies list 22-29 (published ○, computed △) and nothing that agrees', async () => {
    const res = await api.get(`${base}/discrepancies`, 'muni-141003');
    expect(res.status).toBe(200);
    const { items } = await res.json();
    expect(items).toContainEqual(expect.objectContaining({ measureNo: '22-29', official: 'mostly_achieved', computed: 'not_achieved' }));
    for (const item of items) expect(item.computed).not.toBe(item.official);
    expect(items).toHaveLength(1);
  });

  it('unknown plan or year is a 404 with a message in both languages', async () => {
    const res = await api.get('/api/plans/no-such-plan/years/2024/summary', 'council');
    expect(res.status).toBe(404);
    const body = await res.json();
    expect(body.error.message.ja).toMatch(/見つかりません/);
    expect(body.error.message.en).toMatch(/not found/);
    expect((await api.get('/api/plans/kanagawa-dx/years/2030/summary', 'council')).status).toBe(404);
  });
});

describe('measures list', () => {
  it('lists all 225 measures of the year in number order, paged', async () => {
    const first = await (await api.get(`${base}/measures?limit=100`, 'council')).json();
    expect(first.total).toBe(225);
    expect(first.items).toHaveLength(100);
    expect(first.items.slice(0, 3).map((m: { measureNo: string }) => m.measureNo)).toEqual(['1-1', '1-2', '1-3']);
    const second = await (await api.get(`${base}/measures?limit=100&cursor=${first.nextCursor}`, 'council')).json();
    const third = await (await api.get(`${base}/measures?limit=100&cursor=${second.nextCursor}`, 'council')).json();
    expect(third.items).toHaveLength(25);
    expect(third.nextCursor).toBeUndefined();
    const all = [...first.items, ...second.items, ...third.items].map((m) => m.measureNo);
    expect(new Set(all).size).toBe(225);
  });

  it('filters by rating, bureau, group and free text', async () => {
    const notAchieved = await (await api.get(`${base}/measures?rating=not_achieved&limit=500`, 'council')).json();
    expect(notAchieved.total).toBe(28);
    expect(notAchieved.items.every((m: { officialRating: string }) => m.officialRating === 'not_achieved')).toBe(true);
    const somu = await (await api.get(`${base}/measures?bureau=${encodeURIComponent('総務局')}&limit=500`, 'council')).json();
    expect(somu.total).toBe(39);
    const gyosei = await (await api.get(`${base}/measures?group=${encodeURIComponent('行政のデジタル化')}&limit=500`, 'council')).json();
    expect(gyosei.total).toBe(81);
    const ocr = await (await api.get(`${base}/measures?q=${encodeURIComponent('ＡＩ-ＯＣＲ')}`, 'council')).json();
    expect(ocr.items.map((m: { measureNo: string }) => m.measureNo)).toContain('14-2');
  });

  it('sorts by rating, best first, and descending by number', async () => {
    const byRating = await (await api.get(`${base}/measures?sort=rating&limit=500`, 'council')).json();
    expect(byRating.items[0].officialRating).toBe('achieved');
    const desc = await (await api.get(`${base}/measures?sort=measureNo&order=desc&limit=1`, 'council')).json();
    expect(desc.items[0].measureNo).toBe('22-36');
  });

  it('rejects a bad filter with field messages in Japanese and English', async () => {
    const res = await api.get(`${base}/measures?limit=9999&sort=colour`, 'council');
    expect(res.status).toBe(400);
    const { error } = await res.json();
    const paths = error.fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['limit', 'sort']));
    for (const f of error.fields) {
      expect(f.message.ja).toMatch(/[ぁ-んァ-ヶ一-龠]/);
      expect(f.message.en).toMatch(/[a-z]/i);
    }
  });

  it('downloads the list as CSV that Excel reads as UTF-8 (BOM)', async () => {
    const res = await api.get(`${base}/measures.csv?rating=tallying`, 'council');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/csv/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const lines = text.trimEnd().split('\r\n');
    expect(lines[0]).toContain('未達成の理由及び今後の見込み等');
    expect(lines).toHaveLength(1 + 10);
    expect(text).toContain('■ 集計中');
  });
});

describe('measure page', () => {
  it('shows indicators, figures and both ratings for a measure', async () => {
    const res = await api.get('/api/plans/kanagawa-dx/measures/9-1', 'muni-141305');
    expect(res.status).toBe(200);
    const detail = await res.json();
    expect(detail.measure.indicators).toHaveLength(3);
    expect(detail.measure.groups.map((g: { name: string }) => g.name)).toEqual(['くらしのデジタル化', expect.any(String)]);
    expect(detail.results).toHaveLength(1);
    expect(detail.results[0]).toMatchObject({ fiscalYear: 2024, confirmedRating: 'mostly_achieved', officialRating: 'mostly_achieved' });
  });
});
