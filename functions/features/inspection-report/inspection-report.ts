import { buildPlanSummary } from '../../../shared/rating/summary';
import { ANNEX_TABLE, buildInspectionReport, summaryCells, summaryColumns, type InspectionReport, type ReportLang } from '../../../shared/report/inspection-report';
import { rowCells } from '../../../shared/columns';
import { writeXlsx, type XlsxSheet } from '../../platform/files/xlsx';
import type { Viewer } from '../../../shared/auth/audiences';
import { loadPlanYear, loadPublishedYear, measureRows } from '../plan';

/**
 * A plan's inspection report for one year, from its structure and results (two Queries); a 作成中 year for signed-in
 * viewers only. `published`: the year as it was published (its snapshot), before any erratum.
 */
export async function loadInspectionReport(
  prefCode: string,
  planId: string,
  fiscalYear: number,
  viewer: Viewer,
  version: 'current' | 'published' = 'current',
): Promise<InspectionReport> {
  const year = version === 'published' ? await loadPublishedYear(prefCode, planId, fiscalYear, viewer) : await loadPlanYear(prefCode, planId, fiscalYear, viewer);
  const { definition, groups, measures } = year.structure;
  const scheme = definition.ratingScheme;
  const summary = buildPlanSummary({ planId, fiscalYear, scheme, groups, measures, results: [...year.results.values()] });
  return buildInspectionReport({ planName: definition.name.ja, summary, rows: measureRows(year), scheme });
}

/** Column widths (characters) of the annex, as the printed report balances them. */

/** Excel refuses sheet names over 31 characters or with []:*?/\. */
const sheetName = (name: string) => name.replace(/[[\]:*?/\\]/g, '・').slice(0, 31);

/** The report as a workbook: the summary table first, then the annex with one sheet per pillar. */
export function inspectionReportXlsx(report: InspectionReport, lang: ReportLang = 'ja'): Buffer {
  const pillars = [...new Set(report.annex.map((r) => r.pillar))];
  const summary: XlsxSheet = {
    name: lang === 'en' ? 'Summary' : '概要',
    columns: summaryColumns(report.scheme, lang).map((header, i) => ({ header, width: i === 0 ? 20 : 12 })),
    rows: report.summary.map((r) => summaryCells(r, report.scheme, lang)),
  };
  const annex = pillars.map((pillar) => ({
    name: sheetName(pillar),
    columns: ANNEX_TABLE.map((c) => ({ header: c.header[lang], width: c.width })),
    rows: report.annex.filter((r) => r.pillar === pillar).map((r) => rowCells(ANNEX_TABLE, r, lang)),
  }));
  return writeXlsx([summary, ...annex]);
}
