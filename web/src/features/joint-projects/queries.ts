import { createMutation, createQuery, useQueryClient } from '@tanstack/solid-query';
import type { ProgressReport, ProjectOverview, ProjectSave, ReportComment, ReportView } from '../../../../shared/api/joint-projects';
import type { Attachment, AttachmentRequest } from '../../../../shared/joint-projects/attachments';
import type { JointProject } from '../../../../shared/joint-projects/definition';
import type { Participation, ParticipationUpdate } from '../../../../shared/joint-projects/participation';
import type { ReportValues } from '../../../../shared/joint-projects/report-values';
import type { ReportAction } from '../../../../shared/joint-projects/workflow';
import { apiFetch, getAllPages, getJson, sendJson } from '../../app/api';
import { jointKeys } from '../../app/query-keys';

export interface ReportRef {
  projectId: string;
  periodId: string;
  orgCode: string;
}
const reportPath = (r: ReportRef) => `/api/joint-projects/${r.projectId}/periods/${r.periodId}/reports/${r.orgCode}`;

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

/**
 * Attaches a file in the three steps of a presigned upload: register it
 * (limits checked by the API), PUT the bytes straight to the store, confirm.
 */
export const createAttachFile = () =>
  useJointMutation(async (i: ReportRef & { file: File; onProgress?: (step: string) => void }) => {
    const request: AttachmentRequest = { fileName: i.file.name, contentType: i.file.type as AttachmentRequest['contentType'], size: i.file.size };
    i.onProgress?.('登録しています…');
    const { attachment, upload } = await sendJson<{ attachment: Attachment; upload: { url: string; headers: Record<string, string> } }>('POST', `${reportPath(i)}/attachments`, request);
    i.onProgress?.('アップロードしています…');
    // The signed URL is the authorization: no bearer token goes to the store.
    const put = await fetch(upload.url, { method: 'PUT', headers: upload.headers, body: i.file }).catch(() => undefined);
    if (!put?.ok) throw new Error('upload');
    i.onProgress?.('確認しています…');
    return sendJson<Attachment>('POST', `${reportPath(i)}/attachments/${attachment.id}/confirm`, {});
  });

export const createRemoveFile = () =>
  useJointMutation(async (i: ReportRef & { attachmentId: string }) => (await apiFetch(`${reportPath(i)}/attachments/${i.attachmentId}`, { method: 'DELETE' })).json());

/** Opens a file through a short-lived signed link (the token never goes into a URL). */
export async function downloadAttachment(ref: ReportRef, attachment: Attachment): Promise<void> {
  const { url } = await getJson<{ url: string }>(`${reportPath(ref)}/attachments/${attachment.id}`);
  const a = document.createElement('a');
  a.href = url;
  a.download = attachment.fileName;
  document.body.append(a);
  a.click();
  a.remove();
}
