import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../functions/app';
import { config } from '../../functions/platform/config';
import { listAudit } from '../../functions/platform/db/audit';
import { ddb, tableName } from '../../functions/platform/db/client';
import { listAttachments, requestAttachmentUpload, type AttachmentThread } from '../../functions/platform/files/attachments';
import { attachmentRoutes } from '../../functions/platform/http/attachment-routes';
import { ANY_ROLE, z } from '../../functions/platform/http/route';
import { conflict, forbidden, notFound } from '../../shared/errors';
import { apiClient } from '../support/api-client';
import { useTestTable } from '../support/test-table';

/**
 * The platform's thread files on a thread of this test's own (not a report): any feature gets the whole flow —
 * register, upload to the signed URL, confirm with the content checked, list, download, remove — its own limit,
 * and its own "closed" rule written into the same transactions.
 */
const PREF = '140007';
const ZUSHI = '142085';
const owner = `muni-${ZUSHI}`;
const base = (threadId: string) => `/api/test-threads/${threadId}/attachments`;
const stateKey = (threadId: string) => ({ pk: `${PREF}#TESTTHREAD#${threadId}`, sk: 'STATE' });
const CLOSED = conflict('thread_closed', { ja: 'この照会は締め切られました。', en: 'This thread is closed.' });

/** The thread: owned by Zushi, open while its state item says so (the guard reads it in every write). */
function thread(threadId: string, maxFiles = 3): AttachmentThread {
  const { pk } = stateKey(threadId);
  return {
    prefCode: PREF,
    pk,
    storagePath: `${PREF}/test-threads/${threadId}`,
    auditEntity: pk,
    auditAction: 'testthread',
    maxFiles,
    noun: { ja: 'テスト', en: 'test' },
    guard: () => ({
      ConditionCheck: { TableName: tableName(), Key: stateKey(threadId), ConditionExpression: '#o = :yes', ExpressionAttributeNames: { '#o': 'open' }, ExpressionAttributeValues: { ':yes': true } },
    }),
    whenClosed: () => CLOSED,
  };
}

const setOpen = (threadId: string, open: boolean) => ddb().send(new PutCommand({ TableName: tableName(), Item: { ...stateKey(threadId), type: 'testThread', open } }));

const app = createApp();
app.route(
  '/',
  attachmentRoutes({
    path: '/api/test-threads/{threadId}/attachments',
    params: z.object({ threadId: z.string().regex(/^[a-z0-9-]+$/) }),
    readRoles: ANY_ROLE,
    changeRoles: ['municipal_staff', 'prefecture_staff'],
    subject: { ja: 'テストの添付ファイル', en: 'test files' },
    open: async ({ threadId }, principal, _prefCode, intent) => {
      const mine = principal.orgCode === ZUSHI;
      if (!mine && principal.role === 'municipal_staff') throw notFound({ ja: 'テスト', en: 'The test' });
      if (intent === 'change' && !mine) throw forbidden({ ja: '変更できません。', en: 'Not yours to change.' });
      return thread(threadId, threadId === 'small' ? 2 : 3);
    },
  }),
);
const api = apiClient(app);

async function json(res: Response, status = 200) {
  const body = res.status === 204 ? undefined : await res.json();
  expect(res.status, JSON.stringify(body)).toBe(status);
  return body;
}
const bytes = (text: string) => new TextEncoder().encode(text);
const pdf = bytes('%PDF-1.7\n照会回答の根拠\n%%EOF');
const put = (url: string, data: Uint8Array, contentType = 'application/pdf') =>
  api.app.request(url, { method: 'PUT', headers: { 'content-type': contentType }, body: data as Uint8Array<ArrayBuffer> });
const register = (threadId: string, body: Record<string, unknown>, as = owner) => api.post(base(threadId), body, as);
const confirm = (threadId: string, id: string, as = owner) => api.post(`${base(threadId)}/${id}/confirm`, {}, as);
const asPdf = (fileName: string, data = pdf) => ({ fileName, contentType: 'application/pdf', size: data.byteLength });

beforeAll(async () => {
  await useTestTable();
  for (const id of ['flow', 'content', 'small', 'closing', 'roles']) await setOpen(id, true);
});

describe('files on a thread of any feature', () => {
  it('registers (201), uploads to the signed URL, confirms, lists, downloads and removes (204), with audit records', async () => {
    const { attachment, upload } = await json(await register('flow', asPdf('回答根拠.pdf')), 201);
    expect(upload).toMatchObject({ method: 'PUT', headers: { 'content-type': 'application/pdf' } });
    expect(await listAttachments(thread('flow'))).toEqual([]); // a pending upload is not listed
    expect((await put(upload.url, pdf)).status).toBe(200);
    expect(await json(await confirm('flow', attachment.id))).toMatchObject({ id: attachment.id, status: 'stored', fileName: '回答根拠.pdf' });
    expect(await listAttachments(thread('flow'))).toEqual([expect.objectContaining({ id: attachment.id, status: 'stored', size: pdf.byteLength })]);

    const link = await json(await api.get(`${base('flow')}/${attachment.id}`, 'pref-staff'));
    const file = await api.app.request(link.url);
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(pdf);
    const stored = join(config().dataDir, 'attachments', PREF, 'test-threads', 'flow');
    expect(readdirSync(stored)).toEqual([expect.stringMatching(new RegExp(`^${attachment.id}\\.`))]);

    await json(await api.call('DELETE', `${base('flow')}/${attachment.id}`, { as: owner }), 204);
    expect(await listAttachments(thread('flow'))).toEqual([]);
    expect(readdirSync(stored)).toEqual([]);
    expect((await api.get(`${base('flow')}/${attachment.id}`, 'pref-staff')).status).toBe(404);
    const audit = await listAudit(stateKey('flow').pk, 10);
    expect(audit.items.map((r) => [r.action, r.actor.userId])).toEqual([
      ['testthread.detach', owner],
      ['testthread.attach', owner],
    ]);
  });

  it('refuses a file whose content is not its declared type, and the refused upload stops counting', async () => {
    const fake = bytes('MZ\x90\x00 not really a png');
    const { attachment, upload } = await json(await register('content', { fileName: '写真.png', contentType: 'image/png', size: fake.byteLength }), 201);
    await put(upload.url, fake, 'image/png');
    const refused = await json(await confirm('content', attachment.id), 400);
    expect(refused.error.code).toBe('wrong_content');
    expect(await listAttachments(thread('content'))).toEqual([]);
    // The limit is 3: three more registrations still fit, so the refused one no longer counts.
    for (let i = 0; i < 3; i += 1) await json(await register('content', asPdf(`資料${i}.pdf`)), 201);
    const confirmed = join(config().dataDir, 'attachments', PREF, 'test-threads', 'content');
    expect(existsSync(confirmed) ? readdirSync(confirmed) : []).toEqual([]); // the refused copy is not kept
  });

  it('holds the thread’s own limit, counting uploads in progress, and names it', async () => {
    await json(await register('small', asPdf('一.pdf')), 201);
    await json(await register('small', asPdf('二.pdf')), 201);
    const third = await json(await register('small', asPdf('三.pdf')), 400);
    expect(third.error.message.ja).toContain('1テストにつき2ファイルまで');
  });

  it('once the thread is closed (its guard fails), nothing is registered, confirmed or removed: the thread’s own reason is given', async () => {
    const kept = await json(await register('closing', asPdf('残す.pdf')), 201);
    await put(kept.upload.url, pdf);
    await json(await confirm('closing', kept.attachment.id));
    const late = await json(await register('closing', asPdf('遅い.pdf')), 201);
    await put(late.upload.url, pdf);
    await setOpen('closing', false);

    expect((await json(await register('closing', asPdf('新規.pdf')), 409)).error.message.ja).toBe('この照会は締め切られました。');
    expect((await json(await confirm('closing', late.attachment.id), 409)).error.message.ja).toBe('この照会は締め切られました。');
    expect((await json(await api.call('DELETE', `${base('closing')}/${kept.attachment.id}`, { as: owner }), 409)).error.message.ja).toBe('この照会は締め切られました。');
    expect((await listAttachments(thread('closing'))).map((a) => a.fileName)).toEqual(['残す.pdf']);
  });

  it('the roles and the feature’s `open` decide: council cannot change, another municipality cannot even see', async () => {
    const { attachment, upload } = await json(await register('roles', asPdf('資料.pdf')), 201);
    await put(upload.url, pdf);
    await json(await confirm('roles', attachment.id));
    expect((await register('roles', asPdf('x.pdf'), 'council')).status).toBe(403);
    expect((await register('roles', asPdf('x.pdf'), 'pref-staff')).status).toBe(403);
    expect((await api.get(`${base('roles')}/${attachment.id}`, 'muni-142034')).status).toBe(404);
    expect((await api.get(`${base('roles')}/${attachment.id}`, 'council')).status).toBe(200);
    expect((await api.get(`${base('roles')}/not-a-uuid`, 'council')).status).toBe(400);
  });

  it('a storage path outside the thread’s prefecture is a programming error, refused before anything is written', async () => {
    const principal = { userId: owner, name: 'テスト', role: 'municipal_staff' as const, orgCode: ZUSHI };
    for (const storagePath of ['140008/x', `${PREF}/../140008/x`, `${PREF}//x`]) {
      await expect(requestAttachmentUpload({ ...thread('flow'), storagePath }, asPdf('a.pdf') as never, principal)).rejects.toThrow(/storage path/);
    }
  });
});
