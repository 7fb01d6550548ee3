import type { MeasureRow, PlanSummary, RatingCounts } from '../api/plans';
import { columnsCsv, type Column } from '../columns';
import { toExcelCsv } from '../csv';
import { formatFiscalYear } from '../fiscal-year';
import { summaryRow, type SummaryRow } from '../rating/summary';
import type { RatingScheme } from '../rating/scheme';

/**
 * The inspection report (点検報告書) as the prefecture publishes it: the
 * summary table of section ２(1) and the annex 施策別成果指標達成状況一覧,
 * built from the same data as every other view. Pure, so CSV, XLSX and the
 * print view cannot disagree.
 */

export type ReportLang = 'ja' | 'en';

export interface AnnexRow {
  /** The top-level group (pillar): the XLSX has one sheet per pillar. */
  pillar: string;
  /** The pillar's English name, where the plan declares one. */
  pillarEn?: string;
  /** The leaf group as the annex heads it, e.g. 「1 行政手続」. */
  area: string;
  /** The same in English (1 Children and young people), where the plan declares the name. */
  areaEn?: string;
  measureNo: string;
  name: string;
  bureau: string;
  indicator: string;
  target: string;
  actual: string;
  /** The published symbol (◎ ○ △ ■ ―); empty for an abolished measure. */
  rating: string;
  reason: string;
  abolished: boolean;
}

/**
 * The annex's columns (施策別成果指標達成状況一覧), as printed and in English:
 * the CSV, the XLSX (functions' inspection-report workbook) and the print view
 * (the web's inspection report page) are all drawn from this one list.
 */
export const ANNEX_TABLE: readonly Column<AnnexRow>[] = [
  { id: 'area', header: { ja: '分野', en: 'Area' }, width: 18, cell: (r, lang) => (lang === 'en' ? r.areaEn ?? r.area : r.area) },
  { id: 'measure_no', header: { ja: '番号', en: 'No.' }, width: 7, cell: (r) => r.measureNo, rowHeader: true, className: 'nowrap' },
  { id: 'measure_name', header: { ja: '施策名', en: 'Measure' }, width: 30, cell: (r) => r.name },
  { id: 'bureau', header: { ja: 'とりまとめ局', en: 'Responsible bureau' }, width: 14, cell: (r) => r.bureau },
  { id: 'indicator', header: { ja: '成果指標', en: 'Indicator' }, width: 30, cell: (r) => r.indicator },
  { id: 'target', header: { ja: '目標', en: 'Target' }, width: 16, cell: (r) => r.target },
  { id: 'actual', header: { ja: '実績', en: 'Actual' }, width: 16, cell: (r) => r.actual },
  { id: 'rating_symbol', header: { ja: '評価', en: 'Rating' }, width: 6, cell: (r) => r.rating, className: 'rating-cell' },
  { id: 'reason', header: { ja: '未達成の理由及び今後の見込み等', en: 'Reason for not achieving and outlook' }, width: 50, cell: (r) => r.reason },
];

export interface SummaryTableRow extends SummaryRow {
  label: string;
  /** The group's English name, where the plan declares one. */
  labelEn?: string;
  counts: RatingCounts;
  total: boolean;
}

export interface InspectionReport {
  title: string;
  fiscalYear: number;
  scheme: RatingScheme;
  summary: SummaryTableRow[];
  annex: AnnexRow[];
}

/** The annex in the report's order (the plan's measure order), one row per measure, abolished ones included. */
export function annexRows(rows: readonly MeasureRow[], scheme: RatingScheme): AnnexRow[] {
  const symbol = (id: string | null) => scheme.levels.find((l) => l.id === id)?.symbol ?? '';
  return rows.map((r) => {
    const leaf = r.groups.at(-1);
    const pillarEn = r.groups[0]?.nameEn;
    return {
      pillar: r.groups[0]?.name ?? '',
      ...(pillarEn ? { pillarEn } : {}),
      area: leaf ? `${leaf.key} ${leaf.name}` : '',
      ...(leaf?.nameEn ? { areaEn: `${leaf.key} ${leaf.nameEn}` } : {}),
      measureNo: r.measureNo,
      name: r.name,
      bureau: r.bureau,
      indicator: r.indicators.map((i) => i.name).join(' '),
      target: r.targetText,
      actual: r.actualText,
      rating: r.abolished ? '' : symbol(r.officialRating),
      reason: r.reason,
      abolished: r.abolished,
    };
  });
}

/** One row per top-level group (pillar) and the total (合計), as section ２(1) prints them. */
export function summaryTable(summary: PlanSummary, scheme: RatingScheme): SummaryTableRow[] {
  return [
    ...summary.groups.map((g) => ({ label: g.name, ...(g.nameEn ? { labelEn: g.nameEn } : {}), counts: g.counts, total: false, ...summaryRow(g.counts, scheme) })),
    { label: '合計', counts: summary.total.counts, total: true, ...summaryRow(summary.total.counts, scheme) },
  ];
}

export function buildInspectionReport(input: { planName: string; summary: PlanSummary; rows: readonly MeasureRow[]; scheme: RatingScheme }): InspectionReport {
  return {
    title: `${input.planName} ${formatFiscalYear(input.summary.fiscalYear)}点検報告書`,
    fiscalYear: input.summary.fiscalYear,
    scheme: input.scheme,
    summary: summaryTable(input.summary, input.scheme),
    annex: annexRows(input.rows, input.scheme),
  };
}

/** The summary table's header: 施策数 by level (達成 概ね達成 未達成), 計, (集計中), then each 達成率 and their sum. */
export function summaryColumns(scheme: RatingScheme, lang: ReportLang = 'ja'): string[] {
  const label = (l: RatingScheme['levels'][number]) => l.label[lang];
  const evaluated = scheme.levels.filter((l) => l.role === 'evaluated').map((l) => `${l.symbol}${lang === 'en' ? ' ' : ''}${label(l)}`);
  const pending = scheme.levels.filter((l) => l.role === 'pending').map((l) => `(${label(l)})`);
  const shown = scheme.levels.filter((l) => l.showRate);
  if (lang === 'en') {
    return ['Group', ...evaluated, 'Rated', ...pending, ...shown.map((l) => `Rate (${label(l)})`), `Rate (${shown.map(label).join(' + ')})`];
  }
  return ['区分', ...evaluated, '計', ...pending, ...shown.map((l) => `達成率（${label(l)}）`), `達成率（${shown.map(label).join('＋')}）`];
}

/** A summary row's cells in the order of {@link summaryColumns}; rates as printed (74.6%). */
export function summaryCells(row: SummaryTableRow, scheme: RatingScheme, lang: ReportLang = 'ja'): (string | number)[] {
  const count = (id: string) => row.counts[id] ?? 0;
  return [
    lang === 'en' ? (row.total ? 'Total' : row.labelEn ?? row.label) : row.label,
    ...scheme.levels.filter((l) => l.role === 'evaluated').map((l) => count(l.id)),
    row.evaluated,
    ...scheme.levels.filter((l) => l.role === 'pending').map((l) => `(${count(l.id)})`),
    ...scheme.levels.filter((l) => l.showRate).map((l) => `${(row.rates[l.id] ?? 0).toFixed(1)}%`),
    `${row.combinedRate.toFixed(1)}%`,
  ];
}

/** The annex as CSV (UTF-8 with BOM, opens in Excel); headers in the chosen language, the report's text as published. */
export const annexCsv = (report: InspectionReport, lang: ReportLang = 'ja'): string => columnsCsv(ANNEX_TABLE, report.annex, lang);

/** The summary table as CSV. */
export const summaryCsv = (report: InspectionReport, lang: ReportLang = 'ja'): string =>
  toExcelCsv(summaryColumns(report.scheme, lang), report.summary.map((r) => summaryCells(r, report.scheme, lang)));
