import { createQuery } from '@tanstack/solid-query';
import type { ReportingRates } from '../../../../shared/shared-measures/reporting-rates';
import { getJson } from '../../app/api';
import { sharedKeys } from '../../app/query-keys';

/** 報告状況 over a range of deadlines; empty dates leave the range to the server (the last 12 months). */
export const createReportingRatesQuery = (range: () => { from: string; to: string }, enabled: () => boolean) =>
  createQuery(() => {
    const { from, to } = range();
    const query = new URLSearchParams({ ...(from ? { from } : {}), ...(to ? { to } : {}) }).toString();
    return {
      queryKey: sharedKeys.reportingRates(from, to),
      queryFn: () => getJson<ReportingRates>(`/api/shared-measures/reporting-rates${query ? `?${query}` : ''}`),
      enabled: enabled(),
    };
  });
