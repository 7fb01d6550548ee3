/**
 * The fields an erratum (正誤) names, with their labels: apart from shared/plan/errata.ts so that the pages showing
 * errata do not load its schema library.
 */
export const ERRATUM_FIELDS = ['targetText', 'actualText', 'values', 'confirmedRating', 'reason'] as const;
export type ErratumField = (typeof ERRATUM_FIELDS)[number];

export const ERRATUM_FIELD_LABELS: Record<ErratumField, { ja: string; en: string }> = {
  targetText: { ja: '目標', en: 'Target' },
  actualText: { ja: '実績', en: 'Actual' },
  values: { ja: '指標の値', en: 'Indicator values' },
  confirmedRating: { ja: '評価', en: 'Rating' },
  reason: { ja: '未達成の理由及び今後の見込み等', en: 'Reason and outlook' },
};
