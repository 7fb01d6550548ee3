/**
 * The columns of a values file, declared once: the XLSX template writes them, and the CSV and XLSX imports read
 * them (by either header). Columns marked `readOnly` are there for the person filling in the file and are
 * ignored when it comes back; errors name a column by its Japanese header, as the template shows it.
 */
export interface ValuesFileColumn {
  key: 'measure_id' | 'measure_name' | 'period' | 'period_label' | 'org_code' | 'org_name' | 'item' | 'unit' | 'value' | 'note' | 'source';
  ja: string;
  en: string;
  readOnly?: true;
  /** Column width in the template, in characters. */
  width: number;
}

export const VALUES_FILE_COLUMNS: readonly ValuesFileColumn[] = [
  { key: 'measure_id', ja: '指標ID', en: 'measure_id', width: 22 },
  { key: 'measure_name', ja: '指標名', en: 'measure_name', readOnly: true, width: 36 },
  { key: 'period', ja: '期間', en: 'period', width: 10 },
  { key: 'period_label', ja: '期間名', en: 'period_label', readOnly: true, width: 14 },
  { key: 'org_code', ja: '団体コード', en: 'org_code', width: 10 },
  { key: 'org_name', ja: '団体名', en: 'org_name', readOnly: true, width: 12 },
  /** A `status` measure has one row per item (e.g. per standardised system); empty for the other kinds. */
  { key: 'item', ja: '項目', en: 'item', width: 24 },
  { key: 'unit', ja: '単位', en: 'unit', readOnly: true, width: 8 },
  { key: 'value', ja: '値', en: 'value', width: 14 },
  { key: 'note', ja: '備考', en: 'note', width: 40 },
  { key: 'source', ja: '出典', en: 'source', width: 24 },
];

export type ValuesFileKey = ValuesFileColumn['key'];

/** The column a header names, by its Japanese header or its English key (as older CSV files have them). */
export function columnOfHeader(header: string): ValuesFileColumn | undefined {
  const h = header.trim();
  return VALUES_FILE_COLUMNS.find((c) => c.ja === h || c.en === h);
}

/** How a column is named in messages: 「値」(value). */
export const columnName = (key: ValuesFileKey, lang: 'ja' | 'en') => {
  const c = VALUES_FILE_COLUMNS.find((col) => col.key === key)!;
  return lang === 'ja' ? c.ja : c.en;
};
