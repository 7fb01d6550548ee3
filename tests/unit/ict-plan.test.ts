import { describe, expect, it } from 'vitest';
import { summaryRow } from '../../shared/rating/summary';
import { groupIn, ictFiles, parsedOk, summaryOf } from './support/plan-files';

/**
 * Acceptance: a second plan, shaped like the earlier ICT plan, with three
 * group levels (柱 pillar → 中柱 midpillar → 分野 field, the last as
 * field_no + field_name) and its own four-level scheme as data:
 * ◎ exceeded (ratio > 1), ○ met (≥ 1), △ not_met, ― none (excluded).
 *
 * Expected counts, worked out by hand from tests/fixtures/ict-plan/:
 *
 * | measure | indicator                 | published | computed  | counts as |
 * | 1-1 | 100人 → 120人, higher          | ◎ exceeded | exceeded | exceeded |
 * | 1-2 | 10件 → 10件, lower (ratio 1)    | (blank)    | met      | met      |
 * | 2-1 | milestone 実施 → 実施           | (blank)    | met      | met      |
 * | 2-2 | 50施設 → 40施設                 | △ not_met  | not_met  | not_met  |
 * | 3-1 | 1,000件 → 1,500件               | (blank)    | exceeded | exceeded |
 * | 3-2 | ―                              | ― none     | none     | none     |
 * | 4-1 | 80% → 80% (ratio 1, not > 1)    | ○ met      | met      | met      |
 * | 4-2 | 5分 → 3分, lower (5/3)          | (blank)    | exceeded | exceeded |
 * | 4-3 | milestone 導入 → 検討中         | (blank)    | not_met  | not_met  |
 * | 5-1 | 99.9% → 99.95%                 | ◎ exceeded | exceeded | exceeded |
 * | 5-2 | abolished                      | (blank)    | none     | —        |
 * | 5-3 | 100% → 90%                     | (blank)    | not_met  | not_met  |
 */
const ict = parsedOk(ictFiles());
const summary = summaryOf(ict, 2019);
const counts = (exceeded: number, met: number, not_met: number, none: number) => ({ exceeded, met, not_met, none });

describe('the three-level ICT plan fixture', () => {
  it('imports 12 measures into the 柱 → 中柱 → 分野 tree, groups in order of first appearance', () => {
    expect(ict.measures).toHaveLength(12);
    expect(ict.groups.map((g) => [g.level, g.path, g.name, g.order])).toEqual([
      ['pillar', 'ICTで県民生活を豊かに', 'ICTで県民生活を豊かに', 0],
      ['midpillar', 'ICTで県民生活を豊かに/安全・安心', '安全・安心', 1],
      ['field', 'ICTで県民生活を豊かに/安全・安心/1', '防災', 2],
      ['field', 'ICTで県民生活を豊かに/安全・安心/2', '医療', 3],
      ['midpillar', 'ICTで県民生活を豊かに/暮らし', '暮らし', 4],
      ['field', 'ICTで県民生活を豊かに/暮らし/3', '教育', 5],
      ['pillar', 'ICTで行政を効率化', 'ICTで行政を効率化', 6],
      ['midpillar', 'ICTで行政を効率化/業務改革', '業務改革', 7],
      ['field', 'ICTで行政を効率化/業務改革/4', '電子申請', 8],
      ['midpillar', 'ICTで行政を効率化/基盤', '基盤', 9],
      ['field', 'ICTで行政を効率化/基盤/5', 'ネットワーク', 10],
    ]);
    expect(ict.measures.find((m) => m.measureNo === '4-2')!.groupPath).toBe('ICTで行政を効率化/業務改革/4');
  });

  it('computes the ratings left blank by its own scheme, and keeps the published ones', () => {
    const ratings = Object.fromEntries(ict.results.map((r) => [r.measureNo, [r.confirmedRating ?? '', r.computedRating]]));
    expect(ratings).toEqual({
      '1-1': ['exceeded', 'exceeded'],
      '1-2': ['', 'met'],
      '2-1': ['', 'met'],
      '2-2': ['not_met', 'not_met'],
      '3-1': ['', 'exceeded'],
      '3-2': ['none', 'none'],
      '4-1': ['met', 'met'],
      '4-2': ['', 'exceeded'],
      '4-3': ['', 'not_met'],
      '5-1': ['exceeded', 'exceeded'],
      '5-2': ['', 'none'],
      '5-3': ['', 'not_met'],
    });
  });

  it('summarises by the hand-counted figures: total, every pillar, midpillar and field', () => {
    expect(summary).toMatchObject({ planId: 'kanagawa-ict-2019', fiscalYear: 2019 });
    expect(summary.total.counts).toEqual(counts(4, 3, 3, 1));
    const expected: [string, ReturnType<typeof counts>][] = [
      ['ICTで県民生活を豊かに', counts(2, 2, 1, 1)],
      ['ICTで県民生活を豊かに/安全・安心', counts(1, 2, 1, 0)],
      ['ICTで県民生活を豊かに/安全・安心/1', counts(1, 1, 0, 0)],
      ['ICTで県民生活を豊かに/安全・安心/2', counts(0, 1, 1, 0)],
      ['ICTで県民生活を豊かに/暮らし', counts(1, 0, 0, 1)],
      ['ICTで県民生活を豊かに/暮らし/3', counts(1, 0, 0, 1)],
      ['ICTで行政を効率化', counts(2, 1, 2, 0)],
      ['ICTで行政を効率化/業務改革', counts(1, 1, 1, 0)],
      ['ICTで行政を効率化/業務改革/4', counts(1, 1, 1, 0)],
      ['ICTで行政を効率化/基盤', counts(1, 0, 1, 0)],
      ['ICTで行政を効率化/基盤/5', counts(1, 0, 1, 0)],
    ];
    for (const [path, want] of expected) expect(groupIn(summary.groups, path).counts, path).toEqual(want);
    expect(summary.groups.map((g) => g.groups.map((m) => m.name))).toEqual([['安全・安心', '暮らし'], ['業務改革', '基盤']]);
    expect(groupIn(summary.groups, 'ICTで行政を効率化/基盤/5')).toMatchObject({ name: 'ネットワーク', level: 'field', groups: [] });
  });

  it('gives its table row by its own scheme: 10 evaluated, ◎ 40%, ○ 30%, together 70%', () => {
    expect(summaryRow(summary.total.counts, ict.plan.ratingScheme)).toEqual({ evaluated: 10, pending: 0, rates: { exceeded: 40, met: 30 }, combinedRate: 70 });
    expect(summaryRow(groupIn(summary.groups, 'ICTで行政を効率化').counts, ict.plan.ratingScheme)).toEqual({
      evaluated: 5,
      pending: 0,
      rates: { exceeded: 40, met: 20 },
      combinedRate: 60,
    });
  });

  it('without the indicators file, computes the same ratings except where the direction matters (4-2)', () => {
    const { indicatorsCsv: _omitted, ...files } = ictFiles();
    const derived = parsedOk(files);
    const differ = derived.results
      .filter((r) => r.computedRating !== ict.results.find((x) => x.measureNo === r.measureNo)!.computedRating)
      .map((r) => [r.measureNo, r.computedRating]);
    // Read as higher-is-better: 10 of 10 failures is still "met"; 3 minutes against 5 falls short.
    expect(differ).toEqual([['4-2', 'not_met']]);
  });
});
