import type { MeasureRow } from '../../shared/api/plans';
import { toExcelCsv } from '../../shared/csv';
import type { PlanStructure } from '../repositories/plans';

/** The measures list in the columns of the report's annex (施策別成果指標達成状況一覧), plus the computed rating. */
export function measuresCsv(structure: PlanStructure, rows: MeasureRow[], lang: 'ja' | 'en' = 'ja'): string {
  const levels = structure.definition.levels;
  const scheme = structure.definition.ratingScheme;
  const label = (id: string | null) => {
    const level = scheme.levels.find((l) => l.id === id);
    return level ? `${level.symbol} ${level.label[lang]}` : '';
  };
  const header = [
    ...levels.map((l) => l.name[lang]),
    ...(lang === 'en'
      ? ['No.', 'Measure', 'Responsible bureau', 'Indicator', 'Target', 'Actual', 'Rating', 'Computed rating', 'Reason for not achieving and outlook', 'Abolished']
      : ['番号', '施策名', 'とりまとめ局', '成果指標', '目標', '実績', '評価', '算定評価', '未達成の理由及び今後の見込み等', '廃止']),
  ];
  const body = rows.map((r) => [
    ...levels.map((_, i) => r.groups[i]?.name ?? ''),
    r.measureNo,
    r.name,
    r.bureau,
    r.indicators.map((i) => i.name).join(' '),
    r.targetText,
    r.actualText,
    label(r.officialRating),
    label(r.computedRating),
    r.reason,
    r.abolished ? (lang === 'en' ? 'abolished' : '廃止') : '',
  ]);
  return toExcelCsv(header, body);
}
