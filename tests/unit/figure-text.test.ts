import { describe, expect, it } from 'vitest';
import { figureDisagrees, isMiss, printedFigure, printedTexts, textWithValue } from '../../shared/plan/printed-figures';
import type { IndicatorValue } from '../../shared/plan/result';
import { dxFiles, dxScheme, parsedOk } from './support/plan-files';

/**
 * The printed 目標/実績 of a measure follow its figures (issue 16: 21-2 was rated ◎ beside the old 「①２名 ②57件」,
 * because the printed text was a separate field nobody changed).
 */
const v = (subNo: number, target: [string, number?], actual: [string, number?]): IndicatorValue => ({
  subNo,
  target: { text: target[0], value: target[1] },
  actual: { text: actual[0], value: actual[1] },
});

describe('printed figures', () => {
  const imported = parsedOk(dxFiles()).results.find((r) => r.measureNo === '21-2')!;

  it('numbers several indicators ①②… and prints one indicator as it is', () => {
    expect(printedFigure([v(1, ['33名', 33], ['33名', 33]), v(2, ['60件', 60], ['60件', 60])], 'actual')).toBe('①33名 ②60件');
    expect(printedFigure([v(1, ['５万人', 50000], ['55,260人', 55260])], 'actual')).toBe('55,260人');
  });

  it('2名→33名 and 57→60件 make 21-2’s printed 実績 「①33名 ②60件」; its 目標, unchanged, stays as imported', () => {
    expect(imported.actualText).toBe('①２名 ②57件');
    const edited = imported.values.map((x) => ({ ...x, actual: x.subNo === 1 ? { text: '33名', value: 33 } : { text: '60件', value: 60 } }));
    expect(printedTexts(imported, edited)).toEqual({ targetText: imported.targetText, actualText: '①33名 ②60件' });
  });

  it('keeps an imported report’s own wording while the figures are the ones it was imported with', () => {
    const combined = { targetText: '②・③合計 4,000件', actualText: '②・③合計 3,915件', values: [v(1, ['10件', 10], ['12件', 12])] };
    expect(printedTexts(combined, [v(1, ['10件', 10], ['12件', 12])])).toEqual({ targetText: '②・③合計 4,000件', actualText: '②・③合計 3,915件' });
    expect(printedTexts(combined, [v(1, ['10件', 10], ['13件', 13])]).actualText).toBe('13件');
  });

  it('finds a text and a number that say different things, and only those', () => {
    expect(figureDisagrees({ text: '２名', value: 33 })).toBe(true);
    expect(figureDisagrees({ text: '33名', value: 33 })).toBe(false);
    expect(figureDisagrees({ text: '５万人', value: 50000 })).toBe(false);
    // A text with no single number to read (a combined total, a milestone) is the person's to word.
    expect(figureDisagrees({ text: '②・③合計 3,915件', value: 3915 })).toBe(false);
    expect(figureDisagrees({ text: '実施', value: undefined })).toBe(false);
  });

  it('writes a typed number into the text with its unit, so the form cannot send the two apart', () => {
    expect(textWithValue('２名', 33)).toBe('33名');
    expect(textWithValue('57件', 1200)).toBe('1,200件');
    expect(textWithValue('33名', 33)).toBe('33名');
    expect(textWithValue('②・③合計 3,915件', 4000)).toBe('②・③合計 3,915件');
    expect(textWithValue('', 12)).toBe('12');
  });

  it('counts as a miss only an evaluated rating below the best: 未達成の理由 explains those', () => {
    const scheme = dxScheme();
    expect(isMiss(scheme, 'not_achieved')).toBe(true);
    expect(isMiss(scheme, 'mostly_achieved')).toBe(true);
    expect(isMiss(scheme, 'achieved')).toBe(false);
    expect(isMiss(scheme, 'tallying')).toBe(false);
    expect(isMiss(scheme, null)).toBe(false);
  });
});
