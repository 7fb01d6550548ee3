import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { apiClient } from '../support/api-client';
import { tableState } from '../support/table-state';
import { useTestTable } from '../support/test-table';

/**
 * The period every page opens on comes from each measure's reporting calendar (issue 15), never from the newest
 * value anyone wrote: the newest window whose deadline has passed (a deadline is a whole day in Japan).
 */
const app = apiClient().app;
let api = apiClient(app);
const YOKOHAMA = '141003';
const valuePath = (measure: string, period: string, org: string) => `/api/shared-measures/${measure}/periods/${period}/values/${org}`;
const catalogue = async () => (await (await api.get('/api/shared-measures', 'pref-admin')).json()).items as ({ id: string; currentPeriod?: string; version: number } & Record<string, unknown>)[];
const currentOf = async (measure: string) => (await catalogue()).find((m) => m.id === measure)!.currentPeriod;
const headlines = async (as = 'council') => (await (await api.get('/api/dashboard/headlines', as)).json());

/** Only Date: timers stay real for the SDK's calls to DynamoDB Local. */
function at(instant: string) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(instant));
  // Tokens are signed at the time set, and expire an hour on: each moment signs in afresh.
  api = apiClient(app);
}

beforeAll(async () => {
  await useTestTable({ sharedMeasures: true, jointProjects: true });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the current period at fixed dates', () => {
  it('a fiscal year becomes current the day after its 31 May deadline, in Japan', async () => {
    at('2026-05-31T14:59:59Z'); // 23:59:59 on 31 May in Japan: FY2025's deadline day has not ended
    expect(await currentOf('open-data-datasets')).toBe('FY2024');
    at('2026-05-31T15:00:00Z'); // midnight, 1 June in Japan
    expect(await currentOf('open-data-datasets')).toBe('FY2025');
    expect((await headlines()).openData).toMatchObject({ period: 'FY2025', periodLabel: '令和7年度' });
  });

  it('a month becomes current after the 15th of the month that follows it', async () => {
    at('2026-11-15T14:59:59Z');
    expect(await currentOf('mynumber-card-rate')).toBe('2026-09');
    expect(await currentOf('system-standardisation')).toBe('2026-09');
    at('2026-11-15T15:00:00Z');
    expect(await currentOf('mynumber-card-rate')).toBe('2026-10');
    expect((await headlines()).myNumberCard).toMatchObject({ period: '2026-10', periodLabel: '2026年10月', total: 33 });
  });

  it('before any window has opened there is no current period', async () => {
    at('2022-01-10T00:00:00Z');
    expect(await currentOf('open-data-datasets')).toBeUndefined();
    expect((await headlines()).openData).toBeNull();
  });
});

describe('nobody’s write moves the current period', () => {
  it('a value for a period that has not begun is refused with 400 in both languages, and nothing is written', async () => {
    at('2026-11-28T03:00:00Z');
    const before = await tableState();
    for (const period of ['FY2100', 'FY2027']) {
      const res = await api.put(valuePath('open-data-adopted', period, YOKOHAMA), { version: 0, value: true }, `muni-${YOKOHAMA}`);
      expect(res.status).toBe(400);
      const body = await res.json();
      expect(body.error.message.ja).toMatch(/まだ来ていない期間/);
      expect(body.error.message.en).toMatch(/has not begun/);
      expect(body.error.fields[0].path).toBe('period');
    }
    expect((await api.put(valuePath('open-data-adopted', 'FY2027', YOKOHAMA), { version: 0, value: true }, 'pref-staff')).status).toBe(400);
    expect(await tableState()).toEqual(before);
  });

  it('values of a newer period, by a municipality or the prefecture, leave the current period where the calendar puts it', async () => {
    at('2026-11-28T03:00:00Z');
    expect(await currentOf('open-data-adopted')).toBe('FY2025');
    expect((await api.put(valuePath('open-data-adopted', 'FY2026', YOKOHAMA), { version: 0, value: true }, `muni-${YOKOHAMA}`)).status).toBe(200);
    expect((await api.put(valuePath('open-data-adopted', 'FY2026', '142034'), { version: 0, value: false }, 'pref-staff')).status).toBe(200);
    expect(await currentOf('open-data-adopted')).toBe('FY2025');
    expect((await headlines()).openData.period).toBe('FY2025');
  });

  it('the administrator’s calendar decides: a new window moves the current period once its deadline passes', async () => {
    at('2026-11-28T03:00:00Z');
    const measure = (await catalogue()).find((m) => m.id === 'e-bidding')!;
    const { version, currentPeriod: _computed, ...definition } = measure;
    const calendar = [...(definition.calendar as object[]), { period: 'FY2026', opensOn: '2026-10-01', deadline: '2026-11-20' }];
    const wrongKind = await api.put('/api/shared-measures/e-bidding', { version, measure: { ...definition, calendar: [...calendar, { period: '2026-10', opensOn: '2026-11-01', deadline: '2026-11-15' }] } }, 'pref-admin');
    expect(wrongKind.status).toBe(400);
    expect((await wrongKind.json()).error.fields[0].path).toBe('measure.calendar.5.period');
    const saved = await api.put('/api/shared-measures/e-bidding', { version, measure: { ...definition, calendar } }, 'pref-admin');
    expect(saved.status).toBe(200);
    expect(await saved.json()).not.toHaveProperty('currentPeriod');
    expect(await currentOf('e-bidding')).toBe('FY2026');
  });
});

describe('an administrator corrects a wrong value', () => {
  it('removes it with a reason, recorded in its history', async () => {
    at('2026-11-28T03:00:00Z');
    const measure = 'cio-appointed';
    const path = valuePath(measure, 'FY2026', YOKOHAMA);
    const saved = await (await api.put(path, { version: 0, value: true }, 'pref-admin')).json();
    for (const who of [`muni-${YOKOHAMA}`, 'pref-staff', 'council']) {
      expect((await api.call('DELETE', path, { as: who, body: { version: saved.version, reason: '誤入力' } })).status).toBe(403);
    }
    expect((await api.call('DELETE', path, { as: 'pref-admin', body: { version: saved.version, reason: ' ' } })).status).toBe(400);
    expect((await api.call('DELETE', path, { as: 'pref-admin', body: { version: saved.version + 5, reason: '誤入力' } })).status).toBe(409);
    // The fake clock stands still: the removal comes a second after the entry, as it would.
    vi.setSystemTime(Date.now() + 1000);
    const removed = await api.call('DELETE', path, { as: 'pref-admin', body: { version: saved.version, reason: '年度の誤入力' } });
    expect(removed.status).toBe(200);
    const history = await (await api.get(`${path}/history`, 'pref-staff')).json();
    expect(history.items[0]).toMatchObject({ action: 'value.delete', reason: '年度の誤入力', actor: { userId: 'pref-admin' }, before: { value: true } });
    const comparison = await (await api.get(`/api/shared-measures/${measure}/periods/FY2026/comparison`, 'pref-staff')).json();
    expect(comparison.stats.reported).toBe(0);
    expect(await currentOf(measure)).toBe('FY2025');
  });
});
