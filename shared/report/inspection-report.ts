import type { MeasureRow, PlanSummary, RatingCounts } from '../api/plans';
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

/** The annex's columns, as printed. */
export const ANNEX_COLUMNS = ['分野', '番号', '施策名', 'とりまとめ局', '成果指標', '目標', '実績', '評価', '未達成の理由及び今後の見込み等'] as const;

export interface AnnexRow {
  /** The top-level group (pillar): the XLSX has one sheet per pillar. */
  pillar: string;
  /** The leaf group as the annex heads it, e.g. 「1 行政手続」. */
  area: string;
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

export interface SummaryTableRow extends SummaryRow {
  label: string;
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
    return {
      pillar: r.groups[0]?.name ?? '',
      area: leaf ? `${leaf.key} ${leaf.name}` : '',
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
    ...summary.groups.map((g) => ({ label: g.name, counts: g.counts, total: false, ...summaryRow(g.counts, scheme) })),
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
export function summaryColumns(scheme: RatingScheme): string[] {
  const evaluated = scheme.levels.filter((l) => l.role === 'evaluated').map((l) => `${l.symbol}${l.label.ja}`);
  const pending = scheme.levels.filter((l) => l.role === 'pending').map((l) => `(${l.label.ja})`);
  const rates = scheme.levels.filter((l) => l.showRate).map((l) => `達成率（${l.label.ja}）`);
  return ['区分', ...evaluated, '計', ...pending, ...rates, `達成率（${scheme.levels.filter((l) => l.showRate).map((l) => l.label.ja).join('＋')}）`];
}

/** A summary row's cells in the order of {@link summaryColumns}; rates as printed (74.6%). */
export function summaryCells(row: SummaryTableRow, scheme: RatingScheme): (string | number)[] {
  const count = (id: string) => row.counts[id] ?? 0;
  return [
    row.label,
    ...scheme.levels.filter((l) => l.role === 'evaluated').map((l) => count(l.id)),
    row.evaluated,
    ...scheme.levels.filter((l) => l.role === 'pending').map((l) => `(${count(l.id)})`),
    ...scheme.levels.filter((l) => l.showRate).map((l) => `${(row.rates[l.id] ?? 0).toFixed(1)}%`),
    `${row.combinedRate.toFixed(1)}%`,
  ];
}

export const annexCells = (r: AnnexRow): string[] => [r.area, r.measureNo, r.name, r.bureau, r.indicator, r.target, r.actual, r.rating, r.reason];

/** The annex as CSV (UTF-8 with BOM, opens in Excel). */
export const annexCsv = (report: InspectionReport): string => toExcelCsv(ANNEX_COLUMNS, report.annex.map(annexCells));

/** The summary table as CSV. */
export const summaryCsv = (report: InspectionReport): string =>
  toExcelCsv(summaryColumns(report.scheme), report.summary.map((r) => summaryCells(r, report.scheme)));
