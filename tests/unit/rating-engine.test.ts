import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planDefinitionSchema } from '../../shared/plan/definition';
import type { IndicatorValue } from '../../shared/plan/result';
import type { Indicator } from '../../shared/plan/structure';
import { achievementRatio, officialRating, rateIndicator, rateMeasure } from '../../shared/rating/engine';

const dx = planDefinitionSchema.parse(JSON.parse(readFileSync('data/kanagawa-dx/plan.json', 'utf8'))).ratingScheme;

const numeric = (direction: 'higher' | 'lower' = 'higher', subNo = 1): Indicator => ({ subNo, name: 'n', kind: 'numeric', unit: '', direction });
const milestone = (subNo = 1): Indicator => ({ subNo, name: 'm', kind: 'milestone', unit: '' });
const none: Indicator = { subNo: 1, name: '―', kind: 'none', unit: '' };
const value = (target: string, targetValue: number | undefined, actual: string, actualValue?: number, subNo = 1): IndicatorValue => ({
  subNo,
  target: targetValue === undefined ? { text: target } : { text: target, value: targetValue },
  actual: actualValue === undefined ? { text: actual } : { text: actual, value: actualValue },
});

describe('numeric indicators (DX scheme: ◎ ≥ 100%, ○ ≥ 80%, △ below)', () => {
  it.each([
    [100, 100, 'achieved'],
    [100, 130, 'achieved'],
    [100, 99.99, 'mostly_achieved'],
    [100, 80, 'mostly_achieved'],
    [3847, 3847 * 0.8, 'mostly_achieved'],
    [100, 79.9, 'not_achieved'],
    [3000, 479, 'not_achieved'],
  ])('target %d, actual %d → %s', (target, actual, expected) => {
    expect(rateIndicator(numeric(), value(String(target), target, String(actual), actual), dx)).toBe(expected);
  });

  it('lower is better: the ratio is target/actual', () => {
    expect(rateIndicator(numeric('lower'), value('600ページ', 600, '353ページ', 353), dx)).toBe('achieved');
    expect(rateIndicator(numeric('lower'), value('12.3%', 12.3, '15%', 15), dx)).toBe('mostly_achieved');
    expect(rateIndicator(numeric('lower'), value('10件', 10, '20件', 20), dx)).toBe('not_achieved');
  });

  it('zero targets: 0 of 0 accidents is achieved; any accident against a target of 0 is not', () => {
    expect(rateIndicator(numeric('lower'), value('０件', 0, '０件', 0), dx)).toBe('achieved');
    expect(rateIndicator(numeric('lower'), value('0.0%', 0, '12.8%', 12.8), dx)).toBe('not_achieved');
    expect(achievementRatio(0, 5, 'higher')).toBe(Number.POSITIVE_INFINITY);
  });

  it('※ or an empty actual means still being tallied; 実績なし means no result', () => {
    expect(rateIndicator(numeric(), value('490件', 490, '※'), dx)).toBe('tallying');
    expect(rateIndicator(numeric(), value('490件', 490, ''), dx)).toBe('tallying');
    expect(rateIndicator(numeric(), value('70％', 70, '実績なし'), dx)).toBe('not_achieved');
  });

  it('an actual given only as text cannot be rated', () => {
    expect(rateIndicator(numeric(), value('3,700件', 3700, '②・③合計 3,915件'), dx)).toBeUndefined();
  });
});

describe('milestones', () => {
  it('are met when the actual states the target, full-width and spacing aside', () => {
    expect(rateIndicator(milestone(), value('実施', undefined, '実施'), dx)).toBe('achieved');
    expect(rateIndicator(milestone(), value('１０月から 開始', undefined, '10月から開始'), dx)).toBe('achieved');
    expect(rateIndicator(milestone(), value('カメラの設置', undefined, '設置なし'), dx)).toBe('not_achieved');
  });

  it('staff may mark a milestone met (or not) whatever the wording', () => {
    expect(rateIndicator(milestone(), { ...value('調達完了', undefined, '調達済み'), milestoneMet: true }, dx)).toBe('achieved');
    expect(rateIndicator(milestone(), { ...value('実施', undefined, '実施'), milestoneMet: false }, dx)).toBe('not_achieved');
  });
});

describe('measures with several indicators', () => {
  const two = { indicators: [numeric('higher', 1), numeric('higher', 2)] };
  it('take the worst rating', () => {
    expect(rateMeasure(two, [value('100', 100, '100', 100, 1), value('100', 100, '85', 85, 2)], dx)).toBe('mostly_achieved');
    expect(rateMeasure(two, [value('100', 100, '50', 50, 1), value('100', 100, '85', 85, 2)], dx)).toBe('not_achieved');
  });
  it('are tallying while any indicator is (3-10)', () => {
    expect(rateMeasure(two, [value('100%', 100, '100%', 100, 1), value('5%', 5, '※', undefined, 2)], dx)).toBe('tallying');
  });
  it('leave out indicators that cannot be rated (9-1), and are undefined when none can', () => {
    expect(rateMeasure(two, [value('90%', 90, '88.7%', 88.7, 1), value('3,700件', 3700, '合計 3,915件', undefined, 2)], dx)).toBe('mostly_achieved');
    expect(rateMeasure({ indicators: [numeric()] }, [value('3,700件', 3700, '合計', undefined)], dx)).toBeUndefined();
  });
  it('with no indicator, or only unset ones, are 指標未設定', () => {
    expect(rateMeasure({ indicators: [] }, [], dx)).toBe('no_indicator');
    expect(rateMeasure({ indicators: [none] }, [value('―', undefined, '―')], dx)).toBe('no_indicator');
  });
});

describe('the official rating', () => {
  it('is the confirmed one where there is one, else the computed one', () => {
    expect(officialRating({ confirmedRating: 'mostly_achieved', computedRating: 'not_achieved' })).toBe('mostly_achieved');
    expect(officialRating({ computedRating: 'achieved' })).toBe('achieved');
    expect(officialRating({})).toBeNull();
  });
});
