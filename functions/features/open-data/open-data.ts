import { STATE_RULES } from '../../../shared/joint-projects/workflow';
import type { ReportedValueRecord } from '../../../shared/api/shared-measures';
import type { DatasetRow } from '../../../shared/open-data/datasets';
import { isValidPeriod } from '../../../shared/shared-measures/periods';
import { publishedValue } from '../../../shared/shared-measures/review';
import { invalidInput, notFound } from '../../../shared/errors';
import { listAllBoards } from '../joint-projects';
import { catalogueOf, listTrendValues } from '../shared-measures';
import { loadPlanYear, measureRows } from '../plan';
import { organisationsOf } from '../organisations';

/**
 * Plan results for one year, as the annex publishes them (official ratings): published years only, read as the
 * public reads them (a 作成中 year is not found), so the open data and the public pages hold the same.
 */
export async function planResultRows(prefCode: string, planId: string, fiscalYear: number): Promise<DatasetRow[]> {
  const year = await loadPlanYear(prefCode, planId, fiscalYear, undefined);
  const levels = year.structure.definition.ratingScheme.levels;
  return measureRows(year).map((r) => ({
    plan_id: planId,
    fiscal_year: fiscalYear,
    pillar: r.groups[0]?.name ?? '',
    area: r.groups.at(-1)?.name ?? '',
    measure_no: r.measureNo,
    measure_name: r.name,
    bureau: r.bureau,
    indicator: r.indicators.map((i) => i.name).join(' '),
    target: r.targetText,
    actual: r.actualText,
    rating_symbol: r.abolished ? '' : (levels.find((l) => l.id === r.officialRating)?.symbol ?? ''),
    rating: r.abolished ? '' : (r.officialRating ?? ''),
    reason: r.reason,
    abolished: r.abolished,
  }));
}

const valueText = (v: ReportedValueRecord['value']) => (typeof v === 'object' ? JSON.stringify(v) : String(v));

/**
 * One shared measure's values over a range of periods (all when no range): one Query. Only what the prefecture has
 * confirmed is published: a value waiting for review, or returned, shows as it was last confirmed, or not at all.
 */
export async function sharedValueRows(prefCode: string, measureId: string, from?: string, to?: string): Promise<DatasetRow[]> {
  const [catalogue, organisations] = await Promise.all([catalogueOf(prefCode), organisationsOf(prefCode)]);
  const measure = catalogue.find((m) => m.id === measureId);
  if (!measure) throw notFound({ ja: `共通指標「${measureId}」`, en: `Shared measure "${measureId}"` });
  for (const p of [from, to]) {
    if (p !== undefined && !isValidPeriod(measure.period, p)) {
      throw invalidInput({ ja: `期間「${p}」はこの指標の期間の形式ではありません。`, en: `"${p}" is not a period of this measure.` });
    }
  }
  // Period keys sort as text within a measure, so "" to "~" spans them all.
  const values = (await listTrendValues(prefCode, measureId, from ?? '', to ?? '~')).flatMap((v) => publishedValue(v) ?? []);
  const nameOf = (code: string) => (code === 'national' ? '全国' : (organisations.find((o) => o.code === code)?.name ?? code));
  return values.map((v) => ({
    measure_id: measureId,
    measure_name: measure.name.ja,
    period: v.period,
    org_code: v.orgCode,
    org_name: nameOf(v.orgCode),
    value: valueText(v.value),
    unit: measure.unit,
    entered_by_prefecture: v.enteredByPrefecture,
    sample: v.sample,
    source: v.source ?? '',
  }));
}

/**
 * Every project's participants and the figures of their approved reports.
 * Only approved marks are read: a draft or a report under review leaves no trace here.
 */
export async function jointProjectRows(prefCode: string): Promise<{ participation: DatasetRow[]; figures: DatasetRow[] }> {
  const [boards, organisations] = await Promise.all([listAllBoards(prefCode), organisationsOf(prefCode)]);
  const nameOf = (code: string) => organisations.find((o) => o.code === code)?.name ?? code;
  const participation: DatasetRow[] = [];
  const figures: DatasetRow[] = [];
  for (const { project, participants } of boards) {
    for (const p of participants) {
      const phase = project.phases.find((ph) => ph.id === p.phaseId);
      const approved = project.periods.filter((period) => STATE_RULES[p.reports[period.id]?.state ?? 'draft'].published);
      participation.push({
        project_id: project.id,
        project_name: project.name,
        org_code: p.orgCode,
        org_name: nameOf(p.orgCode),
        phase: phase?.name ?? p.phaseId,
        live: phase?.live ?? false,
        phase_since: p.phaseSince.slice(0, 10),
        approved_periods: approved.map((period) => period.id).join(';'),
        sample: p.sample,
      });
      for (const period of approved) {
        for (const [fieldId, value] of Object.entries(p.approvedFigures[period.id] ?? {})) {
          const field = project.fields.find((f) => f.id === fieldId);
          figures.push({
            project_id: project.id,
            project_name: project.name,
            org_code: p.orgCode,
            org_name: nameOf(p.orgCode),
            period_id: period.id,
            field_id: fieldId,
            field_label: field?.label ?? fieldId,
            value,
            unit: field?.type === 'number' ? field.unit : '',
            sample: p.sample,
          });
        }
      }
    }
  }
  return { participation, figures };
}
