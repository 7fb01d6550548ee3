import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlanImport, type PlanImportParse } from '../../shared/plan/import';
import { buildPlanSummary, summaryRow } from '../../shared/rating/summary';

const read = (path: string) => readFileSync(path, 'utf8');
const dxFiles = {
  plan: JSON.parse(read('data/kanagawa-dx/plan.json')),
  measuresCsv: read('data/kanagawa-dx/kanagawa-dx-plan-fy2024-measures.csv'),
  indicatorsCsv: read('data/kanagawa-dx/kanagawa-dx-plan-fy2024-indicators.csv'),
  fiscalYear: 2024,
};
const ictFiles = {
  plan: JSON.parse(read('tests/fixtures/ict-plan/plan.json')),
  measuresCsv: read('tests/fixtures/ict-plan/measures.csv'),
  indicatorsCsv: read('tests/fixtures/ict-plan/indicators.csv'),
  fiscalYear: 2019,
};

function ok(result: PlanImportParse) {
  if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 5)));
  return result;
}
const summaryOf = (r: Extract<PlanImportParse, { ok: true }>, fiscalYear: number) =>
  buildPlanSummary({ planId: r.plan.id, fiscalYear, scheme: r.plan.ratingScheme, groups: r.groups, measures: r.measures, results: r.results });

describe('the FY2024 DX plan files', () => {
  const dx = ok(parsePlanImport(dxFiles));

  it('hold 225 measures in 2 pillars and 22 areas', () => {
    expect(dx.measures).toHaveLength(225);
    expect(dx.groups.filter((g) => g.level === 'pillar').map((g) => g.name)).toEqual(['くらしのデジタル化', '行政のデジタル化']);
    expect(dx.groups.filter((g) => g.level === 'area')).toHaveLength(22);
    expect(dx.measures.find((m) => m.measureNo === '2-13')!.abolished).toBe(true);
    expect(dx.measures.find((m) => m.measureNo === '9-1')!.indicators).toHaveLength(3);
  });

  it('summarise exactly as the 点検報告書: 126 / 15 / 28 / 169 (10), 74.6% / 8.9% / 83.4%', () => {
    const summary = summaryOf(dx, 2024);
    expect(summary.total.counts).toMatchObject({ achieved: 126, mostly_achieved: 15, not_achieved: 28, tallying: 10 });
    expect(summaryRow(summary.total.counts, dx.plan.ratingScheme)).toEqual({
      evaluated: 169,
      pending: 10,
      rates: { achieved: 74.6, mostly_achieved: 8.9 },
      combinedRate: 83.4,
    });
    const [kurashi, gyosei] = summary.groups;
    expect(summaryRow(kurashi!.counts, dx.plan.ratingScheme)).toMatchObject({ evaluated: 105, pending: 10, rates: { achieved: 67.6, mostly_achieved: 10.5 }, combinedRate: 78.1 });
    expect(summaryRow(gyosei!.counts, dx.plan.ratingScheme)).toMatchObject({ evaluated: 64, pending: 0, rates: { achieved: 85.9, mostly_achieved: 6.3 }, combinedRate: 92.2 });
  });

  it('the engine agrees with the published rating of every measure but 22-29', () => {
    const disagreements = dx.results.filter((r) => r.computedRating !== r.confirmedRating).map((r) => [r.measureNo, r.confirmedRating, r.computedRating]);
    expect(disagreements).toEqual([['22-29', 'mostly_achieved', 'not_achieved']]);
  });

  it('without an indicators file, reads one indicator per measure from the measures file', () => {
    const { indicatorsCsv: _skip, ...withoutIndicators } = dxFiles;
    const result = ok(parsePlanImport(withoutIndicators));
    expect(result.measures.find((m) => m.measureNo === '1-1')!.indicators[0]).toMatchObject({ kind: 'numeric' });
    expect(result.results.find((r) => r.measureNo === '1-1')!.values[0]!.target.value).toBe(50000);
    expect(summaryOf(result, 2024).total.counts).toMatchObject({ achieved: 126, mostly_achieved: 15, not_achieved: 28, tallying: 10 });
  });

  it('give the same output for the same input', () => {
    expect(parsePlanImport(dxFiles)).toEqual(parsePlanImport(dxFiles));
  });
});

describe('a second plan with its own scheme (◎ above / ○ met / △ below / ―) and three levels', () => {
  const ict = ok(parsePlanImport(ictFiles));
  const summary = summaryOf(ict, 2019);
  const group = (path: string) => {
    const find = (groups: typeof summary.groups): (typeof summary.groups)[number] | undefined =>
      groups.flatMap((g) => (g.id === path ? [g] : find(g.groups) ? [find(g.groups)!] : []))[0];
    return find(summary.groups)!;
  };

  it('builds the 柱 → 中柱 → 分野 tree', () => {
    expect(ict.groups.map((g) => g.level)).toEqual(['pillar', 'midpillar', 'field', 'field', 'midpillar', 'field', 'pillar', 'midpillar', 'field', 'midpillar', 'field']);
    expect(group('ICTで県民生活を豊かに/安全・安心/1').name).toBe('防災');
  });

  it('counts by the plan’s own levels, computing ratings left blank', () => {
    expect(summary.total.counts).toEqual({ exceeded: 4, met: 3, not_met: 3, none: 1 });
    expect(group('ICTで県民生活を豊かに').counts).toEqual({ exceeded: 2, met: 2, not_met: 1, none: 1 });
    expect(group('ICTで県民生活を豊かに/安全・安心').counts).toEqual({ exceeded: 1, met: 2, not_met: 1, none: 0 });
    expect(group('ICTで県民生活を豊かに/暮らし').counts).toEqual({ exceeded: 1, met: 0, not_met: 0, none: 1 });
    expect(group('ICTで行政を効率化').counts).toEqual({ exceeded: 2, met: 1, not_met: 2, none: 0 });
    expect(group('ICTで行政を効率化/業務改革').counts).toEqual({ exceeded: 1, met: 1, not_met: 1, none: 0 });
    expect(group('ICTで行政を効率化/基盤/5').counts).toEqual({ exceeded: 1, met: 0, not_met: 1, none: 0 });
    expect(summaryRow(summary.total.counts, ict.plan.ratingScheme)).toEqual({ evaluated: 10, pending: 0, rates: { exceeded: 40, met: 30 }, combinedRate: 70 });
  });
});

describe('invalid files', () => {
  it('report every bad row and column, and return nothing to write', () => {
    const lines = dxFiles.measuresCsv.trimEnd().split('\n');
    lines[2] = lines[2]!.replace(',◎,achieved,', ',◎,excellent,');
    lines[5] = lines[5]!.replace(/,false$/, ',yes');
    lines[9] = lines[9]!.replace(/^([^,]*,[^,]*,[^,]*,)[^,]*/, '$11-1');
    const result = parsePlanImport({ ...dxFiles, measuresCsv: lines.join('\n') });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    // Renumbering 1-9 as 1-1 also orphans 1-9's indicator row.
    expect(result.errors.map((e) => `${e.file}:${e.row}:${e.column}`)).toEqual([
      'measures:2:rating',
      'measures:5:abolished',
      'measures:9:measure_no',
      'indicators:9:measure_no',
    ]);
    for (const e of result.errors) {
      expect(e.message.ja).toMatch(/[ぁ-んァ-ヶ一-龠]/);
      expect(e.message.en).toMatch(/[a-z]/);
    }
  });

  it('report a missing column and a broken plan file', () => {
    const noBureau = dxFiles.measuresCsv.replace('bureau,', 'bureau_x,');
    const result = parsePlanImport({ ...dxFiles, measuresCsv: noBureau, plan: { ...dxFiles.plan, id: 'Bad Id', levels: [] } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const where = result.errors.map((e) => `${e.file}:${e.column}`);
    expect(where).toEqual(expect.arrayContaining(['plan:id', 'plan:levels']));
  });

  it('report indicators of unknown measures and non-numeric values', () => {
    const indicators = `${dxFiles.indicatorsCsv.trimEnd()}\n99-9,1,x,1件,1件,件,higher,numeric,1,1\n1-1,2,y,1件,1件,件,higher,numeric,abc,1\n`;
    const result = parsePlanImport({ ...dxFiles, indicatorsCsv: indicators });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => `${e.row}:${e.column}`)).toEqual(['238:measure_no', '239:target_value']);
  });

  it('refuse a fiscal year outside the plan period', () => {
    const result = parsePlanImport({ ...dxFiles, fiscalYear: 2030 });
    expect(result.ok).toBe(false);
  });
});
