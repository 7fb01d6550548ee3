import type { MeasureRow } from '../api/plans';
import type { Column, ColumnLang } from '../columns';
import type { PlanDefinition } from './definition';

/**
 * The measures list as a table (the measures CSV): one column per group level
 * of the plan (pillar, area…), then the annex's columns with the computed
 * rating and whether the measure was abolished. Each column pairs its header
 * with its cell, so none can fall out of line with another.
 */
export function measureColumns(plan: Pick<PlanDefinition, 'levels' | 'ratingScheme'>): Column<MeasureRow>[] {
  const rating = (id: string | null, lang: ColumnLang) => {
    const level = plan.ratingScheme.levels.find((l) => l.id === id);
    return level ? `${level.symbol} ${level.label[lang]}` : '';
  };
  const groups = plan.levels.map((level, i): Column<MeasureRow> => ({ id: level.id, header: level.name, width: 18, cell: (r) => r.groups[i]?.name ?? '' }));
  return [
    ...groups,
    { id: 'measure_no', header: { ja: '番号', en: 'No.' }, width: 7, cell: (r) => r.measureNo },
    { id: 'measure_name', header: { ja: '施策名', en: 'Measure' }, width: 30, cell: (r) => r.name },
    { id: 'bureau', header: { ja: 'とりまとめ局', en: 'Responsible bureau' }, width: 14, cell: (r) => r.bureau },
    { id: 'indicator', header: { ja: '成果指標', en: 'Indicator' }, width: 30, cell: (r) => r.indicators.map((i) => i.name).join(' ') },
    { id: 'target', header: { ja: '目標', en: 'Target' }, width: 16, cell: (r) => r.targetText },
    { id: 'actual', header: { ja: '実績', en: 'Actual' }, width: 16, cell: (r) => r.actualText },
    { id: 'rating', header: { ja: '評価', en: 'Rating' }, width: 10, cell: (r, lang) => rating(r.officialRating, lang) },
    { id: 'computed_rating', header: { ja: '算定評価', en: 'Computed rating' }, width: 10, cell: (r, lang) => rating(r.computedRating, lang) },
    { id: 'reason', header: { ja: '未達成の理由及び今後の見込み等', en: 'Reason for not achieving and outlook' }, width: 50, cell: (r) => r.reason },
    { id: 'abolished', header: { ja: '廃止', en: 'Abolished' }, width: 6, cell: (r, lang) => (r.abolished ? (lang === 'en' ? 'abolished' : '廃止') : '') },
  ];
}
