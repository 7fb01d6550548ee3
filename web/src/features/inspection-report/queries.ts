import { createQuery } from '@tanstack/solid-query';
import type { InspectionReportView } from '../../../../shared/api/inspection-report';
import { getJson } from '../../app/api';
import { queryKeys } from '../../app/query-keys';
import { planPath } from '../plan/queries';

/** The inspection report (summary table and annex) for the print view. */
export const createInspectionReportQuery = (planId: () => string | undefined, fy: () => number | undefined, lang: () => string) =>
  createQuery(() => ({
    queryKey: [...queryKeys.report(planId() ?? '', fy() ?? 0), lang()],
    queryFn: () => getJson<InspectionReportView>(`${planPath(planId()!)}/years/${fy()}/report?lang=${lang()}`),
    enabled: planId() !== undefined && fy() !== undefined,
  }));
