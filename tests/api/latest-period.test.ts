import { beforeAll, describe, expect, it } from 'vitest';
import { currentFiscalYear } from '../../shared/fiscal-year';
import { apiClient } from '../support/api-client';
import { tableState } from '../support/table-state';
import { useTestTable } from '../support/test-table';

const api = apiClient();
const MEASURE = 'open-data-adopted';
const YOKOHAMA = '141003';
/** This fiscal year in Japan, read from the clock as the server reads it. */
const THIS_YEAR = `FY${currentFiscalYear()}`;
const NEXT_YEAR = `FY${currentFiscalYear() + 1}`;

const valuePath = (period: string, org: string, measure = MEASURE) => `/api/shared-measures/${measure}/periods/${period}/values/${org}`;
const latestOf = async (measure = MEASURE) =>
  ((await (await api.get('/api/shared-measures', 'pref-staff')).json()).items as { id: string; latestPeriod?: string }[]).find((m) => m.id === measure)!.latestPeriod;
const headlineOpenData = async (as: string) => (await (await api.get('/api/dashboard/headlines', as)).json()).openData;

beforeAll(async () => {
  await useTestTable({ sharedMeasures: true, jointProjects: true });
});

describe('one municipality cannot move a prefecture-wide view', () => {
  it('a value for a period that has not begun is refused with 400 in both languages, and nothing is written', async () => {
    const before = await tableState();
    const headline = await headlineOpenData('council');
    for (const period of ['FY2100', NEXT_YEAR]) {
      const res = await api.put(valuePath(period, YOKOHAMA), { version: 0, value: true }, `muni-${YOKOHAMA}`);
      expect(res.status).toBe(400);
      const body = await res.json();
      expect(body.error.message.ja).toMatch(/まだ来ていない期間/);
      expect(body.error.message.en).toMatch(/has not begun/);
      expect(body.error.fields[0].path).toBe('period');
    }
    // Prefecture staff cannot either: no one enters next year's figures.
    expect((await api.put(valuePath(NEXT_YEAR, YOKOHAMA), { version: 0, value: true }, 'pref-staff')).status).toBe(400);
    expect(await tableState()).toEqual(before);
    expect(await headlineOpenData('council')).toEqual(headline);
  });

  it('a municipality reporting a new period first does not move the latest period; the prefecture’s entry does', async () => {
    const latest = await latestOf();
    expect(latest).toBe('FY2024');
    const res = await api.put(valuePath(THIS_YEAR, YOKOHAMA), { version: 0, value: true }, `muni-${YOKOHAMA}`);
    expect(res.status).toBe(200);
    expect(await latestOf()).toBe('FY2024');
    const comparison = await (await api.get(`/api/shared-measures/${MEASURE}/periods/FY2024/comparison`, 'muni-142034')).json();
    expect(comparison.stats.reported).toBeGreaterThan(0);

    expect((await api.put(valuePath(THIS_YEAR, '142034'), { version: 0, value: false }, 'pref-staff')).status).toBe(200);
    expect(await latestOf()).toBe(THIS_YEAR);
  });

  it('once half the municipalities have reported a period, it becomes the latest without anyone’s say-so', async () => {
    const measure = 'telework';
    const municipalities = ((await (await api.get('/api/organisations?limit=100', 'pref-staff')).json()).items as { code: string; kind: string }[])
      .filter((o) => o.kind !== 'prefecture')
      .map((o) => o.code);
    const half = Math.ceil(municipalities.length / 2);
    for (const [i, org] of municipalities.slice(0, half).entries()) {
      expect(await latestOf(measure), `after ${i} reports`).toBe('FY2024');
      expect((await api.put(valuePath(THIS_YEAR, org, measure), { version: 0, value: true }, `muni-${org}`)).status).toBe(200);
    }
    expect(await latestOf(measure)).toBe(THIS_YEAR);
  });
});

describe('an administrator corrects a wrong value', () => {
  it('removes it with a reason, recorded in its history; the latest period falls back when its last value goes', async () => {
    const measure = 'cio-appointed';
    const path = valuePath(THIS_YEAR, YOKOHAMA, measure);
    const saved = await (await api.put(path, { version: 0, value: true }, 'pref-admin')).json();
    expect(await latestOf(measure)).toBe(THIS_YEAR);

    for (const who of [`muni-${YOKOHAMA}`, 'pref-staff', 'council']) {
      expect((await api.call('DELETE', path, { as: who, body: { version: saved.version, reason: '誤入力' } })).status).toBe(403);
    }
    const noReason = await api.call('DELETE', path, { as: 'pref-admin', body: { version: saved.version, reason: ' ' } });
    expect(noReason.status).toBe(400);
    expect((await api.call('DELETE', path, { as: 'pref-admin', body: { version: saved.version + 5, reason: '誤入力' } })).status).toBe(409);

    const removed = await api.call('DELETE', path, { as: 'pref-admin', body: { version: saved.version, reason: '年度の誤入力' } });
    expect(removed.status).toBe(200);
    expect(await latestOf(measure)).toBe('FY2024');
    const history = await (await api.get(`${path}/history`, 'pref-staff')).json();
    expect(history.items[0]).toMatchObject({ action: 'value.delete', reason: '年度の誤入力', actor: { userId: 'pref-admin' }, before: { value: true } });
    const comparison = await (await api.get(`/api/shared-measures/${measure}/periods/${THIS_YEAR}/comparison`, 'pref-staff')).json();
    expect(comparison.stats.reported).toBe(0);
  });

  it('sets the latest period in the catalogue, but never to a period that has not begun', async () => {
    const measure = 'e-bidding';
    const current = ((await (await api.get('/api/shared-measures', 'pref-admin')).json()).items as Record<string, unknown>[]).find((m) => m.id === measure)!;
    const { version, ...definition } = current as { version: number } & Record<string, unknown>;
    const future = await api.put(`/api/shared-measures/${measure}`, { version, measure: { ...definition, latestPeriod: 'FY2100' } }, 'pref-admin');
    expect(future.status).toBe(400);
    const back = await api.put(`/api/shared-measures/${measure}`, { version, measure: { ...definition, latestPeriod: 'FY2023' } }, 'pref-admin');
    expect(back.status).toBe(200);
    expect(await latestOf(measure)).toBe('FY2023');
    const { latestPeriod: _kept, ...withoutLatest } = definition;
    expect((await api.put(`/api/shared-measures/${measure}`, { version: version + 1, measure: withoutLatest }, 'pref-admin')).status).toBe(200);
    expect(await latestOf(measure)).toBe('FY2023');
  });
});
