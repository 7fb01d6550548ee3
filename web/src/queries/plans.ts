import { createQueries, createQuery } from '@tanstack/solid-query';
import type { Discrepancy, PlanResponse, PlanSummary } from '../../../shared/api/plans';
import { getJson } from '../api';
import { queryKeys } from './keys';
import type { InspectionReportView } from '../../../shared/api/inspection-report';
import type { Headlines } from '../../../shared/api/dashboard';

const path = (planId: string) => `/api/plans/${encodeURIComponent(planId)}`;

export const createPlansQuery = () =>
  createQuery(() => ({
    queryKey: queryKeys.plans,
    queryFn: () => getJson<{ items: { id: string; name: { ja: string; en: string }; years: number[] }[] }>('/api/plans'),
    staleTime: 60_000,
  }));

export const createPlanQuery = (planId: () => string | undefined) =>
  createQuery(() => ({
    queryKey: queryKeys.plan(planId() ?? ''),
    queryFn: () => getJson<PlanResponse>(path(planId()!)),
    enabled: planId() !== undefined,
    staleTime: 60_000,
  }));

export const createSummaryQuery = (planId: () => string | undefined, fy: () => number | undefined) =>
  createQuery(() => ({
    queryKey: queryKeys.summary(planId() ?? '', fy() ?? 0),
    queryFn: () => getJson<PlanSummary>(`${path(planId()!)}/years/${fy()}/summary`),
    enabled: planId() !== undefined && fy() !== undefined,
  }));

/** The inspection report (summary table and annex) for the print view. */
export const createInspectionReportQuery = (planId: () => string | undefined, fy: () => number | undefined, lang: () => string) =>
  createQuery(() => ({
    queryKey: [...queryKeys.report(planId() ?? '', fy() ?? 0), lang()],
    queryFn: () => getJson<InspectionReportView>(`${path(planId()!)}/years/${fy()}/report?lang=${lang()}`),
    enabled: planId() !== undefined && fy() !== undefined,
  }));

export const createDiscrepanciesQuery = (planId: () => string | undefined, fy: () => number | undefined) =>
  createQuery(() => ({
    queryKey: queryKeys.discrepancies(planId() ?? '', fy() ?? 0),
    queryFn: () => getJson<{ items: Discrepancy[] }>(`${path(planId()!)}/years/${fy()}/discrepancies`),
    enabled: planId() !== undefined && fy() !== undefined,
  }));

/** The council dashboard's headline municipal figures. */
export const createHeadlinesQuery = () =>
  createQuery(() => ({ queryKey: queryKeys.headlines, queryFn: () => getJson<Headlines>('/api/dashboard/headlines'), staleTime: 5 * 60_000 }));

/** Every year's summary of a plan (a plan has a handful of years), for the year-over-year table. */
export const createYearSummariesQuery = (planId: () => string | undefined, years: () => number[]) =>
  createQueries(() => ({
    queries: years().map((fy) => ({
      queryKey: queryKeys.summary(planId() ?? '', fy),
      queryFn: () => getJson<PlanSummary>(`${path(planId()!)}/years/${fy}/summary`),
      enabled: planId() !== undefined,
    })),
  }));
