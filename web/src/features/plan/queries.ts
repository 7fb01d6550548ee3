import { createQuery } from '@tanstack/solid-query';
import type { Discrepancy, PlanResponse, PlanSummary } from '../../../../shared/api/plans';
import { getJson } from '../../app/api';
import { queryKeys } from '../../app/query-keys';

/** Where a plan lives in the API; the inspection report and the council summary read under it too. */
export const planPath = (planId: string) => `/api/plans/${encodeURIComponent(planId)}`;

export const createPlansQuery = () =>
  createQuery(() => ({
    queryKey: queryKeys.plans,
    queryFn: () => getJson<{ items: { id: string; name: { ja: string; en: string }; years: number[] }[] }>('/api/plans'),
    staleTime: 60_000,
  }));

export const createPlanQuery = (planId: () => string | undefined) =>
  createQuery(() => ({
    queryKey: queryKeys.plan(planId() ?? ''),
    queryFn: () => getJson<PlanResponse>(planPath(planId()!)),
    enabled: planId() !== undefined,
    staleTime: 60_000,
  }));

export const createSummaryQuery = (planId: () => string | undefined, fy: () => number | undefined) =>
  createQuery(() => ({
    queryKey: queryKeys.summary(planId() ?? '', fy() ?? 0),
    queryFn: () => getJson<PlanSummary>(`${planPath(planId()!)}/years/${fy()}/summary`),
    enabled: planId() !== undefined && fy() !== undefined,
  }));

export const createDiscrepanciesQuery = (planId: () => string | undefined, fy: () => number | undefined) =>
  createQuery(() => ({
    queryKey: queryKeys.discrepancies(planId() ?? '', fy() ?? 0),
    queryFn: () => getJson<{ items: Discrepancy[] }>(`${planPath(planId()!)}/years/${fy()}/discrepancies`),
    enabled: planId() !== undefined && fy() !== undefined,
  }));
