import { STATE_RULES } from '../../../shared/joint-projects/workflow';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import type { Principal } from '../../../shared/auth/roles';
import { SIGNATURE_BYTES, sniff } from '../../../shared/files/sniff';
import {
  ATTACHMENT_FORMATS,
  ATTACHMENT_TYPES,
  MAX_ATTACHMENTS_PER_REPORT,
  PENDING_UPLOAD_MINUTES,
  type Attachment,
  type AttachmentRequest,
} from '../../../shared/joint-projects/attachments';
import { canReadReport } from '../../../shared/joint-projects/workflow';
import { fileStore, PENDING_PREFIX, type FileStore, type SignedRequest } from '../../platform/files/file-store';
import { conflict, DomainError, forbidden, invalidInput, notFound } from '../../../shared/errors';
import { auditPut } from '../../platform/db/audit';
import { reportKeys, type ReportKey } from './progress-reports.table';
import {
  confirmUpdate,
  counterDecrement,
  counterIncrement,
  getAttachmentRecord,
  listAttachmentRecords,
  pendingAttachmentPut,
  pendingDelete,
  reportEditableCheck,
  storedDelete,
  type AttachmentRecord,
} from './report-attachments.table';
import { ConditionFailedError, transactWrite, type TransactItem } from '../../platform/db/transactions';
import { loadReportContext, type ReportContext } from './report-context';

const PENDING_MS = PENDING_UPLOAD_MINUTES * 60_000;

/**
 * Server-made storage keys: nothing the client sends ever becomes part of a
 * path. An upload's signed URL names its pending key; confirming copies the
 * file to a key of its own that no URL was ever signed for, so nothing sent
 * to the old URL (after confirmation, submission or removal) reaches it.
 */
const reportPath = (prefCode: string, k: ReportKey) => `${prefCode}/${k.projectId}/${k.periodId}/${k.orgCode}`;
const pendingDir = (prefCode: string, k: ReportKey) => `${PENDING_PREFIX}${reportPath(prefCode, k)}`;
const pendingKey = (prefCode: string, k: ReportKey, id: string) => `${pendingDir(prefCode, k)}/${id}`;
const confirmedKey = (prefCode: string, k: ReportKey, id: string) => `attachments/${reportPath(prefCode, k)}/${id}.${randomUUID()}`;
/** Files confirmed before confirmation made copies were kept under the attachment id itself. */
const objectKeyOf = (prefCode: string, k: ReportKey, r: AttachmentRecord) => r.objectKey ?? `attachments/${reportPath(prefCode, k)}/${r.attachment.id}`;

const isExpired = (a: Attachment, now: Date) => a.status === 'pending' && (!a.expiresAt || a.expiresAt <= now.toISOString());

const notEditable = (ctx: ReportContext) =>
  conflict(
    'not_editable',
    ctx.state === 'none'
      ? { ja: '先に報告の下書きを保存してから、ファイルを添付してください。', en: 'Save a draft of the report first, then attach files.' }
      : { ja: '提出済み・承認済みの報告の添付ファイルは変更できません。', en: 'Files of a submitted or approved report cannot change.' },
  );
const theAttachment = () => notFound({ ja: '添付ファイル', en: 'The attachment' });
const expiredUpload = () =>
  conflict('upload_expired', {
    ja: `登録から${PENDING_UPLOAD_MINUTES}分以内に確定されなかったため、このアップロードは取り消されました。もう一度ファイルを選んで添付してください。`,
    en: `This upload was not confirmed within ${PENDING_UPLOAD_MINUTES} minutes of registering it and was cancelled. Choose the file and attach it again.`,
  });
const alreadyConfirmed = () =>
  conflict('already_confirmed', { ja: 'このファイルはすでに確定しています。一覧を再読み込みしてください。', en: 'This file is already confirmed. Reload the list.' });
const busy = () =>
  conflict('concurrent_change', { ja: '同時に他の操作が行われました。画面を再読み込みしてから、もう一度お試しください。', en: 'Something else changed the files at the same moment. Reload the page and try again.' });

/** Files can be added or removed by the municipality while the report is with them (draft or returned). */
async function editableContext(key: ReportKey, principal: Principal): Promise<ReportContext> {
  const ctx = await loadReportContext(key, principal);
  if (ctx.actor !== 'owner') {
    throw forbidden({ ja: '添付ファイルを追加・削除できるのは、その市町村の担当者だけです。', en: 'Only the municipality’s staff may add or remove files.' });
  }
  if (ctx.state === 'none' || !STATE_RULES[ctx.state].editable) throw notEditable(ctx);
  return ctx;
}

/**
 * A transaction, sent again when DynamoDB cancelled it only because another
 * transaction held one of its items (parallel registrations all touch the
 * counter). Failed conditions are not retried: they are answers.
 */
async function transact(items: TransactItem[]): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await transactWrite(items);
    } catch (error) {
      const conflict = error instanceof TransactionCanceledException && (error.CancellationReasons ?? []).some((r) => r.Code === 'TransactionConflict');
      if (!conflict) throw error;
      if (attempt >= 8) throw busy();
      await sleep(Math.random() * 20 * 2 ** Math.min(attempt, 5));
    }
  }
}

const audited = (ctx: ReportContext, principal: Principal, action: string, at: string, before?: Attachment, after?: Attachment) =>
  auditPut({ entity: reportKeys.entity(ctx.prefCode, ctx.key), action, actor: { userId: principal.userId, role: principal.role }, at, before, after });

/**
 * Drops a registration still pending (expired by `now`, or refused), with its
 * uploaded bytes; a registration confirmed or dropped meanwhile is left alone.
 */
async function dropPending(ctx: ReportContext, store: FileStore, id: string, count: number | undefined, expiredAt?: string): Promise<void> {
  try {
    await transact([pendingDelete(ctx.prefCode, ctx.key, id, expiredAt), counterDecrement(ctx.prefCode, ctx.key, count)]);
  } catch (error) {
    if (!(error instanceof ConditionFailedError)) throw error;
    return;
  }
  await store.remove(pendingKey(ctx.prefCode, ctx.key, id));
}

/** Registers a file to attach and returns where the browser uploads it (a presigned PUT, five minutes). */
export async function requestUpload(key: ReportKey, request: AttachmentRequest, principal: Principal, now = new Date()): Promise<{ attachment: Attachment; upload: SignedRequest }> {
  const ctx = await editableContext(key, principal);
  const store = await fileStore();
  await store.removeStale(pendingDir(ctx.prefCode, key), new Date(now.getTime() - PENDING_MS));
  const at = now.toISOString();
  const attachment: Attachment = { ...request, id: randomUUID(), status: 'pending', uploadedBy: principal.userId, uploadedAt: at, expiresAt: new Date(now.getTime() + PENDING_MS).toISOString() };
  for (let attempt = 0; ; attempt += 1) {
    if (attempt >= 20) throw busy();
    const { records, count } = await listAttachmentRecords(ctx.prefCode, key);
    const expired = records.filter((r) => isExpired(r.attachment, now));
    if (expired.length > 0) {
      for (const r of expired) await dropPending(ctx, store, r.attachment.id, count, at);
      continue;
    }
    if ((count ?? records.length) >= MAX_ATTACHMENTS_PER_REPORT) {
      throw invalidInput({
        ja: `添付できるのは1報告につき${MAX_ATTACHMENTS_PER_REPORT}ファイルまでです（アップロード中のものを含みます。確定しなかったものは${PENDING_UPLOAD_MINUTES}分で取り消されます）。不要なファイルを削除してください。`,
        en: `At most ${MAX_ATTACHMENTS_PER_REPORT} files per report, counting uploads in progress (unconfirmed ones are cancelled after ${PENDING_UPLOAD_MINUTES} minutes). Remove one first.`,
      });
    }
    try {
      await transact([
        pendingAttachmentPut(ctx.prefCode, key, attachment),
        counterIncrement(ctx.prefCode, key, count, records.length + 1, MAX_ATTACHMENTS_PER_REPORT),
        reportEditableCheck(ctx.prefCode, key),
      ]);
      break;
    } catch (error) {
      if (!(error instanceof ConditionFailedError)) throw error;
      if (error.failedIndexes.includes(2)) await editableContext(key, principal); // throws, naming the report's new state
      // The counter moved (a parallel registration or removal): count again.
    }
  }
  const upload = await store.signUpload(pendingKey(ctx.prefCode, key, attachment.id), request.contentType, request.size);
  return { attachment, upload };
}

/** Why the file at `objectKey` is not what was declared, as the error to throw; undefined when it is. */
async function refusal(store: FileStore, objectKey: string, attachment: Attachment): Promise<DomainError | undefined> {
  const size = await store.sizeOf(objectKey);
  if (size !== attachment.size) {
    return new DomainError('invalid', 'wrong_size', { ja: '届いたファイルの大きさが申告と違います。もう一度アップロードしてください。', en: 'The uploaded file’s size differs from the one declared. Upload it again.' });
  }
  const { kind } = ATTACHMENT_FORMATS[attachment.contentType];
  // Text must decode throughout (10 MB at most); other kinds are told by their first bytes.
  const bytes = (await store.readStart(objectKey, kind === 'text' ? size : SIGNATURE_BYTES)) ?? new Uint8Array();
  const result = sniff(bytes, kind);
  if (result.ok) return undefined;
  const type = ATTACHMENT_TYPES[attachment.contentType];
  const text =
    result.problem === 'executable'
      ? { ja: 'このファイルはプログラム（実行ファイル）のため添付できません。', en: 'This file is a program (an executable) and cannot be attached.' }
      : result.problem === 'not_text'
        ? {
            ja: 'CSV・テキストは UTF-8 または Shift_JIS の文字だけのファイルにしてください（このファイルには文字として読めない部分があります）。',
            en: 'CSV and text files must be plain text in UTF-8 or Shift_JIS; this file has bytes that are not text.',
          }
        : {
            ja: `このファイルの中身は ${type} ではありません。名前を変えても種類は変わりません。作成したアプリで ${type} として保存し直してから添付してください。`,
            en: `This file’s content is not ${type}. Renaming a file does not change its type: save it as ${type} from the application that made it, then attach it.`,
          };
  return new DomainError('invalid', 'wrong_content', text);
}

/**
 * Confirms an upload: the file is copied out of the pending key, the copy's
 * size and content are checked, and the registration becomes stored with
 * its audit record in one transaction, only if it is still pending and the
 * report still with the municipality. Of parallel confirmations one wins.
 */
export async function confirmUpload(key: ReportKey, attachmentId: string, principal: Principal, now = new Date()): Promise<Attachment> {
  const ctx = await editableContext(key, principal);
  const found = await getAttachmentRecord(ctx.prefCode, key, attachmentId);
  if (!found) throw theAttachment();
  if (found.attachment.status === 'stored') throw alreadyConfirmed();
  const store = await fileStore();
  if (isExpired(found.attachment, now)) {
    await dropPending(ctx, store, attachmentId, (await listAttachmentRecords(ctx.prefCode, key)).count, now.toISOString());
    throw expiredUpload();
  }
  const pending = pendingKey(ctx.prefCode, key, attachmentId);
  const objectKey = confirmedKey(ctx.prefCode, key, attachmentId);
  if (!(await store.copy(pending, objectKey))) {
    if ((await getAttachmentRecord(ctx.prefCode, key, attachmentId))?.attachment.status === 'stored') throw alreadyConfirmed();
    throw conflict('not_uploaded', { ja: 'ファイルがまだ届いていません。もう一度アップロードしてください。', en: 'The file has not arrived. Upload it again.' });
  }
  const refused = await refusal(store, objectKey, found.attachment);
  if (refused) {
    await store.remove(objectKey);
    await dropPending(ctx, store, attachmentId, (await listAttachmentRecords(ctx.prefCode, key)).count);
    throw refused;
  }
  const at = now.toISOString();
  const { expiresAt: _expiry, ...rest } = found.attachment;
  const stored: Attachment = { ...rest, status: 'stored', uploadedAt: at };
  try {
    await transact([confirmUpdate(ctx.prefCode, key, attachmentId, objectKey, at), reportEditableCheck(ctx.prefCode, key), audited(ctx, principal, 'report.attach', at, undefined, stored)]);
  } catch (error) {
    await store.remove(objectKey);
    if (!(error instanceof ConditionFailedError)) throw error;
    await editableContext(key, principal); // submitted meanwhile: throws, naming the state
    const latest = (await getAttachmentRecord(ctx.prefCode, key, attachmentId))?.attachment;
    if (!latest) throw theAttachment();
    throw latest.status === 'stored' ? alreadyConfirmed() : expiredUpload();
  }
  await store.remove(pending);
  return stored;
}

/** A short-lived download link, for anyone who may read the report. */
export async function downloadLink(key: ReportKey, attachmentId: string, principal: Principal): Promise<SignedRequest> {
  const ctx = await loadReportContext(key, principal);
  const found = await getAttachmentRecord(ctx.prefCode, key, attachmentId);
  if (!canReadReport(ctx.state, ctx.actor) || !found || found.attachment.status !== 'stored') throw theAttachment();
  return (await fileStore()).signDownload(objectKeyOf(ctx.prefCode, key, found), found.attachment.fileName, found.attachment.contentType);
}

/**
 * Removes a confirmed file from a report the municipality is still editing:
 * only if it is still stored and the report still editable, in one
 * transaction with the counter and the audit record.
 */
export async function removeAttachment(key: ReportKey, attachmentId: string, principal: Principal, now = new Date()): Promise<void> {
  const ctx = await editableContext(key, principal);
  const { records, count } = await listAttachmentRecords(ctx.prefCode, key);
  const found = records.find((r) => r.attachment.id === attachmentId);
  if (!found) throw theAttachment();
  if (found.attachment.status !== 'stored') {
    throw conflict('not_confirmed', {
      ja: `このファイルはまだ確定していません。確定しなかったアップロードは${PENDING_UPLOAD_MINUTES}分で自動的に取り消されます。`,
      en: `This file is not confirmed yet. Unconfirmed uploads are cancelled automatically after ${PENDING_UPLOAD_MINUTES} minutes.`,
    });
  }
  try {
    await transact([
      storedDelete(ctx.prefCode, key, attachmentId),
      counterDecrement(ctx.prefCode, key, count),
      reportEditableCheck(ctx.prefCode, key),
      audited(ctx, principal, 'report.detach', now.toISOString(), found.attachment),
    ]);
  } catch (error) {
    if (!(error instanceof ConditionFailedError)) throw error;
    await editableContext(key, principal);
    if (!(await getAttachmentRecord(ctx.prefCode, key, attachmentId))) throw theAttachment();
    throw busy();
  }
  await (await fileStore()).remove(objectKeyOf(ctx.prefCode, key, found));
}
