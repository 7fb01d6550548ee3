import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { orgName } from '../../shared/org/organisation';
import { reportingPeriodLabel } from '../../shared/fiscal-year';
import { annexRows, summaryCells, summaryTable } from '../../shared/report/inspection-report';
import { periodKindOf, periodLabel } from '../../shared/shared-measures/periods';
import { dxFiles, ictFiles, parsedOk, summaryOf } from './support/plan-files';

/** Issue 16: in English, municipalities, periods, pillars and areas have English names. */
describe('English names of the plan’s groups', () => {
  const dx = parsedOk(dxFiles());

  it('come from the plan file: every pillar and area of the DX plan has one', () => {
    expect(dx.groups).toHaveLength(24);
    expect(dx.groups.filter((g) => !g.nameEn)).toEqual([]);
    expect(dx.groups.find((g) => g.path === 'くらしのデジタル化')?.nameEn).toBe('Digital transformation of daily life');
    expect(dx.groups.find((g) => g.path === '行政のデジタル化/21')).toMatchObject({ name: '市町村連携・支援', nameEn: 'Cooperation with and support for municipalities' });
  });

  it('reach the summary, and the report’s summary table and annex in English', () => {
    const summary = summaryOf(dx, 2024);
    expect(summary.groups.map((g) => g.nameEn)).toEqual(['Digital transformation of daily life', 'Digital transformation of government']);
    expect(summary.groups[0]!.groups[0]).toMatchObject({ name: '子ども・若者', nameEn: 'Children and young people' });
    const table = summaryTable(summary, dx.plan.ratingScheme);
    expect(summaryCells(table[1]!, dx.plan.ratingScheme, 'en')[0]).toBe('Digital transformation of government');
    expect(summaryCells(table[1]!, dx.plan.ratingScheme, 'ja')[0]).toBe('行政のデジタル化');
    const row = {
      measureNo: '1-1', name: '', bureau: '', groupPath: 'くらしのデジタル化/1', abolished: false, indicators: [], targetText: '', actualText: '',
      computedRating: null, confirmedRating: null, officialRating: null, reason: '', version: 0,
      groups: [{ level: 'pillar', key: 'くらしのデジタル化', name: 'くらしのデジタル化', nameEn: 'Digital transformation of daily life' }, { level: 'area', key: '1', name: '子ども・若者', nameEn: 'Children and young people' }],
    };
    expect(annexRows([row], dx.plan.ratingScheme)[0]).toMatchObject({ area: '1 子ども・若者', areaEn: '1 Children and young people', pillarEn: 'Digital transformation of daily life' });
  });

  it('are optional: a plan file that declares none still imports, its groups named in Japanese only', () => {
    const ict = parsedOk(ictFiles());
    expect(ict.groups.length).toBeGreaterThan(0);
    expect(ict.groups.every((g) => g.nameEn === undefined)).toBe(true);
  });
});

describe('English names of municipalities and periods', () => {
  it('names the prefecture and its 33 municipalities as the official list does', () => {
    const rows = parse(readFileSync('data/kanagawa-dx/kanagawa-municipalities.csv', 'utf8'), { columns: true, bom: true }) as Record<string, string>[];
    expect(rows).toHaveLength(34);
    for (const r of rows) expect(orgName(r.code!)).toEqual({ ja: r.name, en: r.name_en });
    expect(orgName('141003').en).toBe('Yokohama City');
    expect(orgName('999999')).toEqual({ ja: '999999', en: '999999' });
  });

  it('writes periods as English readers do', () => {
    expect(periodLabel('month', '2024-09', 'en')).toBe('Sep 2024');
    expect(periodLabel('as_of', '2024-08-31', 'en')).toBe('as of 31 Aug 2024');
    expect(periodLabel('fiscal_year', 'FY2024', 'en')).toBe('FY2024');
    expect(['FY2024', '2024-08', '2024-08-31'].map(periodKindOf)).toEqual(['fiscal_year', 'month', 'as_of']);
    expect(reportingPeriodLabel({ id: '2026-Q3', label: '令和8年度 第3四半期' }, 'en')).toBe('FY2026 Q3');
    expect(reportingPeriodLabel({ id: '2026-H1', label: '令和8年度 上半期' }, 'en')).toBe('FY2026 H1');
    expect(reportingPeriodLabel({ id: '2026-FY', label: '令和8年度' }, 'en')).toBe('FY2026');
    expect(reportingPeriodLabel({ id: '2026-Q3', label: '令和8年度 第3四半期' }, 'ja')).toBe('令和8年度 第3四半期');
    expect(reportingPeriodLabel({ id: 'spring', label: '春' }, 'en')).toBe('春');
  });
});
