import { createQueries, createQuery } from '@tanstack/solid-query';
import type { PlanSummary } from '../../../../shared/api/plans';
import type { Headlines } from '../../../../shared/api/dashboard';
import { getJson } from '../../app/api';
import { queryKeys } from '../../app/query-keys';
import { planPath } from '../plan/queries';

/** The council dashboard's headline municipal figures. */
export const createHeadlinesQuery = () =>
  createQuery(() => ({ queryKey: queryKeys.headlines, queryFn: () => getJson<Headlines>('/api/dashboard/headlines'), staleTime: 5 * 60_000 }));

/** Every year's summary of a plan (a plan has a handful of years), for the year-over-year table. */
export const createYearSummariesQuery = (planId: () => string | undefined, years: () => number[]) =>
  createQueries(() => ({
    queries: years().map((fy) => ({
      queryKey: queryKeys.summary(planId() ?? '', fy),
      queryFn: () => getJson<PlanSummary>(`${planPath(planId()!)}/years/${fy}/summary`),
      enabled: planId() !== undefined,
    })),
  }));
