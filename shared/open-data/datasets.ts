/**
 * The open data the portal publishes (オープンデータ): what each dataset is,
 * its columns (the data dictionary) and the licence. Only approved data is
 * published: plan results as confirmed, reported shared-measure values, and
 * joint-project participation with the figures of approved reports — never
 * a draft or a report under review.
 */
export const LICENCE = {
  name: 'クリエイティブ・コモンズ 表示 4.0 国際 (CC BY 4.0)',
  id: 'CC-BY-4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/deed.ja',
  attribution: '出典: 神奈川県「かながわDX連携ポータル」',
} as const;

export interface DatasetField {
  name: string;
  type: 'string' | 'number' | 'boolean' | 'date';
  ja: string;
  en: string;
}

export interface DatasetDefinition {
  id: 'plan-results' | 'shared-values' | 'joint-project-participation' | 'joint-project-figures';
  title: { ja: string; en: string };
  description: string;
  /** Query parameters the dataset needs. */
  parameters: { name: string; required: boolean; ja: string }[];
  fields: DatasetField[];
}

const s = (name: string, ja: string, en: string): DatasetField => ({ name, type: 'string', ja, en });
const n = (name: string, ja: string, en: string): DatasetField => ({ name, type: 'number', ja, en });
const b = (name: string, ja: string, en: string): DatasetField => ({ name, type: 'boolean', ja, en });

/** The columns naming a project and a municipality, first in both joint-project datasets. */
const PROJECT_AND_MUNICIPALITY = [
  s('project_id', '事業ID', 'Project id'),
  s('project_name', '事業名', 'Project'),
  s('org_code', '全国地方公共団体コード', 'Local government code'),
  s('org_name', '団体名', 'Municipality'),
];

export const DATASETS: readonly DatasetDefinition[] = [
  {
    id: 'plan-results',
    title: { ja: '神奈川DX計画 施策別成果指標達成状況', en: 'Kanagawa DX plan: results by measure' },
    description: '点検報告書の別紙と同じ内容です。評価は公表（確定）された評価です。',
    parameters: [
      { name: 'planId', required: true, ja: '計画ID（例: kanagawa-dx）' },
      { name: 'fiscalYear', required: true, ja: '年度（西暦、例: 2024 = 令和6年度）' },
    ],
    fields: [
      s('plan_id', '計画ID', 'Plan id'),
      n('fiscal_year', '年度（西暦）', 'Fiscal year'),
      s('pillar', '柱', 'Pillar'),
      s('area', '分野', 'Area'),
      s('measure_no', '施策番号', 'Measure number'),
      s('measure_name', '施策名', 'Measure name'),
      s('bureau', 'とりまとめ局', 'Responsible bureau'),
      s('indicator', '成果指標', 'Indicator'),
      s('target', '目標', 'Target'),
      s('actual', '実績', 'Actual'),
      s('rating_symbol', '評価（記号）', 'Rating symbol'),
      s('rating', '評価（達成・概ね達成・未達成・集計中・指標未設定）', 'Rating id'),
      s('reason', '未達成の理由及び今後の見込み等', 'Reason and outlook'),
      b('abolished', '廃止された施策', 'Abolished'),
    ],
  },
  {
    id: 'shared-values',
    title: { ja: '市町村DX共通指標の値', en: 'Shared municipal DX measures: values' },
    description: '市町村が報告した値と、県が国の統計から入力した値です。sample が true の行は説明用のサンプルデータです。',
    parameters: [
      { name: 'measureId', required: true, ja: '共通指標ID（例: mynumber-card-rate）' },
      { name: 'from', required: false, ja: '期間の始め（例: 2024-04）' },
      { name: 'to', required: false, ja: '期間の終わり（例: 2025-03）' },
    ],
    fields: [
      s('measure_id', '共通指標ID', 'Measure id'),
      s('measure_name', '共通指標名', 'Measure name'),
      s('period', '期間（年月 YYYY-MM、年度 FY2024、基準日 YYYY-MM-DD）', 'Period'),
      s('org_code', '全国地方公共団体コード（national は全国値）', 'Local government code'),
      s('org_name', '団体名', 'Organisation'),
      s('value', '値（数値・true/false・項目別の状況はJSON）', 'Value'),
      s('unit', '単位', 'Unit'),
      b('entered_by_prefecture', '県が入力した値', 'Entered by the prefecture'),
      b('sample', 'サンプルデータ', 'Sample data'),
      s('source', '出典', 'Source'),
    ],
  },
  {
    id: 'joint-project-participation',
    title: { ja: '協働事業の参加状況', en: 'Joint projects: participation' },
    description: '県と市町村の協働事業への参加団体と現在のフェーズ、承認済みの進捗報告がある期間です。',
    parameters: [],
    fields: [
      ...PROJECT_AND_MUNICIPALITY,
      s('phase', '現在のフェーズ', 'Phase'),
      b('live', '導入・運用中', 'Live'),
      { name: 'phase_since', type: 'date', ja: 'このフェーズになった日', en: 'In this phase since' },
      s('approved_periods', '承認済みの報告がある期間（; 区切り）', 'Periods with an approved report'),
      b('sample', 'サンプルデータ', 'Sample data'),
    ],
  },
  {
    id: 'joint-project-figures',
    title: { ja: '協働事業の効果（承認済み報告の数値）', en: 'Joint projects: figures of approved reports' },
    description: '承認された進捗報告のうち、効果として集計する数値（削減時間・費用など）です。',
    parameters: [],
    fields: [
      ...PROJECT_AND_MUNICIPALITY,
      s('period_id', '報告期間', 'Reporting period'),
      s('field_id', '項目ID', 'Field id'),
      s('field_label', '項目名', 'Field'),
      n('value', '値', 'Value'),
      s('unit', '単位', 'Unit'),
      b('sample', 'サンプルデータ', 'Sample data'),
    ],
  },
];

export type DatasetRow = Record<string, string | number | boolean>;

export const datasetById = (id: DatasetDefinition['id']) => DATASETS.find((d) => d.id === id)!;
