import type { Principal } from '../../../shared/auth/roles';
import { conflict, forbidden, notFound } from '../../../shared/errors';
import { MAX_ATTACHMENTS_PER_REPORT, type Attachment, type AttachmentRequest } from '../../../shared/joint-projects/attachments';
import { canReadReport, STATE_RULES } from '../../../shared/joint-projects/workflow';
import {
  attachmentDownload,
  confirmAttachmentUpload,
  removeAttachment as removeThreadAttachment,
  requestAttachmentUpload,
  type AttachmentThread,
} from '../../platform/files/attachments';
import type { SignedRequest } from '../../platform/files/file-store';
import { reportKeys, type ReportKey } from './progress-reports.table';
import { reportEditableCheck } from './report-attachments.table';
import { loadReportContext, type ReportContext } from './report-context';

/**
 * A report's evidence files are the platform's thread files (functions/platform/files/attachments.ts); what is
 * the report's own is who may change them (its municipality, while the report is with them) and who may read them
 * (whoever may read the report).
 */
const notEditable = (ctx: ReportContext) =>
  conflict(
    'not_editable',
    ctx.state === 'none'
      ? { ja: '先に報告の下書きを保存してから、ファイルを添付してください。', en: 'Save a draft of the report first, then attach files.' }
      : { ja: '提出済み・承認済みの報告の添付ファイルは変更できません。', en: 'Files of a submitted or approved report cannot change.' },
  );

/** Files can be added or removed by the municipality while the report is with them (draft or returned). */
async function editableContext(key: ReportKey, principal: Principal): Promise<ReportContext> {
  const ctx = await loadReportContext(key, principal);
  if (ctx.actor !== 'owner') {
    throw forbidden({ ja: '添付ファイルを追加・削除できるのは、その市町村の担当者だけです。', en: 'Only the municipality’s staff may add or remove files.' });
  }
  if (ctx.state === 'none' || !STATE_RULES[ctx.state].editable) throw notEditable(ctx);
  return ctx;
}

function reportThread(ctx: ReportContext, principal: Principal): AttachmentThread {
  const { prefCode, key } = ctx;
  return {
    prefCode,
    pk: reportKeys.thread(prefCode, key),
    storagePath: `${prefCode}/${key.projectId}/${key.periodId}/${key.orgCode}`,
    auditEntity: reportKeys.entity(prefCode, key),
    auditAction: 'report',
    maxFiles: MAX_ATTACHMENTS_PER_REPORT,
    noun: { ja: '報告', en: 'report' },
    guard: () => reportEditableCheck(prefCode, key),
    // The report left the municipality meanwhile: read it again to name its state.
    whenClosed: () => editableContext(key, principal).then(() => notEditable(ctx), (error: Error) => error),
  };
}

/** Registers a file to attach and returns where the browser uploads it (a presigned PUT, five minutes). */
export async function requestUpload(key: ReportKey, request: AttachmentRequest, principal: Principal, now = new Date()): Promise<{ attachment: Attachment; upload: SignedRequest }> {
  const ctx = await editableContext(key, principal);
  return requestAttachmentUpload(reportThread(ctx, principal), request, principal, now);
}

/** Confirms an upload while the report is still with the municipality (checked again in the confirming transaction). */
export async function confirmUpload(key: ReportKey, attachmentId: string, principal: Principal, now = new Date()): Promise<Attachment> {
  const ctx = await editableContext(key, principal);
  return confirmAttachmentUpload(reportThread(ctx, principal), attachmentId, principal, now);
}

/** A short-lived download link, for anyone who may read the report. */
export async function downloadLink(key: ReportKey, attachmentId: string, principal: Principal): Promise<SignedRequest> {
  const ctx = await loadReportContext(key, principal);
  if (!canReadReport(ctx.state, ctx.actor)) throw notFound({ ja: '添付ファイル', en: 'The attachment' });
  return attachmentDownload(reportThread(ctx, principal), attachmentId);
}

/** Removes a confirmed file from a report the municipality is still editing. */
export async function removeAttachment(key: ReportKey, attachmentId: string, principal: Principal, now = new Date()): Promise<void> {
  const ctx = await editableContext(key, principal);
  await removeThreadAttachment(reportThread(ctx, principal), attachmentId, principal, now);
}
