import { describe, expect, it } from 'vitest';
import type { Organisation } from '../../shared/org/organisation';
import { buildComparison, median } from '../../shared/shared-measures/comparison';
import { sharedMeasureSchema } from '../../shared/shared-measures/definition';
import { isValidPeriod, periodLabel, periodsEndingAt, previousPeriod } from '../../shared/shared-measures/periods';
import { completionRate, valueSchemaFor } from '../../shared/shared-measures/values';
import { VALUE_TYPES } from '../../shared/shared-measures/value-types';

const measure = (extra: Record<string, unknown>) =>
  sharedMeasureSchema.parse({
    id: 'test-measure',
    category: { ja: 'c', en: 'c' },
    name: { ja: '指標', en: 'Measure' },
    definition: { ja: '定義', en: 'Definition' },
    valueType: 'number',
    period: 'fiscal_year',
    reportedBy: 'municipality',
    ...extra,
  });

describe('periods', () => {
  it('know their shapes, including real calendar days', () => {
    expect(isValidPeriod('month', '2024-08')).toBe(true);
    expect(isValidPeriod('month', '2024-13')).toBe(false);
    expect(isValidPeriod('fiscal_year', 'FY2024')).toBe(true);
    expect(isValidPeriod('fiscal_year', '2024')).toBe(false);
    expect(isValidPeriod('as_of', '2024-02-29')).toBe(true);
    expect(isValidPeriod('as_of', '2023-02-29')).toBe(false);
  });
  it('step back across year ends', () => {
    expect(previousPeriod('month', '2024-01')).toBe('2023-12');
    expect(previousPeriod('fiscal_year', 'FY2024')).toBe('FY2023');
    expect(periodsEndingAt('month', '2024-09', 24)[0]).toBe('2022-10');
  });
  it('read as people write them', () => {
    expect(periodLabel('month', '2024-08')).toBe('2024年8月');
    expect(periodLabel('fiscal_year', 'FY2024')).toBe('令和6年度');
    expect(periodLabel('month', '2024-08', 'en')).toBe('Aug 2024');
  });
});

describe('values', () => {
  it('a percentage is 0–100 and a count is not negative', () => {
    const percent = valueSchemaFor(measure({ valueType: 'percent', unit: '%' }));
    expect(percent.safeParse(74.4).success).toBe(true);
    expect(percent.safeParse(120).success).toBe(false);
    expect(valueSchemaFor(measure({ unit: '件' })).safeParse(-1).success).toBe(false);
  });
  it('status values name only the measure’s items and known states', () => {
    const status = valueSchemaFor(measure({ valueType: 'status', items: [{ id: 'jumin', name: { ja: '住基', en: 'R' } }] }));
    expect(status.safeParse({ jumin: 'migrated' }).success).toBe(true);
    expect(status.safeParse({ koseki: 'migrated' }).success).toBe(false);
    expect(status.safeParse({ jumin: 'done' }).success).toBe(false);
  });
  it('completion rate leaves out systems that do not apply', () => {
    expect(completionRate({ a: 'migrated', b: 'in_progress', c: 'not_applicable', d: 'migrated' })).toBe(66.7);
    expect(completionRate({ a: 'not_applicable' })).toBeUndefined();
    expect(VALUE_TYPES.boolean.comparable(true)).toBe(1);
    expect(VALUE_TYPES.status.comparable({ a: 'migrated', b: 'in_progress' })).toBe(50);
  });

  it('reads a spreadsheet cell as each kind of value, leaving what is not one as text for the schema to refuse', () => {
    expect(VALUE_TYPES.number.fromCell('1,234')).toBe(1234);
    expect(VALUE_TYPES.percent.fromCell('74.4')).toBe(74.4);
    expect(VALUE_TYPES.number.fromCell('多数')).toBe('多数');
    expect(VALUE_TYPES.boolean.fromCell('はい')).toBe(true);
    expect(VALUE_TYPES.boolean.fromCell('false')).toBe(false);
    expect(VALUE_TYPES.status.fromCell('{"jumin":"migrated"}')).toEqual({ jumin: 'migrated' });
    expect(VALUE_TYPES.status.fromCell('{broken')).toBe('{broken');
  });

  it('writes each kind of value as a person reads it, in either language', () => {
    expect(VALUE_TYPES.number.format(1234, '件', 'ja')).toBe('1,234件');
    expect(VALUE_TYPES.percent.format(74.4, '%', 'en')).toBe('74.4%');
    expect(VALUE_TYPES.boolean.format(true, '', 'ja')).toBe('はい（取組済）');
    expect(VALUE_TYPES.boolean.format(false, '', 'en')).toBe('no');
    expect(VALUE_TYPES.status.format({ a: 'migrated', b: 'in_progress', c: 'not_applicable' }, '', 'ja')).toBe('移行完了 1/2（50%）');
    expect(VALUE_TYPES.status.format({ a: 'migrated' }, '', 'en')).toBe('migrated 1/1 (100%)');
  });
});

describe('comparison', () => {
  const org = (code: string, name: string): Organisation => ({ code, name, nameKana: '', nameEn: '', kind: 'city' });
  const orgs = [org('1', 'A'), org('2', 'B'), org('3', 'C'), org('4', 'D')];
  const v = (orgCode: string, value: number) => ({ orgCode, value, sample: false, enteredByPrefecture: false, updatedAt: '' });

  it('ranks by direction with shared ranks for ties, and computes change, average and median', () => {
    const { rows, stats } = buildComparison({
      measure: measure({ direction: 'higher' }),
      municipalities: orgs,
      current: [v('1', 10), v('2', 30), v('3', 30)],
      previous: [v('1', 5), v('2', 40)],
      national: 25,
    });
    expect(rows.map((r) => [r.orgCode, r.rank, r.change])).toEqual([['1', 3, 5], ['2', 1, -10], ['3', 1, undefined], ['4', undefined, undefined]]);
    expect(stats).toEqual({ reported: 3, total: 4, average: 23.33, median: 30, national: 25 });
  });
  it('lower is better ranks the smallest first', () => {
    const { rows } = buildComparison({ measure: measure({ direction: 'lower' }), municipalities: orgs, current: [v('1', 10), v('2', 3)], previous: [] });
    expect(rows.find((r) => r.orgCode === '2')!.rank).toBe(1);
  });
  it('yes/no answers are counted, not ranked or averaged', () => {
    const b = (orgCode: string, value: boolean) => ({ orgCode, value, sample: false, enteredByPrefecture: false, updatedAt: '' });
    const { rows, stats } = buildComparison({ measure: measure({ valueType: 'boolean' }), municipalities: orgs, current: [b('1', true), b('2', false), b('3', true)], previous: [] });
    expect(rows.every((r) => r.rank === undefined)).toBe(true);
    expect(stats).toEqual({ reported: 3, total: 4, yes: 2 });
  });
  it('statuses are counted per status over the reporting municipalities, not ranked', () => {
    const st = (orgCode: string, value: Record<string, 'migrated' | 'in_progress' | 'not_applicable'>) => ({ orgCode, value, sample: false, enteredByPrefecture: false, updatedAt: '' });
    const { rows, stats } = buildComparison({
      measure: measure({ valueType: 'status', items: [{ id: 'a', name: { ja: 'A', en: 'A' } }, { id: 'b', name: { ja: 'B', en: 'B' } }] }),
      municipalities: orgs,
      current: [st('1', { a: 'migrated', b: 'in_progress' }), st('2', { a: 'not_applicable', b: 'not_applicable' })],
      previous: [],
    });
    expect(rows.every((r) => r.rank === undefined)).toBe(true);
    expect(rows.find((r) => r.orgCode === '1')!.numeric).toBe(50);
    expect(stats).toEqual({ reported: 2, total: 4, statusCounts: { not_started: 0, in_progress: 1, migrated: 1, not_applicable: 2 } });
  });
  it('marks a value shown before its review, and only then', () => {
    const { rows } = buildComparison({
      measure: measure({}),
      municipalities: orgs,
      current: [{ ...v('1', 1), review: 'submitted' as const }, { ...v('2', 2), review: 'confirmed' as const }],
      previous: [],
    });
    expect(rows.map((r) => r.review)).toEqual(['submitted', undefined, undefined, undefined]);
  });
  it('median of an even count is the mean of the middle two', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeUndefined();
  });
});
