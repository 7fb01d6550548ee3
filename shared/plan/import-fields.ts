/**
 * The fields an import preview names, with their labels: the result's fields an erratum compares
 * (shared/plan/errata.ts ERRATUM_FIELDS, same labels; a unit test keeps the two equal), then the measure's
 * definition. Kept apart from the schemas so the import page does not load zod for five labels.
 */
export const RESULT_FIELDS = ['targetText', 'actualText', 'values', 'confirmedRating', 'reason'] as const;
export const DEFINITION_FIELDS = ['name', 'bureau', 'groupPath', 'abolished', 'indicators'] as const;
export const PREVIEW_FIELDS = [...RESULT_FIELDS, ...DEFINITION_FIELDS] as const;
export type PreviewField = (typeof PREVIEW_FIELDS)[number];

export const PREVIEW_FIELD_LABELS: Record<PreviewField, { ja: string; en: string }> = {
  targetText: { ja: '目標', en: 'Target' },
  actualText: { ja: '実績', en: 'Actual' },
  values: { ja: '指標の値', en: 'Indicator values' },
  confirmedRating: { ja: '評価', en: 'Rating' },
  reason: { ja: '未達成の理由及び今後の見込み等', en: 'Reason and outlook' },
  name: { ja: '施策名', en: 'Measure name' },
  bureau: { ja: 'とりまとめ局', en: 'Bureau' },
  groupPath: { ja: '柱・分野', en: 'Pillar and area' },
  abolished: { ja: '廃止', en: 'Abolished' },
  indicators: { ja: '成果指標', en: 'Indicators' },
};
