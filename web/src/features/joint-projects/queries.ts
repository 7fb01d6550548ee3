import { createMutation, createQuery, useQueryClient } from '@tanstack/solid-query';
import type { ProgressReport, ProjectOverview, ProjectSave, ReportComment, ReportView } from '../../../../shared/api/joint-projects';
import type { JointProject } from '../../../../shared/joint-projects/definition';
import type { Participation, ParticipationUpdate } from '../../../../shared/joint-projects/participation';
import type { ReportValues } from '../../../../shared/joint-projects/report-values';
import type { ReportAction } from '../../../../shared/joint-projects/workflow';
import { getAllPages, getJson, sendJson } from '../../app/api';
import { jointKeys } from '../../app/query-keys';

export interface ReportRef {
  projectId: string;
  periodId: string;
  orgCode: string;
}
export const reportPath = (r: ReportRef) => `/api/joint-projects/${r.projectId}/periods/${r.periodId}/reports/${r.orgCode}`;

export const createProjectListQuery = () =>
  createQuery(() => ({
    queryKey: jointKeys.list,
    queryFn: async () => ({ items: await getAllPages<JointProject>('/api/joint-projects?limit=100') }),
  }));

export const createProjectOverviewQuery = (projectId: () => string) =>
  createQuery(() => ({ queryKey: jointKeys.overview(projectId()), queryFn: () => getJson<ProjectOverview>(`/api/joint-projects/${projectId()}`) }));

export const createReportQuery = (ref: () => ReportRef) =>
  createQuery(() => ({ queryKey: jointKeys.report(ref().projectId, ref().periodId, ref().orgCode), queryFn: () => getJson<ReportView>(reportPath(ref())) }));

export const createReviewQueueQuery = (enabled: () => boolean) =>
  createQuery(() => ({
    queryKey: jointKeys.reviewQueue,
    queryFn: () => getJson<{ items: ProgressReport[] }>('/api/joint-project-reports/awaiting-review?limit=100'),
    enabled: enabled(),
  }));

export const createLinkedProjectsQuery = (planId: () => string, measureNo: () => string) =>
  createQuery(() => ({
    queryKey: jointKeys.forMeasure(planId(), measureNo()),
    queryFn: () => getJson<{ items: { project: JointProject; effects: ProjectOverview['effects']; latestApproved: { orgCode: string; periodId: string; at: string }[] }[] }>(
      `/api/plans/${planId()}/measures/${measureNo()}/joint-projects`,
    ),
  }));

/** Any change to a report shows on the board, in the queue and in notices: refetch all of joint projects. */
function useJointMutation<I, O>(fn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return createMutation(() => ({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: jointKeys.all }) }));
}

export const createSaveReport = () =>
  useJointMutation((i: ReportRef & { version: number; values: ReportValues }) => sendJson<ProgressReport>('PUT', reportPath(i), { version: i.version, values: i.values }));

export const createReportTransition = () =>
  useJointMutation((i: ReportRef & { action: Exclude<ReportAction, 'save'>; version: number; comment?: string }) =>
    sendJson<ProgressReport>('POST', `${reportPath(i)}/transitions`, { action: i.action, version: i.version, comment: i.comment }),
  );

export const createAddComment = () => useJointMutation((i: ReportRef & { text: string }) => sendJson<ReportComment>('POST', `${reportPath(i)}/comments`, { text: i.text }));

export const createSetParticipation = () =>
  useJointMutation((i: { projectId: string; orgCode: string; body: ParticipationUpdate }) =>
    sendJson<Participation>('PUT', `/api/joint-projects/${i.projectId}/participants/${i.orgCode}`, i.body),
  );

export const createSaveProject = () => useJointMutation((i: { projectId: string; body: ProjectSave }) => sendJson<JointProject>('PUT', `/api/joint-projects/${i.projectId}`, i.body));
