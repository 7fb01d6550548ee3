import { createInfiniteQuery, createMutation, createQuery, useQueryClient } from '@tanstack/solid-query';
import type { AuditRecord, MeasureDetail, MeasureList, MeasureListQuery, MeasureResultUpdate, MeasureRow } from '../../../../shared/api/plans';
import { getJson, sendJson } from '../../app/api';
import { queryKeys } from '../../app/query-keys';

const planPath = (planId: string) => `/api/plans/${encodeURIComponent(planId)}`;

/** The query string of a measures list request, without empty filters. */
export function measureListSearch(query: MeasureListQuery): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') params.set(k, String(v));
  return params.toString();
}

export const createMeasuresQuery = (planId: () => string, fy: () => number, query: () => MeasureListQuery) =>
  createInfiniteQuery(() => ({
    queryKey: queryKeys.measures(planId(), fy(), query()),
    queryFn: ({ pageParam }) =>
      getJson<MeasureList>(
        `${planPath(planId())}/years/${fy()}/measures?${measureListSearch({ ...query(), limit: 100, cursor: pageParam })}`,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor,
    enabled: planId() !== '' && fy() !== 0,
  }));

export const createMeasureQuery = (planId: () => string, measureNo: () => string) =>
  createQuery(() => ({
    queryKey: queryKeys.measure(planId(), measureNo()),
    queryFn: () => getJson<MeasureDetail>(`${planPath(planId())}/measures/${encodeURIComponent(measureNo())}`),
    enabled: planId() !== '',
  }));

/** A measure's audit trail, newest first, a page at a time. */
export const createHistoryQuery = (planId: () => string, measureNo: () => string, enabled: () => boolean) =>
  createInfiniteQuery(() => ({
    queryKey: queryKeys.history(planId(), measureNo()),
    queryFn: ({ pageParam }) =>
      getJson<{ items: AuditRecord[]; nextCursor?: string }>(
        `${planPath(planId())}/measures/${encodeURIComponent(measureNo())}/history${pageParam ? `?cursor=${encodeURIComponent(pageParam)}` : ''}`,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor,
    enabled: enabled() && planId() !== '',
  }));

/** Saves a measure's figures; on success everything derived from the plan year is refetched. */
export function createMeasureUpdate(planId: () => string, fy: () => number, measureNo: () => string) {
  const client = useQueryClient();
  return createMutation(() => ({
    mutationFn: (update: MeasureResultUpdate) =>
      sendJson<MeasureRow>('PUT', `${planPath(planId())}/years/${fy()}/measures/${encodeURIComponent(measureNo())}`, update),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.plan(planId()) }),
  }));
}
