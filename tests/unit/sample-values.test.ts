import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { organisationSchema } from '../../shared/org/organisation';
import { buildComparison } from '../../shared/shared-measures/comparison';
import { sharedMeasureSchema } from '../../shared/shared-measures/definition';
import { publishedValue } from '../../shared/shared-measures/review';
import { sampleValues } from '../../scripts/sample-values';

/**
 * The sample data must look like data (issue 16): each municipality its own level and course, some levelling off,
 * a few declining, some gaps; and where the seed reports give real figures, the sample agrees with them.
 */
const organisations = (parse(readFileSync('data/kanagawa-dx/kanagawa-municipalities.csv', 'utf8'), { columns: true, bom: true }) as Record<string, string>[]).map((r) =>
  organisationSchema.parse({ code: r.code, name: r.name, nameKana: r.name_kana, nameEn: r.name_en, kind: r.kind, district: r.district || undefined }),
);
const municipalities = organisations.filter((o) => o.kind !== 'prefecture');
const catalogue = (JSON.parse(readFileSync('data/shared-measures/catalogue.json', 'utf8')) as { measures: unknown[] }).measures.map((m) => sharedMeasureSchema.parse(m));
const records = sampleValues(catalogue, organisations);
const card = records.filter((r) => r.measureId === 'mynumber-card-rate');
const cardAt = (code: string, period: string) => card.find((r) => r.orgCode === code && r.period === period)?.value as number;

describe('the sample My Number Card rates', () => {
  it('agree with the seed report for August 2024 as the headline computes it: Kanagawa 74.4%, national 74.8%', () => {
    const measure = catalogue.find((m) => m.id === 'mynumber-card-rate')!;
    // As functions/features/dashboard/headlines.ts does: confirmed values only, the national one apart.
    const values = card.filter((r) => r.period === '2024-08').flatMap((r) => publishedValue(r) ?? []);
    const national = values.find((v) => v.orgCode === 'national')?.value;
    const { stats } = buildComparison({ measure, municipalities, current: values.filter((v) => v.orgCode !== 'national'), previous: [], national });
    expect(stats).toMatchObject({ reported: 33, total: 33, average: 74.4, national: 74.8 });
  });

  it('give each municipality its own line: different levels and slopes, some levelling off and a few declining after August 2024', () => {
    const rise = (code: string, from: string, to: string) => Math.round((cardAt(code, to) - cardAt(code, from)) * 10) / 10;
    const drive = municipalities.map((o) => rise(o.code, '2023-08', '2024-08'));
    const later = municipalities.map((o) => rise(o.code, '2025-10', '2026-10'));
    expect(new Set(drive).size).toBeGreaterThan(20);
    expect(new Set(later).size).toBeGreaterThan(10);
    expect(new Set(municipalities.map((o) => cardAt(o.code, '2024-08'))).size).toBeGreaterThan(20);
    expect(later.filter((d) => d < 0).length).toBeGreaterThanOrEqual(2);
    expect(later.filter((d) => d >= 0 && d < 0.5).length).toBeGreaterThanOrEqual(3);
    expect(later.filter((d) => d >= 1).length).toBeGreaterThan(15);
  });
});

describe('the other sample measures', () => {
  it('grow at different paces, some declining, with a few small municipalities missing from the first years', () => {
    const of = (measureId: string, period: string) => new Map(records.filter((r) => r.measureId === measureId && r.period === period).map((r) => [r.orgCode, r.value as number]));
    const fy2022 = of('online-procedures', 'FY2022');
    const fy2024 = of('online-procedures', 'FY2024');
    const ratios = [...fy2024].filter(([code]) => fy2022.has(code)).map(([code, v]) => Math.round((v / fy2022.get(code)!) * 100));
    expect(new Set(ratios).size).toBeGreaterThan(15);
    expect(ratios.some((r) => r < 100)).toBe(true);
    const gaps = ['open-data-datasets', 'online-procedures', 'online-usage-rate', 'rpa-processes', 'ai-ocr-forms'].flatMap((id) => municipalities.filter((o) => !of(id, 'FY2022').has(o.code)));
    expect(gaps.length).toBeGreaterThan(0);
    expect(gaps.every((o) => o.kind === 'town' || o.kind === 'village')).toBe(true);
  });

  it('are all marked as sample, except the pilot municipalities of the seed report', () => {
    expect(records.filter((r) => !r.sample).every((r) => r.measureId === 'external-digital-talent')).toBe(true);
    expect(records.filter((r) => r.sample).every((r) => r.note?.includes('サンプル'))).toBe(true);
  });
});
