import { describe, expect, it } from 'vitest';
import type { Measure, PlanGroup } from '../../shared/plan/structure';
import { buildPlanSummary, summaryRow, zeroCounts } from '../../shared/rating/summary';
import { dxScheme, ictScheme } from './support/plan-files';

const dx = dxScheme();
const group = (path: string, level: string, name: string, order: number): PlanGroup => ({ path, level, key: path.split('/').pop()!, name, order });
const measure = (measureNo: string, groupPath: string, abolished = false): Measure => ({ measureNo, name: measureNo, bureau: '総務局', groupPath, order: 0, abolished, indicators: [] });

// Listed out of order on purpose: the summary follows `order`, not the array.
const groups = [group('B', 'pillar', '行政', 1), group('A/2', 'area', '教育', 3), group('A', 'pillar', 'くらし', 0), group('A/1', 'area', '子ども', 2), group('B/3', 'area', '手続', 4)];
const measures = [measure('1-1', 'A/1'), measure('1-2', 'A/1'), measure('2-1', 'A/2'), measure('2-2', 'A/2', true), measure('3-1', 'B/3'), measure('3-2', 'B/3'), measure('3-3', 'B/3')];
const results = [
  { measureNo: '1-1', confirmedRating: 'achieved', computedRating: 'achieved' },
  { measureNo: '1-2', confirmedRating: 'mostly_achieved', computedRating: 'not_achieved' }, // the confirmed one counts
  { measureNo: '2-1', computedRating: 'tallying' }, // nothing confirmed: the computed one counts
  { measureNo: '2-2', confirmedRating: 'achieved' }, // abolished: not counted
  { measureNo: '3-1', confirmedRating: 'no_indicator' },
  { measureNo: '3-2' }, // no rating at all: not counted
  // 3-3 has no result for the year: not counted
];
const summary = buildPlanSummary({ planId: 'p', fiscalYear: 2024, scheme: dx, groups, measures, results });
const c = (achieved: number, mostly: number, not: number, tallying: number, none: number) => ({ achieved, mostly_achieved: mostly, not_achieved: not, tallying, no_indicator: none });

describe('the plan summary', () => {
  it('counts each measure by its official rating, in total and at every level', () => {
    expect(summary).toEqual({
      planId: 'p',
      fiscalYear: 2024,
      total: { counts: c(1, 1, 0, 1, 1) },
      groups: [
        {
          id: 'A',
          name: 'くらし',
          level: 'pillar',
          counts: c(1, 1, 0, 1, 0),
          groups: [
            { id: 'A/1', name: '子ども', level: 'area', counts: c(1, 1, 0, 0, 0), groups: [] },
            { id: 'A/2', name: '教育', level: 'area', counts: c(0, 0, 0, 1, 0), groups: [] },
          ],
        },
        { id: 'B', name: '行政', level: 'pillar', counts: c(0, 0, 0, 0, 1), groups: [{ id: 'B/3', name: '手続', level: 'area', counts: c(0, 0, 0, 0, 1), groups: [] }] },
      ],
    });
  });

  it('names every level of the scheme in every count, zeros included, and ignores ratings the scheme lacks', () => {
    const odd = buildPlanSummary({ planId: 'p', fiscalYear: 2024, scheme: dx, groups, measures, results: [{ measureNo: '1-1', confirmedRating: 'superb' }, { measureNo: '1-2', confirmedRating: 'toString' }] });
    expect(odd.total.counts).toEqual(zeroCounts(dx));
    expect(Object.keys(odd.groups[0]!.groups[0]!.counts)).toEqual(['achieved', 'mostly_achieved', 'not_achieved', 'tallying', 'no_indicator']);
  });

  it('works for an empty plan and for another scheme', () => {
    const ict = ictScheme();
    expect(buildPlanSummary({ planId: 'e', fiscalYear: 2019, scheme: ict, groups: [], measures: [], results: [] })).toEqual({
      planId: 'e',
      fiscalYear: 2019,
      total: { counts: { exceeded: 0, met: 0, not_met: 0, none: 0 } },
      groups: [],
    });
  });

  it('goes as deep as the plan does', () => {
    const deep = [group('a', 'l1', 'a', 0), group('a/b', 'l2', 'b', 1), group('a/b/c', 'l3', 'c', 2), group('a/b/c/d', 'l4', 'd', 3)];
    const s = buildPlanSummary({ planId: 'p', fiscalYear: 2024, scheme: dx, groups: deep, measures: [measure('x', 'a/b/c/d')], results: [{ measureNo: 'x', computedRating: 'achieved' }] });
    let node = s.groups[0]!;
    for (const id of ['a', 'a/b', 'a/b/c']) {
      expect(node.id).toBe(id);
      expect(node.counts.achieved).toBe(1);
      node = node.groups[0]!;
    }
    expect(node).toMatchObject({ id: 'a/b/c/d', level: 'l4', counts: { achieved: 1 }, groups: [] });
  });
});

describe('a row of the report’s table', () => {
  it('gives 計, (集計中) and the 達成率 of the levels shown as rates, to 0.1%', () => {
    expect(summaryRow(c(126, 15, 28, 10, 45), dx)).toEqual({ evaluated: 169, pending: 10, rates: { achieved: 74.6, mostly_achieved: 8.9 }, combinedRate: 83.4 });
    expect(summaryRow(c(1, 1, 1, 0, 0), dx)).toEqual({ evaluated: 3, pending: 0, rates: { achieved: 33.3, mostly_achieved: 33.3 }, combinedRate: 66.7 });
  });

  it('computes the combined rate from the counts, not by adding rounded rates', () => {
    // 1/3 + 1/3: the rounded rates 33.3 + 33.3 would give 66.6; 2/3 is 66.7.
    expect(summaryRow(c(1, 1, 1, 0, 0), dx).combinedRate).toBe(66.7);
  });

  it('is all zeros when nothing was evaluated, and treats missing levels as 0', () => {
    expect(summaryRow(c(0, 0, 0, 4, 2), dx)).toEqual({ evaluated: 0, pending: 4, rates: { achieved: 0, mostly_achieved: 0 }, combinedRate: 0 });
    expect(summaryRow({ achieved: 2 }, dx)).toEqual({ evaluated: 2, pending: 0, rates: { achieved: 100, mostly_achieved: 0 }, combinedRate: 100 });
  });

  it('follows the scheme: the ICT plan shows ◎ and ○ as rates and has no pending level', () => {
    expect(summaryRow({ exceeded: 4, met: 3, not_met: 3, none: 1 }, ictScheme())).toEqual({ evaluated: 10, pending: 0, rates: { exceeded: 40, met: 30 }, combinedRate: 70 });
  });
});
