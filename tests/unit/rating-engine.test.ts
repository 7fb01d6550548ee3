import { describe, expect, it } from 'vitest';
import type { IndicatorValue } from '../../shared/plan/result';
import type { Indicator } from '../../shared/plan/structure';
import { achievementRatio, officialRating, rateIndicator, rateMeasure, rateRatio, worstRating } from '../../shared/rating/engine';
import { ratingSchemeSchema, type RatingScheme } from '../../shared/rating/scheme';
import { dxScheme, ictScheme } from './support/plan-files';

const dx = dxScheme();
const ict = ictScheme();

const numeric = (direction: 'higher' | 'lower' = 'higher', subNo = 1): Indicator => ({ subNo, name: 'n', kind: 'numeric', unit: '', direction });
const milestone = (subNo = 1): Indicator => ({ subNo, name: 'm', kind: 'milestone', unit: '' });
const none = (subNo = 1): Indicator => ({ subNo, name: '―', kind: 'none', unit: '' });
const value = (target: string, targetValue: number | undefined, actual: string, actualValue?: number, subNo = 1): IndicatorValue => ({
  subNo,
  target: targetValue === undefined ? { text: target } : { text: target, value: targetValue },
  actual: actualValue === undefined ? { text: actual } : { text: actual, value: actualValue },
});
const num = (target: number, actual: number, subNo = 1) => value(String(target), target, String(actual), actual, subNo);

describe('numeric indicators by the DX scheme (◎ ≥ 100%, ○ ≥ 80%, △ below)', () => {
  it.each([
    [100, 100, 'achieved'],
    [100, 130, 'achieved'],
    [50000, 55260, 'achieved'],
    [100, 99.99, 'mostly_achieved'],
    [100, 80, 'mostly_achieved'],
    [3, 2.4, 'mostly_achieved'], // 2.4 / 3 is 0.7999999999999999 in floating point
    [3847, 3847 * 0.8, 'mostly_achieved'],
    [0.7, 0.56, 'mostly_achieved'],
    [15, 14, 'mostly_achieved'],
    [100, 79.9, 'not_achieved'],
    [100, 79.9999, 'not_achieved'],
    [3000, 479, 'not_achieved'],
    [100, 0, 'not_achieved'],
  ])('target %d, actual %d → %s', (target, actual, expected) => {
    expect(rateIndicator(numeric(), num(target, actual), dx)).toBe(expected);
  });

  it('lower is better: the ratio is target/actual', () => {
    expect(rateIndicator(numeric('lower'), value('600ページ', 600, '353ページ', 353), dx)).toBe('achieved');
    expect(rateIndicator(numeric('lower'), num(20, 20), dx)).toBe('achieved');
    expect(rateIndicator(numeric('lower'), value('12.3%', 12.3, '15%', 15), dx)).toBe('mostly_achieved');
    expect(rateIndicator(numeric('lower'), num(8, 10), dx)).toBe('mostly_achieved'); // exactly 80%
    expect(rateIndicator(numeric('lower'), num(10, 20), dx)).toBe('not_achieved');
  });

  it('zeros: an actual of 0 is the best when lower is better; a target of 0 is reached by any actual when higher is', () => {
    expect(rateIndicator(numeric('lower'), value('０件', 0, '０件', 0), dx)).toBe('achieved');
    expect(rateIndicator(numeric('lower'), num(3, 0), dx)).toBe('achieved');
    expect(rateIndicator(numeric('lower'), value('0.0%', 0, '12.8%', 12.8), dx)).toBe('not_achieved');
    expect(rateIndicator(numeric('higher'), num(0, 0), dx)).toBe('achieved');
    expect(rateIndicator(numeric('higher'), num(0, 5), dx)).toBe('achieved');
    expect(achievementRatio(0, 5, 'higher')).toBe(Number.POSITIVE_INFINITY);
    expect(achievementRatio(0, 5, 'lower')).toBe(0);
    expect(achievementRatio(0, 0, 'lower')).toBe(Number.POSITIVE_INFINITY);
    expect(achievementRatio(100, 80, 'higher')).toBeCloseTo(0.8);
    expect(achievementRatio(80, 100, 'lower')).toBeCloseTo(0.8);
  });

  it('a missing direction is read as higher is better', () => {
    expect(rateIndicator({ subNo: 1, name: 'n', kind: 'numeric', unit: '' }, num(10, 5), dx)).toBe('not_achieved');
  });

  it('※, an empty actual or no value at all means still being tallied; 実績なし means no result', () => {
    expect(rateIndicator(numeric(), value('490件', 490, '※'), dx)).toBe('tallying');
    expect(rateIndicator(numeric(), value('490件', 490, '※ '), dx)).toBe('tallying');
    expect(rateIndicator(numeric(), value('490件', 490, ''), dx)).toBe('tallying');
    expect(rateIndicator(numeric(), value('490件', 490, '  '), dx)).toBe('tallying');
    expect(rateIndicator(numeric(), undefined, dx)).toBe('tallying');
    expect(rateIndicator(numeric(), value('70％', 70, '実績なし'), dx)).toBe('not_achieved');
    expect(rateIndicator(numeric(), value('70％', 70, ' 実績 なし '), dx)).toBe('not_achieved');
  });

  it('an actual given only as text, or a target with no value, cannot be rated', () => {
    expect(rateIndicator(numeric(), value('3,700件', 3700, '②・③合計 3,915件'), dx)).toBeUndefined();
    expect(rateIndicator(numeric(), value('前年度比5%向上', undefined, '3%', 3), dx)).toBeUndefined();
  });
});

describe('milestones', () => {
  it('are met when the actual states the target, full-width forms and spacing aside', () => {
    expect(rateIndicator(milestone(), value('実施', undefined, '実施'), dx)).toBe('achieved');
    expect(rateIndicator(milestone(), value('１０月から 開始', undefined, '10月から開始'), dx)).toBe('achieved');
    expect(rateIndicator(milestone(), value('カメラの設置', undefined, '設置なし'), dx)).toBe('not_achieved');
    expect(rateIndicator(milestone(), value('次期システム調達完了', undefined, '調達中'), dx)).toBe('not_achieved');
  });

  it('are pending while the actual is ※ or empty, and not met on 実績なし', () => {
    expect(rateIndicator(milestone(), value('実施', undefined, '※'), dx)).toBe('tallying');
    expect(rateIndicator(milestone(), value('実施', undefined, ''), dx)).toBe('tallying');
    expect(rateIndicator(milestone(), value('実施', undefined, '実績なし'), dx)).toBe('not_achieved');
  });

  it('follow staff who mark one met or not met, whatever the wording', () => {
    expect(rateIndicator(milestone(), { ...value('調達完了', undefined, '調達済み'), milestoneMet: true }, dx)).toBe('achieved');
    expect(rateIndicator(milestone(), { ...value('実施', undefined, '実施'), milestoneMet: false }, dx)).toBe('not_achieved');
    expect(rateIndicator(milestone(), { ...value('実施', undefined, ''), milestoneMet: true }, dx)).toBe('achieved');
    // The flag is about milestones only.
    expect(rateIndicator(numeric(), { ...num(100, 50), milestoneMet: true }, dx)).toBe('not_achieved');
  });
});

describe('indicators with no target set', () => {
  it('are 指標未設定 whatever their values', () => {
    expect(rateIndicator(none(), value('―', undefined, '―'), dx)).toBe('no_indicator');
    expect(rateIndicator(none(), undefined, dx)).toBe('no_indicator');
  });
});

describe('measures with several indicators', () => {
  const two = { indicators: [numeric('higher', 1), numeric('higher', 2)] };
  it('take the worst rating (lowest rank)', () => {
    expect(rateMeasure(two, [num(100, 100, 1), num(100, 85, 2)], dx)).toBe('mostly_achieved');
    expect(rateMeasure(two, [num(100, 50, 1), num(100, 85, 2)], dx)).toBe('not_achieved');
    expect(rateMeasure(two, [num(100, 120, 1), num(100, 100, 2)], dx)).toBe('achieved');
    expect(rateMeasure({ indicators: [milestone(1), numeric('higher', 2)] }, [value('構築完了', undefined, '構築完了', undefined, 1), num(100, 90, 2)], dx)).toBe('mostly_achieved');
  });
  it('are pending while any indicator is (3-10), even beside a failing one', () => {
    expect(rateMeasure(two, [num(100, 100, 1), value('5%', 5, '※', undefined, 2)], dx)).toBe('tallying');
    expect(rateMeasure(two, [num(100, 10, 1), value('5%', 5, '※', undefined, 2)], dx)).toBe('tallying');
    expect(rateMeasure(two, [num(100, 100, 1)], dx)).toBe('tallying'); // the second has no value yet
  });
  it('leave out indicators that cannot be rated (9-1), and are undefined when none can', () => {
    const three = { indicators: [numeric('higher', 1), numeric('higher', 2), numeric('higher', 3)] };
    const combined = '②・③合計 3,915件';
    expect(rateMeasure(three, [value('90%', 90, '88.7%', 88.7, 1), value('3,700件', 3700, combined, undefined, 2), value('1,100件', 1100, combined, undefined, 3)], dx)).toBe('mostly_achieved');
    expect(rateMeasure({ indicators: [numeric()] }, [value('3,700件', 3700, '合計')], dx)).toBeUndefined();
  });
  it('leave out indicators with no target beside set ones', () => {
    expect(rateMeasure({ indicators: [none(1), numeric('higher', 2)] }, [value('―', undefined, '―', undefined, 1), num(10, 10, 2)], dx)).toBe('achieved');
  });
  it('with no indicator, or only unset ones, are 指標未設定', () => {
    expect(rateMeasure({ indicators: [] }, [], dx)).toBe('no_indicator');
    expect(rateMeasure({ indicators: [none()] }, [value('―', undefined, '―')], dx)).toBe('no_indicator');
  });
  it('match values to indicators by sub number, not by position', () => {
    expect(rateMeasure(two, [num(100, 50, 2), num(100, 100, 1)], dx)).toBe('not_achieved');
    expect(rateMeasure({ indicators: [numeric('lower', 2)] }, [num(10, 1000, 1), num(10, 5, 2)], dx)).toBe('achieved');
  });
});

describe('a second scheme, as data: ◎ above target, ○ met, △ below, ― not set', () => {
  it('tells exceeding from meeting exactly', () => {
    expect(rateIndicator(numeric(), num(100, 120), ict)).toBe('exceeded');
    expect(rateIndicator(numeric(), num(100, 100), ict)).toBe('met');
    expect(rateIndicator(numeric(), num(0.3, 0.1 + 0.2), ict)).toBe('met'); // 0.30000000000000004 is not above 0.3
    expect(rateIndicator(numeric(), num(100, 100.01), ict)).toBe('exceeded');
    expect(rateIndicator(numeric(), num(100, 99.99), ict)).toBe('not_met');
    expect(rateIndicator(numeric('lower'), num(5, 3), ict)).toBe('exceeded');
    expect(rateIndicator(numeric('lower'), num(10, 10), ict)).toBe('met');
  });
  it('uses its own levels for milestones, pending actuals and unset indicators', () => {
    expect(rateIndicator(milestone(), value('導入', undefined, '導入'), ict)).toBe('met');
    expect(rateIndicator(milestone(), value('導入', undefined, '検討中'), ict)).toBe('not_met');
    expect(rateIndicator(numeric(), value('100', 100, '※'), ict)).toBe('none');
    expect(rateMeasure({ indicators: [] }, [], ict)).toBe('none');
  });
  it('takes the worst by its own ranks', () => {
    expect(rateMeasure({ indicators: [numeric('higher', 1), numeric('higher', 2)] }, [num(1, 2, 1), num(1, 1, 2)], ict)).toBe('met');
  });
});

describe('schemes are data: thresholds in order, strict or not', () => {
  const scheme: RatingScheme = ratingSchemeSchema.parse({
    id: 'five-steps',
    levels: [
      { id: 'a', symbol: 'A', label: { ja: 'A', en: 'A' }, role: 'evaluated', rank: 4 },
      { id: 'b', symbol: 'B', label: { ja: 'B', en: 'B' }, role: 'evaluated', rank: 3 },
      { id: 'c', symbol: 'C', label: { ja: 'C', en: 'C' }, role: 'evaluated', rank: 2 },
      { id: 'd', symbol: 'D', label: { ja: 'D', en: 'D' }, role: 'evaluated', rank: 1 },
      { id: 'p', symbol: 'P', label: { ja: 'P', en: 'P' }, role: 'pending', rank: 0 },
    ],
    rules: {
      numeric: [
        { level: 'a', op: 'gt', ratio: 1.2 },
        { level: 'b', op: 'gte', ratio: 1 },
        { level: 'c', op: 'gte', ratio: 0.5 },
      ],
      numericOtherwise: 'd',
      milestoneMet: 'b',
      milestoneNotMet: 'd',
      pending: 'p',
      noResult: 'd',
      noIndicator: 'p',
      pendingMarkers: ['未集計', ''],
      noResultMarkers: ['なし'],
    },
  });
  it.each([
    [1.21, 'a'],
    [1.2, 'b'],
    [1, 'b'],
    [0.5, 'c'],
    [0.49, 'd'],
    [Number.POSITIVE_INFINITY, 'a'],
  ])('ratio %d → %s', (ratio, level) => expect(rateRatio(ratio, scheme)).toBe(level));
  it('with its own markers', () => {
    expect(rateIndicator(numeric(), value('10', 10, '未集計'), scheme)).toBe('p');
    expect(rateIndicator(numeric(), value('10', 10, 'なし'), scheme)).toBe('d');
    expect(rateIndicator(numeric(), value('10', 10, '※'), scheme)).toBeUndefined(); // ※ is not this scheme's marker
  });
  it('worstRating ranks unknown ids lowest, and has no answer for nothing', () => {
    expect(worstRating(['a', 'c', 'b'], scheme)).toBe('c');
    expect(worstRating(['a', 'zzz'], scheme)).toBe('zzz');
    expect(worstRating([], scheme)).toBeUndefined();
  });
  it('the DX plan file declares the scheme the brief describes', () => {
    expect(dx.levels.map((l) => [l.id, l.symbol, l.role, l.rank, l.showRate])).toEqual([
      ['achieved', '◎', 'evaluated', 3, true],
      ['mostly_achieved', '○', 'evaluated', 2, true],
      ['not_achieved', '△', 'evaluated', 1, false],
      ['tallying', '■', 'pending', 0, false],
      ['no_indicator', '―', 'excluded', -1, false],
    ]);
    expect(dx.levels[1]!.symbol.codePointAt(0)).toBe(0x25cb);
    expect(dx.rules).toMatchObject({ numericOtherwise: 'not_achieved', milestoneMet: 'achieved', milestoneNotMet: 'not_achieved', pending: 'tallying', noResult: 'not_achieved', noIndicator: 'no_indicator' });
  });
});

describe('the official rating', () => {
  it('is the confirmed one where there is one, else the computed one, else null', () => {
    expect(officialRating({ confirmedRating: 'mostly_achieved', computedRating: 'not_achieved' })).toBe('mostly_achieved');
    expect(officialRating({ computedRating: 'achieved' })).toBe('achieved');
    expect(officialRating({ confirmedRating: 'tallying' })).toBe('tallying');
    expect(officialRating({})).toBeNull();
  });
});
