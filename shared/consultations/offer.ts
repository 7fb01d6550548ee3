import type { IndicatorValue } from '../plan/result';

/**
 * 21-2 ② 技術相談利用件数: the desk's count of a fiscal year's technical consultations is offered as the indicator's
 * actual. Staff confirm it like any other figure: the figure only prefills the measure's edit form.
 */
export const TECHNICAL_MEASURE = '21-2';

/** The measure's indicator the count fills: the one named 技術相談…, else ②. */
export function technicalIndicator<I extends { subNo: number; name: string }>(indicators: readonly I[]): I | undefined {
  return indicators.find((i) => i.name.includes('技術相談')) ?? indicators.find((i) => i.subNo === 2);
}

/** The year's indicator values with the count as ②'s actual (`57件`, 57); every other figure as it is. */
export function withTechnicalActual(
  values: readonly IndicatorValue[] | undefined,
  indicators: readonly { subNo: number; name: string; unit?: string }[],
  count: number,
): IndicatorValue[] {
  const target = technicalIndicator(indicators);
  return indicators.map((i) => {
    const current = values?.find((v) => v.subNo === i.subNo) ?? { subNo: i.subNo, target: { text: '' }, actual: { text: '' } };
    if (i.subNo !== target?.subNo) return current;
    return { ...current, actual: { text: `${count}${i.unit || '件'}`, value: count } };
  });
}
