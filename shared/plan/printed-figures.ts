import type { RatingScheme } from '../rating/scheme';
import { readFigure } from './figures';
import type { Figure, IndicatorValue, MeasureResult } from './result';

/**
 * The printed target and actual of a measure follow its indicators' figures, so that a page, the annex, the print
 * and open data can never show a rating beside figures it was not computed from (issue: 21-2 rated ◎ beside the old
 * 「①２名 ②57件」).
 */

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** A figure whose text reads as one number and whose value is another: the two would print different things. */
export function figureDisagrees(figure: Figure): boolean {
  if (figure.value === undefined) return false;
  const read = readFigure(figure.text);
  return read !== undefined && read.value !== figure.value;
}

/** A measure's printed figure from its indicators': one indicator's text as it is, several numbered ①… as the report does. */
export function printedFigure(values: readonly IndicatorValue[], side: 'target' | 'actual'): string {
  if (values.length === 1) return values[0]![side].text;
  return values.map((v) => `${CIRCLED[v.subNo - 1] ?? `(${v.subNo})`}${v[side].text}`).join(' ');
}

/**
 * The printed texts after an edit: kept as they were (an imported report's wording, e.g. 「②・③合計 3,915件」) while
 * the side's figures are unchanged, derived from the figures as soon as one of them changes.
 */
export function printedTexts(
  current: Pick<MeasureResult, 'values' | 'targetText' | 'actualText'> | undefined,
  values: readonly IndicatorValue[],
): { targetText: string; actualText: string } {
  const unchanged = (side: 'target' | 'actual') =>
    current !== undefined &&
    current.values.length === values.length &&
    values.every((v) => {
      const before = current.values.find((c) => c.subNo === v.subNo)?.[side];
      return before !== undefined && before.text === v[side].text && before.value === v[side].value;
    });
  return {
    targetText: unchanged('target') ? current!.targetText : printedFigure(values, 'target'),
    actualText: unchanged('actual') ? current!.actualText : printedFigure(values, 'actual'),
  };
}

/** Whether a rating is a miss, the only ratings a 未達成の理由 explains: an evaluated level below the scheme's best. */
export function isMiss(scheme: RatingScheme, rating: string | null | undefined): boolean {
  const evaluated = scheme.levels.filter((l) => l.role === 'evaluated');
  const best = Math.max(...evaluated.map((l) => l.rank));
  const level = evaluated.find((l) => l.id === rating);
  return level !== undefined && level.rank < best;
}

/**
 * A figure's text after its number was typed: the number rewritten in the text with the text's unit (`２名`, 33 →
 * `33名`), so that the two cannot disagree. A text that is not one number (`②・③合計 3,915件`, `実施`) is kept: its
 * number is the person's to state, and the server accepts it as it is.
 */
export function textWithValue(text: string, value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return text;
  const read = readFigure(text);
  if (read === undefined) return text.trim() === '' ? value.toLocaleString('ja-JP') : text;
  return read.value === value ? text : `${value.toLocaleString('ja-JP', { maximumFractionDigits: 10 })}${read.unit}`;
}
