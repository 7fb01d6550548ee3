import { beforeAll, describe, expect, it } from 'vitest';
import { apiClient } from '../support/api-client';
import { useTestTable } from '../support/test-table';

const api = apiClient();
const valuePath = (measure: string, period: string, org: string) => `/api/shared-measures/${measure}/periods/${period}/values/${org}`;
const comparisonPath = (measure: string, period: string) => `/api/shared-measures/${measure}/periods/${period}/comparison`;
const YOKOHAMA = '141003';
const KAWASAKI = '141305';

async function comparison(measure: string, period: string, as = 'pref-staff') {
  const res = await api.get(comparisonPath(measure, period), as);
  expect(res.status).toBe(200);
  return res.json();
}
const rowOf = (c: { rows: { orgCode: string }[] }, org: string) => c.rows.find((r) => r.orgCode === org) as Record<string, unknown>;

beforeAll(async () => {
  await useTestTable({ sharedMeasures: true });
});

describe('the shared-measure catalogue', () => {
  it('holds the seeded measures, each with names, unit, type, period, definition and who reports it', async () => {
    const { items } = await (await api.get('/api/shared-measures', 'council')).json();
    const ids = items.map((m: { id: string }) => m.id);
    expect(ids).toEqual(expect.arrayContaining(['open-data-adopted', 'open-data-datasets', 'mynumber-card-rate', 'mynumber-support-visits', 'online-procedures', 'online-usage-rate', 'system-standardisation', 'rpa-processes', 'ai-ocr-forms', 'generative-ai', 'security-cloud', 'e-bidding', 'telework', 'cio-appointed', 'external-digital-talent']));
    const standardisation = items.find((m: { id: string }) => m.id === 'system-standardisation');
    expect(standardisation.items).toHaveLength(20);
    expect(items.find((m: { id: string }) => m.id === 'mynumber-card-rate')).toMatchObject({ reportedBy: 'prefecture', period: 'month', valueType: 'percent', hasNationalReference: true });
  });
});

describe('comparing the 33 municipalities', () => {
  it('ranks every municipality, with change, average, median and the national figure, all marked as sample', async () => {
    const c = await comparison('mynumber-card-rate', '2024-08', 'council');
    expect(c.rows).toHaveLength(33);
    expect(c.previousPeriod).toBe('2024-07');
    expect(c.stats).toMatchObject({ reported: 33, total: 33, national: 74.8 });
    expect(c.stats.average).toBeGreaterThan(72);
    expect(c.stats.average).toBeLessThan(77);
    const ranks = c.rows.map((r: { rank: number }) => r.rank).sort((a: number, b: number) => a - b);
    expect(ranks[0]).toBe(1);
    const best = c.rows.find((r: { rank: number }) => r.rank === 1);
    expect(Math.max(...c.rows.map((r: { numeric: number }) => r.numeric))).toBe(best.numeric);
    expect(c.rows.every((r: { sample: boolean; change: number }) => r.sample && typeof r.change === 'number')).toBe(true);
  });

  it('uses the facts of the seed reports as they are: 74.8% national and 74.4% Kanagawa in August 2024, the five pilot municipalities', async () => {
    const card = await comparison('mynumber-card-rate', '2024-08');
    expect(card.stats.national).toBe(74.8);
    expect(card.stats.average).toBeCloseTo(74.4, 1);
    const talent = await comparison('external-digital-talent', 'FY2024');
    const pilots = talent.rows.filter((r: { value: boolean }) => r.value === true).map((r: { name: string }) => r.name).sort();
    expect(pilots).toEqual(['厚木市', '大井町', '寒川町', '愛川町', '海老名市'].sort());
    expect(talent.rows.every((r: { sample: boolean }) => !r.sample)).toBe(true);
  });

  it('rates system standardisation by the share of applicable systems migrated', async () => {
    const c = await comparison('system-standardisation', '2024-09');
    const row = rowOf(c, YOKOHAMA) as { value: Record<string, string>; numeric: number };
    const statuses = Object.values(row.value);
    const applicable = statuses.filter((s) => s !== 'not_applicable');
    expect(statuses).toHaveLength(20);
    expect(row.numeric).toBeCloseTo((applicable.filter((s) => s === 'migrated').length / applicable.length) * 100, 1);
  });

  it('gives the prefecture’s 168 / 55 / 81 support visits across 18 / 15 / 9 municipalities, as reported', async () => {
    for (const [fy, visits, municipalities] of [['FY2022', 168, 18], ['FY2023', 55, 15], ['FY2024', 81, 9]] as const) {
      const c = await comparison('mynumber-support-visits', fy);
      const numbers = c.rows.map((r: { numeric: number }) => r.numeric);
      expect(numbers.reduce((s: number, n: number) => s + n, 0)).toBe(visits);
      expect(numbers.filter((n: number) => n > 0)).toHaveLength(municipalities);
    }
  });
});

describe('municipal staff report their own values', () => {
  it('a municipality reports a value; the comparison shows it as reported, not sample, and its history records it', async () => {
    const before = rowOf(await comparison('open-data-datasets', 'FY2024'), YOKOHAMA);
    const current = await (await api.get(`/api/organisations/${YOKOHAMA}/shared-values?limit=100`, 'muni-141003')).json();
    const stored = current.items.find((v: { measureId: string; period: string }) => v.measureId === 'open-data-datasets' && v.period === 'FY2024');
    const res = await api.put(valuePath('open-data-datasets', 'FY2024', YOKOHAMA), { version: stored.version, value: 812, note: '年度末集計', source: '横浜市オープンデータポータル' }, 'muni-141003');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ value: 812, sample: false, enteredByPrefecture: false, updatedBy: 'muni-141003' });

    const after = rowOf(await comparison('open-data-datasets', 'FY2024'), YOKOHAMA);
    expect(after).toMatchObject({ numeric: 812, sample: false });
    expect(after.numeric).not.toBe(before.numeric);
    const history = await (await api.get(`${valuePath('open-data-datasets', 'FY2024', YOKOHAMA)}/history`, 'pref-staff')).json();
    expect(history.items[0]).toMatchObject({ action: 'value.update', actor: { userId: 'muni-141003' }, before: { value: before.numeric }, after: { value: 812 } });
  });

  it('writing another municipality’s value is 403 and changes nothing', async () => {
    const before = rowOf(await comparison('open-data-datasets', 'FY2024'), KAWASAKI);
    const res = await api.put(valuePath('open-data-datasets', 'FY2024', KAWASAKI), { version: 1, value: 1 }, 'muni-141003');
    expect(res.status).toBe(403);
    expect((await res.json()).error.message.ja).toContain('自団体');
    expect(rowOf(await comparison('open-data-datasets', 'FY2024'), KAWASAKI)).toEqual(before);
  });

  it('a measure the prefecture enters from national statistics is not writable by municipalities', async () => {
    const res = await api.put(valuePath('mynumber-card-rate', '2024-08', YOKOHAMA), { version: 1, value: 80 }, 'muni-141003');
    expect(res.status).toBe(403);
  });

  it('prefecture staff may enter any municipality’s value, marked as entered by the prefecture', async () => {
    const row = rowOf(await comparison('rpa-processes', 'FY2024'), KAWASAKI);
    const history = await (await api.get(`${valuePath('rpa-processes', 'FY2024', KAWASAKI)}/history`, 'pref-staff')).json();
    expect(history.items).toHaveLength(0);
    const res = await api.put(valuePath('rpa-processes', 'FY2024', KAWASAKI), { version: 1, value: (row.numeric as number) + 3 }, 'pref-staff');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ enteredByPrefecture: true, sample: false });
    expect(rowOf(await comparison('rpa-processes', 'FY2024'), KAWASAKI)).toMatchObject({ enteredByPrefecture: true });
  });

  it('a first report for a new period creates the value; a stale version gets 409 with the current value', async () => {
    const path = valuePath('open-data-datasets', 'FY2026', YOKOHAMA);
    expect((await api.put(path, { version: 0, value: 900, note: '新年度の途中集計' }, 'muni-141003')).status).toBe(200);
    const stale = await api.put(path, { version: 0, value: 901 }, 'muni-141003');
    expect(stale.status).toBe(409);
    expect((await stale.json()).error.current).toMatchObject({ value: 900, version: 1 });
  });
});

describe('bad values are refused with a message a person can act on', () => {
  it.each([
    ['a percentage over 100', valuePath('online-usage-rate', 'FY2024', YOKOHAMA), { version: 1, value: 120 }, '100%以下'],
    ['a negative count', valuePath('open-data-datasets', 'FY2024', YOKOHAMA), { version: 1, value: -3 }, '0件以上'],
    ['text for a number', valuePath('open-data-datasets', 'FY2024', YOKOHAMA), { version: 1, value: 'たくさん' }, '数値で入力'],
    ['a number for yes/no', valuePath('generative-ai', 'FY2024', YOKOHAMA), { version: 1, value: 1 }, 'はい'],
    ['an unknown system', valuePath('system-standardisation', '2024-09', YOKOHAMA), { version: 1, value: { unknown_system: 'migrated' } }, 'ない項目'],
    ['an unknown status', valuePath('system-standardisation', '2024-09', YOKOHAMA), { version: 1, value: { jumin: 'done' } }, ''],
    ['a month for a fiscal-year measure', valuePath('open-data-datasets', '2024-08', YOKOHAMA), { version: 1, value: 3 }, 'FY2024'],
    ['a month that does not exist', valuePath('mynumber-card-rate', '2024-13', YOKOHAMA), { version: 1, value: 70 }, ''],
    ['an unknown measure', valuePath('no-such-measure', 'FY2024', YOKOHAMA), { version: 1, value: 3 }, '一覧'],
    ['a missing version', valuePath('open-data-datasets', 'FY2024', YOKOHAMA), { value: 3 }, '必須'],
  ])('%s → 400', async (_name, path, body, hint) => {
    const before = rowOf(await comparison('open-data-datasets', 'FY2024'), YOKOHAMA);
    const res = await api.put(path, body, path.includes('mynumber') ? 'pref-staff' : 'muni-141003');
    expect(res.status).toBe(400);
    const { error } = await res.json();
    const text = [error.message.ja, ...(error.fields ?? []).map((f: { message: { ja: string } }) => f.message.ja)].join(' ');
    expect(text).toContain(hint);
    expect(error.message.en.length).toBeGreaterThan(5);
    expect(rowOf(await comparison('open-data-datasets', 'FY2024'), YOKOHAMA)).toEqual(before);
  });
});

describe('trends and profiles', () => {
  it('one measure over 24 months for every municipality, in one list', async () => {
    const { items } = await (await api.get('/api/shared-measures/mynumber-card-rate/trends?from=2022-10&to=2024-09', 'council')).json();
    expect(items).toHaveLength(24 * 34);
    expect(new Set(items.map((v: { period: string }) => v.period)).size).toBe(24);
  });

  it('one municipality across all measures and periods, paged', async () => {
    const first = await (await api.get('/api/organisations/141003/shared-values?limit=50', 'council')).json();
    expect(first.items).toHaveLength(50);
    expect(first.nextCursor).toBeDefined();
    expect(first.items.every((v: { orgCode: string }) => v.orgCode === YOKOHAMA)).toBe(true);
  });

  it('a municipality’s whole profile in one request, with every measure it reports', async () => {
    const whole = await (await api.get('/api/organisations/141003/shared-values?limit=1000', 'council')).json();
    expect(whole.nextCursor).toBeUndefined();
    expect(whole.items.length).toBeGreaterThan(100);
    const catalogue = (await (await api.get('/api/shared-measures', 'council')).json()).items as { id: string }[];
    const reported = new Set(whole.items.map((v: { measureId: string }) => v.measureId));
    expect(catalogue.filter((m) => reported.has(m.id)).length).toBeGreaterThanOrEqual(catalogue.length - 1);
  });
});

describe('CSV upload of a municipality’s own rows', () => {
  const upload = (csv: string, as: string) => api.post('/api/shared-values/imports', { csv }, as);
  const header = 'measure_id,period,org_code,value,note,source\n';

  it('writes every row of the municipality’s own file, with history', async () => {
    const res = await upload(`${header}ai-ocr-forms,FY2024,141003,77,,AI-OCR台帳\ngenerative-ai,FY2024,141003,はい,試行中,\n`, 'muni-141003');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ dryRun: false, written: 2, unchanged: 0 });
    expect(rowOf(await comparison('ai-ocr-forms', 'FY2024'), YOKOHAMA)).toMatchObject({ numeric: 77, sample: false });
    expect(rowOf(await comparison('generative-ai', 'FY2024'), YOKOHAMA)).toMatchObject({ value: true });
    const history = await (await api.get(`${valuePath('ai-ocr-forms', 'FY2024', YOKOHAMA)}/history`, 'muni-141003')).json();
    expect(history.items[0]).toMatchObject({ action: 'value.import', after: { value: 77, source: 'AI-OCR台帳' } });
  });

  it('a row of another municipality: 403 and nothing written, not even the own rows', async () => {
    const own = rowOf(await comparison('rpa-processes', 'FY2023'), YOKOHAMA);
    const res = await upload(`${header}rpa-processes,FY2023,141003,99,,\nrpa-processes,FY2023,141305,99,,\n`, 'muni-141003');
    expect(res.status).toBe(403);
    // Rows as a spreadsheet numbers them: the header is row 1.
    expect((await res.json()).error.message.ja).toContain('3行目');
    expect(rowOf(await comparison('rpa-processes', 'FY2023'), YOKOHAMA)).toEqual(own);
  });

  it('bad rows: 400 naming each row and column, and nothing written', async () => {
    const own = rowOf(await comparison('rpa-processes', 'FY2023'), YOKOHAMA);
    const res = await upload(`${header}rpa-processes,FY2023,141003,98,,\nonline-usage-rate,FY2023,141003,120,,\nrpa-processes,2023,141003,5,,\n`, 'muni-141003');
    expect(res.status).toBe(400);
    const { error } = await res.json();
    // Columns named by the template's Japanese headers.
    expect(error.rows.map((r: { row: number; column: string }) => `${r.row}:${r.column}`)).toEqual(['3:値', '4:期間']);
    expect(rowOf(await comparison('rpa-processes', 'FY2023'), YOKOHAMA)).toEqual(own);
  });
});

describe('the prefecture administrator manages the catalogue', () => {
  const definition = {
    id: 'cloud-first',
    category: { ja: '参加・体制', en: 'Participation' },
    name: { ja: 'クラウド・バイ・デフォルト方針の策定', en: 'Cloud-by-default policy' },
    definition: { ja: 'クラウド優先の方針を定めているか。', en: 'Whether a cloud-first policy is in place.' },
    valueType: 'boolean',
    period: 'fiscal_year',
    reportedBy: 'municipality',
  };

  it('adds a measure that municipalities can then report, and refuses to change its value type later', async () => {
    const created = await api.put('/api/shared-measures/cloud-first', { version: 0, measure: definition }, 'pref-admin');
    expect(created.status).toBe(200);
    const { items } = await (await api.get('/api/shared-measures', 'muni-141003')).json();
    expect(items.map((m: { id: string }) => m.id)).toContain('cloud-first');
    expect((await api.put(valuePath('cloud-first', 'FY2024', YOKOHAMA), { version: 0, value: true }, 'muni-141003')).status).toBe(200);

    const retyped = await api.put('/api/shared-measures/cloud-first', { version: 1, measure: { ...definition, valueType: 'number' } }, 'pref-admin');
    expect(retyped.status).toBe(400);
    const stale = await api.put('/api/shared-measures/cloud-first', { version: 0, measure: definition }, 'pref-admin');
    expect(stale.status).toBe(409);
  });

  it('is for administrators only', async () => {
    for (const user of ['pref-staff', 'muni-141003', 'council']) {
      expect((await api.put('/api/shared-measures/cloud-first', { version: 1, measure: definition }, user)).status).toBe(403);
    }
  });
});
