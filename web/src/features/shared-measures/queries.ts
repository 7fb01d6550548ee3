import { createMutation, createQuery, useQueryClient } from '@tanstack/solid-query';
import type { Comparison, ReportedValueRecord, ReviewQueue, SharedValueUpdate } from '../../../../shared/api/shared-measures';
import type { SharedMeasure } from '../../../../shared/shared-measures/definition';
import { getAllPages, getJson, sendJson } from '../../app/api';
import { sharedKeys } from '../../app/query-keys';

/** A catalogue entry as the list returns it: with the period pages open on, computed by the API from the calendar. */
export type CatalogueMeasure = SharedMeasure & { currentPeriod?: string };

export const createCatalogueQuery = () =>
  createQuery(() => ({
    queryKey: sharedKeys.catalogue,
    queryFn: () => getJson<{ items: CatalogueMeasure[] }>('/api/shared-measures'),
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

/** One municipality's values across every measure and period: the one endpoint (one Query on GSI2), all its pages. */
export const createProfileQuery = (orgCode: () => string, enabled: () => boolean = () => true) =>
  createQuery(() => ({
    queryKey: sharedKeys.profile(orgCode()),
    // The whole profile in one request (the API's page holds up to 1,000 values); further pages only if it ever grows.
    queryFn: () => getAllPages<ReportedValueRecord>(`/api/organisations/${orgCode()}/shared-values?limit=1000`),
    enabled: enabled(),
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

/** A plausibility finding: which rule, and what it says. */
export type { Finding } from '../../../../shared/shared-measures/plausibility';

/** The values of one measure and period waiting for review, and one of them (GET /api/shared-measures/review-queue). */
export type ReviewQueueGroup = ReviewQueue['items'][number];
export type ReviewQueueValue = ReviewQueueGroup['values'][number];

/** 確認待ち: every submitted value of every opened window, grouped by measure and period. */
export const createReviewQueueQuery = (enabled: () => boolean) =>
  createQuery(() => ({
    queryKey: sharedKeys.reviewQueue,
    queryFn: () => getJson<ReviewQueue>('/api/shared-measures/review-queue'),
    enabled: enabled(),
  }));

const valuePath = (v: { measureId: string; period: string; orgCode: string }) =>
  `/api/shared-measures/${encodeURIComponent(v.measureId)}/periods/${encodeURIComponent(v.period)}/values/${encodeURIComponent(v.orgCode)}`;

/** Confirms one value, or returns it with a comment; every view of shared values is refetched. */
export function createReviewValue() {
  const client = useQueryClient();
  return createMutation(() => ({
    mutationFn: (input: { measureId: string; period: string; orgCode: string; version: number; decision: 'confirm' | 'return'; comment?: string }) =>
      sendJson<ReportedValueRecord>('POST', `${valuePath(input)}/review`, { version: input.version, decision: input.decision, ...(input.comment ? { comment: input.comment } : {}) }),
    onSettled: () => client.invalidateQueries({ queryKey: sharedKeys.all }),
  }));
}

/** The API confirms at most this many values in one all-or-nothing request. */
export const CONFIRM_BATCH = 50;

/** Confirms every listed value of one period at once: all or nothing, each guarded by the version the reviewer saw. */
export function createConfirmPeriod() {
  const client = useQueryClient();
  return createMutation(() => ({
    mutationFn: (input: { measureId: string; period: string; items: { orgCode: string; version: number }[] }) =>
      sendJson<{ confirmed: number }>('POST', `/api/shared-measures/${encodeURIComponent(input.measureId)}/periods/${encodeURIComponent(input.period)}/confirmations`, { items: input.items }),
    onSettled: () => client.invalidateQueries({ queryKey: sharedKeys.all }),
  }));
}
