import { randomUUID } from 'node:crypto';
import type { Principal } from '../../shared/auth/roles';
import { MAX_ATTACHMENTS_PER_REPORT, type Attachment, type AttachmentRequest } from '../../shared/joint-projects/attachments';
import { canReadReport } from '../../shared/joint-projects/workflow';
import { fileStore, type SignedRequest } from '../files/file-store';
import { badRequest, forbidden, HttpError, notFound } from '../http/errors';
import { auditPut } from '../repositories/audit';
import { attachmentDelete, attachmentPut, getAttachment, getThread, reportKeys, type ReportKey } from '../repositories/progress-reports';
import { transactWrite } from '../repositories/transactions';
import { loadReportContext, type ReportContext } from './report-context';

/** Server-made storage keys: nothing the client sends ever becomes part of a path. */
const storageKey = (prefCode: string, key: ReportKey, id: string) => `attachments/${prefCode}/${key.projectId}/${key.periodId}/${key.orgCode}/${id}`;

/** Files can be added or removed by the municipality while the report is with them (draft or returned). */
async function editableContext(key: ReportKey, principal: Principal): Promise<ReportContext> {
  const ctx = await loadReportContext(key, principal);
  if (ctx.actor !== 'owner') {
    throw forbidden({ ja: '添付ファイルを追加・削除できるのは、その市町村の担当者だけです。', en: 'Only the municipality’s staff may add or remove files.' });
  }
  if (ctx.state !== 'draft' && ctx.state !== 'returned') {
    throw new HttpError(
      409,
      'not_editable',
      ctx.state === 'none'
        ? { ja: '先に報告の下書きを保存してから、ファイルを添付してください。', en: 'Save a draft of the report first, then attach files.' }
        : { ja: '提出済み・承認済みの報告の添付ファイルは変更できません。', en: 'Files of a submitted or approved report cannot change.' },
    );
  }
  return ctx;
}

const audited = (ctx: ReportContext, principal: Principal, action: string, at: string, before?: Attachment, after?: Attachment) =>
  auditPut({ entity: reportKeys.entity(ctx.prefCode, ctx.key), action, actor: { userId: principal.userId, role: principal.role }, at, before, after });

/** Registers a file to attach and returns where the browser uploads it (a presigned PUT, five minutes). */
export async function requestUpload(key: ReportKey, request: AttachmentRequest, principal: Principal, now = new Date()): Promise<{ attachment: Attachment; upload: SignedRequest }> {
  const ctx = await editableContext(key, principal);
  const { attachments } = await getThread(ctx.prefCode, key);
  if (attachments.filter((a) => a.status === 'stored').length >= MAX_ATTACHMENTS_PER_REPORT) {
    throw badRequest({ ja: `添付できるのは1報告につき${MAX_ATTACHMENTS_PER_REPORT}ファイルまでです。不要なファイルを削除してください。`, en: `At most ${MAX_ATTACHMENTS_PER_REPORT} files per report. Remove one first.` });
  }
  const attachment: Attachment = { ...request, id: randomUUID(), status: 'pending', uploadedBy: principal.userId, uploadedAt: now.toISOString() };
  await transactWrite([attachmentPut(ctx.prefCode, key, attachment, true)]);
  const upload = await (await fileStore()).signUpload(storageKey(ctx.prefCode, key, attachment.id), request.contentType, request.size);
  return { attachment, upload };
}

/** Confirms an upload: the stored file must be there with the declared size; then it becomes part of the report. */
export async function confirmUpload(key: ReportKey, attachmentId: string, principal: Principal, now = new Date()): Promise<Attachment> {
  const ctx = await editableContext(key, principal);
  const attachment = await getAttachment(ctx.prefCode, key, attachmentId);
  if (!attachment) throw notFound({ ja: '添付ファイル', en: 'The attachment' });
  if (attachment.status === 'stored') return attachment;
  const store = await fileStore();
  const objectKey = storageKey(ctx.prefCode, key, attachmentId);
  const size = await store.sizeOf(objectKey);
  if (size === undefined) {
    throw new HttpError(409, 'not_uploaded', { ja: 'ファイルがまだ届いていません。もう一度アップロードしてください。', en: 'The file has not arrived. Upload it again.' });
  }
  if (size !== attachment.size) {
    await store.remove(objectKey);
    throw badRequest({ ja: '届いたファイルの大きさが申告と違います。もう一度アップロードしてください。', en: 'The uploaded file’s size differs from the one declared. Upload it again.' });
  }
  const stored: Attachment = { ...attachment, status: 'stored', uploadedAt: now.toISOString() };
  await transactWrite([attachmentPut(ctx.prefCode, key, stored, false), audited(ctx, principal, 'report.attach', stored.uploadedAt, undefined, stored)]);
  return stored;
}

/** A short-lived download link, for anyone who may read the report. */
export async function downloadLink(key: ReportKey, attachmentId: string, principal: Principal): Promise<SignedRequest> {
  const ctx = await loadReportContext(key, principal);
  const attachment = await getAttachment(ctx.prefCode, key, attachmentId);
  if (!canReadReport(ctx.state, ctx.actor) || !attachment || attachment.status !== 'stored') throw notFound({ ja: '添付ファイル', en: 'The attachment' });
  return (await fileStore()).signDownload(storageKey(ctx.prefCode, key, attachmentId), attachment.fileName, attachment.contentType);
}

/** Removes a file from a report the municipality is still editing. */
export async function removeAttachment(key: ReportKey, attachmentId: string, principal: Principal, now = new Date()): Promise<void> {
  const ctx = await editableContext(key, principal);
  const attachment = await getAttachment(ctx.prefCode, key, attachmentId);
  if (!attachment) throw notFound({ ja: '添付ファイル', en: 'The attachment' });
  await transactWrite([attachmentDelete(ctx.prefCode, key, attachmentId), audited(ctx, principal, 'report.detach', now.toISOString(), attachment)]);
  await (await fileStore()).remove(storageKey(ctx.prefCode, key, attachmentId));
}
