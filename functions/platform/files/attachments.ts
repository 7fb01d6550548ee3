import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import type { Principal } from '../../../shared/auth/roles';
import { conflict, DomainError, invalidInput, notFound } from '../../../shared/errors';
import { ATTACHMENT_FORMATS, ATTACHMENT_TYPES, PENDING_UPLOAD_MINUTES, type Attachment, type AttachmentRequest } from '../../../shared/files/attachments';
import { SIGNATURE_BYTES, sniff } from '../../../shared/files/sniff';
import { auditPut } from '../db/audit';
import { ConditionFailedError, transactWrite, type TransactItem } from '../db/transactions';
import {
  confirmUpdate,
  counterDecrement,
  counterIncrement,
  getAttachmentRecord,
  listAttachmentRecords,
  pendingAttachmentPut,
  pendingDelete,
  storedDelete,
  type AttachmentRecord,
} from './attachments.table';
import { fileStore, PENDING_PREFIX, type FileStore, type SignedRequest } from './file-store';

/**
 * Files attached to a thread of any feature (a progress report, a consultation, a meeting's materials, a survey
 * answer): registered, uploaded by the browser to a signed URL, checked against their declared type, confirmed.
 * The feature decides who may read or change the thread before calling these, and names the thread.
 */
export interface AttachmentThread {
  prefCode: string;
  /** The thread's partition: attachment items are `A#{id}` in it, its counter `A`. */
  pk: string;
  /** A server-made path below `attachments/` (never from the client), e.g. `140007/consultations/<id>`. */
  storagePath: string;
  /** The audit entity the attach and detach records go to, and the action prefix (`consultation` → `consultation.attach`). */
  auditEntity: string;
  auditAction: string;
  maxFiles: number;
  /**
   * A condition the thread must still meet when a file is registered, confirmed or removed (e.g. the report is
   * still with the municipality), written in the same transaction; when it fails, `whenClosed` says why.
   */
  guard?: () => TransactItem;
  whenClosed?: () => Error | Promise<Error>;
  /** What one thread is, for the limit's message: 「1報告につき10ファイルまで」. Default 件 / item. */
  noun?: { ja: string; en: string };
}

const PENDING_MS = PENDING_UPLOAD_MINUTES * 60_000;

/**
 * Server-made storage keys: nothing the client sends ever becomes part of a
 * path. An upload's signed URL names its pending key; confirming copies the
 * file to a key of its own that no URL was ever signed for, so nothing sent
 * to the old URL (after confirmation, closing or removal) reaches it.
 */
function storagePathOf(thread: AttachmentThread): string {
  const path = thread.storagePath;
  const segments = path.split('/');
  if (!path.startsWith(`${thread.prefCode}/`) || segments.some((s) => s === '' || s === '.' || s === '..' || s.includes('\\'))) {
    throw new Error(`A thread's storage path must be below its prefecture's: ${path}`);
  }
  return path;
}
const pendingDir = (t: AttachmentThread) => `${PENDING_PREFIX}${storagePathOf(t)}`;
const pendingKey = (t: AttachmentThread, id: string) => `${pendingDir(t)}/${id}`;
const confirmedKey = (t: AttachmentThread, id: string) => `attachments/${storagePathOf(t)}/${id}.${randomUUID()}`;
/** Report files confirmed before confirmation made copies were kept under the attachment id itself. */
const objectKeyOf = (t: AttachmentThread, r: AttachmentRecord) => r.objectKey ?? `attachments/${storagePathOf(t)}/${r.attachment.id}`;

const isExpired = (a: Attachment, now: Date) => a.status === 'pending' && (!a.expiresAt || a.expiresAt <= now.toISOString());

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
const closed = async (t: AttachmentThread): Promise<Error> =>
  t.whenClosed ? t.whenClosed() : conflict('thread_closed', { ja: 'この件の添付ファイルは、今は変更できません。', en: 'The files of this item cannot change now.' });

/** The guard, when the thread has one, as the transaction's last item; its index tells whether it failed. */
function withGuard(t: AttachmentThread, items: TransactItem[]): { items: TransactItem[]; guardFailed: (e: ConditionFailedError) => boolean } {
  if (!t.guard) return { items, guardFailed: () => false };
  const index = items.length;
  return { items: [...items, t.guard()], guardFailed: (e) => e.failedIndexes.includes(index) };
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
      const held = error instanceof TransactionCanceledException && (error.CancellationReasons ?? []).some((r) => r.Code === 'TransactionConflict');
      if (!held) throw error;
      if (attempt >= 8) throw busy();
      await sleep(Math.random() * 20 * 2 ** Math.min(attempt, 5));
    }
  }
}

const audited = (t: AttachmentThread, actor: Principal, verb: 'attach' | 'detach', at: string, before?: Attachment, after?: Attachment) =>
  auditPut({ entity: t.auditEntity, action: `${t.auditAction}.${verb}`, actor: { userId: actor.userId, role: actor.role }, at, before, after });

/**
 * Drops a registration still pending (expired by `expiredAt`, or refused),
 * with its uploaded bytes; a registration confirmed or dropped meanwhile is left alone.
 */
async function dropPending(t: AttachmentThread, store: FileStore, id: string, count: number | undefined, expiredAt?: string): Promise<void> {
  try {
    await transact([pendingDelete(t.pk, id, expiredAt), counterDecrement(t.pk, count)]);
  } catch (error) {
    if (!(error instanceof ConditionFailedError)) throw error;
    return;
  }
  await store.remove(pendingKey(t, id));
}

/** Registers a file to attach and returns where the browser uploads it (a presigned PUT, five minutes). */
export async function requestAttachmentUpload(
  thread: AttachmentThread,
  request: AttachmentRequest,
  actor: Principal,
  now = new Date(),
): Promise<{ attachment: Attachment; upload: SignedRequest }> {
  const store = await fileStore();
  await store.removeStale(pendingDir(thread), new Date(now.getTime() - PENDING_MS));
  const at = now.toISOString();
  const attachment: Attachment = { ...request, id: randomUUID(), status: 'pending', uploadedBy: actor.userId, uploadedAt: at, expiresAt: new Date(now.getTime() + PENDING_MS).toISOString() };
  const noun = thread.noun ?? { ja: '件', en: 'item' };
  for (let attempt = 0; ; attempt += 1) {
    if (attempt >= 20) throw busy();
    const { records, count } = await listAttachmentRecords(thread.pk);
    const expired = records.filter((r) => isExpired(r.attachment, now));
    if (expired.length > 0) {
      for (const r of expired) await dropPending(thread, store, r.attachment.id, count, at);
      continue;
    }
    if ((count ?? records.length) >= thread.maxFiles) {
      throw invalidInput({
        ja: `添付できるのは1${noun.ja}につき${thread.maxFiles}ファイルまでです（アップロード中のものを含みます。確定しなかったものは${PENDING_UPLOAD_MINUTES}分で取り消されます）。不要なファイルを削除してください。`,
        en: `At most ${thread.maxFiles} files per ${noun.en}, counting uploads in progress (unconfirmed ones are cancelled after ${PENDING_UPLOAD_MINUTES} minutes). Remove one first.`,
      });
    }
    const write = withGuard(thread, [pendingAttachmentPut(thread.prefCode, thread.pk, attachment), counterIncrement(thread.prefCode, thread.pk, count, records.length + 1, thread.maxFiles)]);
    try {
      await transact(write.items);
      break;
    } catch (error) {
      if (!(error instanceof ConditionFailedError)) throw error;
      if (write.guardFailed(error)) throw await closed(thread);
      // The counter moved (a parallel registration or removal): count again.
    }
  }
  const upload = await store.signUpload(pendingKey(thread, attachment.id), request.contentType, request.size);
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
 * thread still open (the guard). Of parallel confirmations one wins.
 */
export async function confirmAttachmentUpload(thread: AttachmentThread, attachmentId: string, actor: Principal, now = new Date()): Promise<Attachment> {
  const found = await getAttachmentRecord(thread.pk, attachmentId);
  if (!found) throw theAttachment();
  if (found.attachment.status === 'stored') throw alreadyConfirmed();
  const store = await fileStore();
  if (isExpired(found.attachment, now)) {
    await dropPending(thread, store, attachmentId, (await listAttachmentRecords(thread.pk)).count, now.toISOString());
    throw expiredUpload();
  }
  const pending = pendingKey(thread, attachmentId);
  const objectKey = confirmedKey(thread, attachmentId);
  if (!(await store.copy(pending, objectKey))) {
    if ((await getAttachmentRecord(thread.pk, attachmentId))?.attachment.status === 'stored') throw alreadyConfirmed();
    throw conflict('not_uploaded', { ja: 'ファイルがまだ届いていません。もう一度アップロードしてください。', en: 'The file has not arrived. Upload it again.' });
  }
  const refused = await refusal(store, objectKey, found.attachment);
  if (refused) {
    await store.remove(objectKey);
    await dropPending(thread, store, attachmentId, (await listAttachmentRecords(thread.pk)).count);
    throw refused;
  }
  const at = now.toISOString();
  const { expiresAt: _expiry, ...rest } = found.attachment;
  const stored: Attachment = { ...rest, status: 'stored', uploadedAt: at };
  const write = withGuard(thread, [confirmUpdate(thread.pk, attachmentId, objectKey, at), audited(thread, actor, 'attach', at, undefined, stored)]);
  try {
    await transact(write.items);
  } catch (error) {
    await store.remove(objectKey);
    if (!(error instanceof ConditionFailedError)) throw error;
    if (write.guardFailed(error)) throw await closed(thread);
    const latest = (await getAttachmentRecord(thread.pk, attachmentId))?.attachment;
    if (!latest) throw theAttachment();
    throw latest.status === 'stored' ? alreadyConfirmed() : expiredUpload();
  }
  await store.remove(pending);
  return stored;
}

/** A short-lived download link; the caller has decided the viewer may read the thread. */
export async function attachmentDownload(thread: AttachmentThread, attachmentId: string): Promise<SignedRequest> {
  const found = await getAttachmentRecord(thread.pk, attachmentId);
  if (!found || found.attachment.status !== 'stored') throw theAttachment();
  return (await fileStore()).signDownload(objectKeyOf(thread, found), found.attachment.fileName, found.attachment.contentType);
}

/**
 * Removes a confirmed file from a thread still open: only if it is still
 * stored and the guard holds, in one transaction with the counter and the
 * audit record.
 */
export async function removeAttachment(thread: AttachmentThread, attachmentId: string, actor: Principal, now = new Date()): Promise<void> {
  const { records, count } = await listAttachmentRecords(thread.pk);
  const found = records.find((r) => r.attachment.id === attachmentId);
  if (!found) throw theAttachment();
  if (found.attachment.status !== 'stored') {
    throw conflict('not_confirmed', {
      ja: `このファイルはまだ確定していません。確定しなかったアップロードは${PENDING_UPLOAD_MINUTES}分で自動的に取り消されます。`,
      en: `This file is not confirmed yet. Unconfirmed uploads are cancelled automatically after ${PENDING_UPLOAD_MINUTES} minutes.`,
    });
  }
  const write = withGuard(thread, [storedDelete(thread.pk, attachmentId), counterDecrement(thread.pk, count), audited(thread, actor, 'detach', now.toISOString(), found.attachment)]);
  try {
    await transact(write.items);
  } catch (error) {
    if (!(error instanceof ConditionFailedError)) throw error;
    if (write.guardFailed(error)) throw await closed(thread);
    if (!(await getAttachmentRecord(thread.pk, attachmentId))) throw theAttachment();
    throw busy();
  }
  await (await fileStore()).remove(objectKeyOf(thread, found));
}

/** The thread's stored files (not pending uploads), oldest first; bounded by maxFiles. */
export async function listAttachments(thread: AttachmentThread): Promise<Attachment[]> {
  const { records } = await listAttachmentRecords(thread.pk);
  return records
    .map((r) => r.attachment)
    .filter((a) => a.status === 'stored')
    .sort((a, b) => a.uploadedAt.localeCompare(b.uploadedAt) || a.id.localeCompare(b.id));
}
