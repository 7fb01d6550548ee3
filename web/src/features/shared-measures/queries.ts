import { createMutation, createQuery, useQueryClient } from '@tanstack/solid-query';
import type { Comparison, ReportedValueRecord, SharedValueUpdate } from '../../../../shared/api/shared-measures';
import type { SharedMeasure } from '../../../../shared/shared-measures/definition';
import { getAllPages, getJson, sendJson } from '../../app/api';
import { sharedKeys } from '../../app/query-keys';

export const createCatalogueQuery = () =>
  createQuery(() => ({
    queryKey: sharedKeys.catalogue,
    queryFn: () => getJson<{ items: SharedMeasure[] }>('/api/shared-measures'),
    staleTime: 5 * 60_000,
  }));

export const createComparisonQuery = (measureId: () => string, period: () => string | undefined) =>
  createQuery(() => ({
    queryKey: sharedKeys.comparison(measureId(), period() ?? ''),
    queryFn: () => getJson<Comparison>(`/api/shared-measures/${measureId()}/periods/${period()}/comparison`),
    enabled: period() !== undefined,
  }));

export const createTrendQuery = (measureId: () => string, from: () => string | undefined, to: () => string | undefined) =>
  createQuery(() => ({
    queryKey: sharedKeys.trend(measureId(), from() ?? '', to() ?? ''),
    queryFn: () => getJson<{ items: ReportedValueRecord[] }>(`/api/shared-measures/${measureId()}/trends?from=${from()}&to=${to()}`),
    enabled: from() !== undefined && to() !== undefined,
  }));

export const createProfileQuery = (orgCode: () => string) =>
  createQuery(() => ({
    queryKey: sharedKeys.profile(orgCode()),
    // A municipality holds a few hundred values: all pages.
    queryFn: () => getAllPages<ReportedValueRecord>(`/api/organisations/${orgCode()}/shared-values?limit=100`),
  }));

/** Reports a value; every comparison, trend and profile of the measure is refetched. */
export function createSaveValue() {
  const client = useQueryClient();
  return createMutation(() => ({
    mutationFn: (input: { measureId: string; period: string; orgCode: string; body: SharedValueUpdate }) =>
      sendJson<ReportedValueRecord>('PUT', `/api/shared-measures/${input.measureId}/periods/${input.period}/values/${input.orgCode}`, input.body),
    onSuccess: () => client.invalidateQueries({ queryKey: sharedKeys.all }),
  }));
}

/** An administrator removes a wrong value, with the reason its history keeps. */
export function createRemoveValue() {
  const client = useQueryClient();
  return createMutation(() => ({
    mutationFn: (input: { measureId: string; period: string; orgCode: string; body: { version: number; reason: string } }) =>
      sendJson<{ removed: true }>('DELETE', `/api/shared-measures/${input.measureId}/periods/${input.period}/values/${input.orgCode}`, input.body),
    onSuccess: () => client.invalidateQueries({ queryKey: sharedKeys.all }),
  }));
}
