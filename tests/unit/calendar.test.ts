import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { currentPeriod, openedWindows, reportingNow } from '../../shared/shared-measures/calendar';
import { sharedMeasureSchema } from '../../shared/shared-measures/definition';
import { SHARED_MEASURES_CATALOGUE } from '../../scripts/seed';

/** The shipped catalogue's calendars, read at fixed instants (deadlines are whole days in Japan, UTC+9). */
const catalogue = (JSON.parse(readFileSync(SHARED_MEASURES_CATALOGUE, 'utf8')).measures as unknown[]).map((m) => sharedMeasureSchema.parse(m));
const byId = (id: string) => catalogue.find((m) => m.id === id)!;

describe('the shipped reporting calendars', () => {
  it('every measure has one; fiscal years FY2022–FY2025 open on 1 April and close on 31 May; months close on the 15th after', () => {
    for (const m of catalogue) expect(m.calendar.length, m.id).toBeGreaterThan(0);
    expect(byId('open-data-datasets').calendar.at(-1)).toEqual({ period: 'FY2025', opensOn: '2026-04-01', deadline: '2026-05-31' });
    expect(byId('mynumber-card-rate').calendar.at(-1)).toEqual({ period: '2026-10', opensOn: '2026-11-01', deadline: '2026-11-15' });
    expect(byId('mynumber-card-rate').calendar).toHaveLength(24);
  });

  it('the current period at fixed dates', () => {
    const fy = byId('open-data-datasets');
    expect(currentPeriod(fy, new Date('2026-11-28T00:00:00Z'))).toBe('FY2025');
    expect(currentPeriod(fy, new Date('2026-05-31T14:59:59Z'))).toBe('FY2024');
    expect(currentPeriod(fy, new Date('2026-05-31T15:00:00Z'))).toBe('FY2025');
    // Before any deadline has passed, the newest window that has opened.
    expect(currentPeriod(fy, new Date('2023-04-02T00:00:00Z'))).toBe('FY2022');
    expect(currentPeriod(fy, new Date('2023-03-31T00:00:00Z'))).toBeUndefined();
    const month = byId('system-standardisation');
    expect(currentPeriod(month, new Date('2026-11-28T00:00:00Z'))).toBe('2026-10');
    expect(currentPeriod(month, new Date('2026-11-10T00:00:00Z'))).toBe('2026-09');
  });

  it('what is being reported now, and what has opened', () => {
    const month = byId('system-standardisation');
    expect(reportingNow(month, new Date('2026-11-10T00:00:00Z')).map((w) => w.period)).toEqual(['2026-10']);
    expect(reportingNow(month, new Date('2026-11-28T00:00:00Z'))).toEqual([]);
    expect(openedWindows(byId('telework'), new Date('2026-11-28T00:00:00Z')).map((w) => w.period)).toEqual(['FY2022', 'FY2023', 'FY2024', 'FY2025']);
  });
});

describe('the days a period covers (the open-data catalogue’s temporal coverage)', () => {
  it('spans fiscal years April to March, months to their last day (leap years too), and as-of dates one day', async () => {
    const { periodDays } = await import('../../shared/shared-measures/periods');
    expect(periodDays('fiscal_year', 'FY2024')).toEqual({ start: '2024-04-01', end: '2025-03-31' });
    expect(periodDays('month', '2024-02')).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(periodDays('month', '2026-12')).toEqual({ start: '2026-12-01', end: '2026-12-31' });
    expect(periodDays('as_of', '2026-09-30')).toEqual({ start: '2026-09-30', end: '2026-09-30' });
  });
});
