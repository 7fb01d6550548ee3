import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../shared/auth/roles';
import { MAX_ATTACHMENTS_PER_REPORT, PENDING_UPLOAD_MINUTES } from '../../shared/joint-projects/attachments';
import { config } from '../../functions/platform/config';
import { confirmUpload, requestUpload } from '../../functions/features/joint-projects/report-attachments';
import { apiClient } from '../support/api-client';
import { useTestTable } from '../support/test-table';

/**
 * The attachment flow under the conditions the review met: many requests at
 * once, uploads left unconfirmed, and signed upload URLs used again after
 * the file they named was confirmed, reviewed or removed.
 */
const api = apiClient();
const PROJECT = 'joint-procurement';
const reportOf = (org: string, period: string) => `/api/joint-projects/${PROJECT}/periods/${period}/reports/${org}`;
const owner = (org: string) => `muni-${org}`;
const principalOf = (org: string): Principal => ({ userId: owner(org), name: 'テスト', role: 'municipal_staff', orgCode: org });
const bytes = (text: string) => new TextEncoder().encode(text);
const pdf = (label: string) => bytes(`%PDF-1.7\n${label}\n%%EOF`);
const MINUTE = 60_000;

async function json(res: Response, status = 200) {
  const body = await res.json();
  expect(res.status, JSON.stringify(body)).toBe(status);
  return body;
}

const put = (url: string, data: Uint8Array, contentType = 'application/pdf') =>
  api.app.request(url, { method: 'PUT', headers: { 'content-type': contentType }, body: data as Uint8Array<ArrayBuffer> });

async function draft(org: string, period: string) {
  await json(await api.put(reportOf(org, period), { version: 0, values: { progress: '予定どおり', hours_saved: 12, summary: '根拠資料を添付' } }, owner(org)));
}

/** Registers, uploads and confirms one PDF; returns its id and the signed upload URL. */
async function attach(org: string, period: string, data: Uint8Array, fileName = '根拠.pdf') {
  const { attachment, upload } = await json(await api.post(`${reportOf(org, period)}/attachments`, { fileName, contentType: 'application/pdf', size: data.byteLength }, owner(org)));
  expect((await put(upload.url, data)).status).toBe(200);
  await json(await api.post(`${reportOf(org, period)}/attachments/${attachment.id}/confirm`, {}, owner(org)));
  return { id: attachment.id as string, url: upload.url as string };
}

async function download(org: string, period: string, id: string, as: string) {
  const res = await api.get(`${reportOf(org, period)}/attachments/${id}`, as);
  if (res.status !== 200) return { status: res.status };
  const file = await api.app.request((await res.json()).url);
  return { status: file.status, body: file.status === 200 ? new Uint8Array(await file.arrayBuffer()) : undefined };
}

const listed = async (org: string, period: string) => (await json(await api.get(reportOf(org, period), owner(org)))).attachments as { id: string }[];

beforeAll(async () => {
  await useTestTable({ jointProjects: true });
});

describe('the per-report limit counts uploads in progress and holds under races', () => {
  it(`${MAX_ATTACHMENTS_PER_REPORT + 4} registrations at once: exactly ${MAX_ATTACHMENTS_PER_REPORT} succeed, the rest are refused naming the limit`, async () => {
    const [org, period] = ['142085', '2026-Q1'];
    await draft(org, period);
    const results = await Promise.all(
      Array.from({ length: MAX_ATTACHMENTS_PER_REPORT + 4 }, (_, i) =>
        api.post(`${reportOf(org, period)}/attachments`, { fileName: `資料${i}.pdf`, contentType: 'application/pdf', size: 20 }, owner(org)),
      ),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([...Array(MAX_ATTACHMENTS_PER_REPORT).fill(200), ...Array(4).fill(400)]);
    const refused = await results.find((r) => r.status === 400)!.json();
    expect(refused.error.message.ja).toContain(`${MAX_ATTACHMENTS_PER_REPORT}ファイルまで`);
    // Nothing confirmed yet, and still nothing more may be registered.
    expect((await api.post(`${reportOf(org, period)}/attachments`, { fileName: 'もう一つ.pdf', contentType: 'application/pdf', size: 20 }, owner(org))).status).toBe(400);
  });
});

describe('unconfirmed uploads expire', () => {
  it(`after ${PENDING_UPLOAD_MINUTES} minutes a registration cannot be confirmed, stops counting, and its uploaded file is removed`, async () => {
    const [org, period] = ['142174', '2026-Q1'];
    await draft(org, period);
    const t0 = new Date();
    const registered = [];
    for (let i = 0; i < MAX_ATTACHMENTS_PER_REPORT; i++) {
      registered.push(await requestUpload({ projectId: PROJECT, periodId: period, orgCode: org }, { fileName: `資料${i}.pdf`, contentType: 'application/pdf', size: pdf('x').byteLength }, principalOf(org), t0));
    }
    const [first] = registered;
    expect((await put(first!.upload.url, pdf('x'))).status).toBe(200);
    const pendingDir = join(config().dataDir, 'attachments', 'pending', '140007', PROJECT, period, org);
    expect(readdirSync(pendingDir)).toEqual([first!.attachment.id]);

    // Within the time the limit holds and the upload confirms…
    const key = { projectId: PROJECT, periodId: period, orgCode: org };
    const later = new Date(t0.getTime() + (PENDING_UPLOAD_MINUTES - 1) * MINUTE);
    await expect(requestUpload(key, { fileName: '11.pdf', contentType: 'application/pdf', size: 9 }, principalOf(org), later)).rejects.toMatchObject({ kind: 'invalid' });
    // …but not after it.
    const expired = new Date(t0.getTime() + (PENDING_UPLOAD_MINUTES + 1) * MINUTE);
    await expect(confirmUpload(key, first!.attachment.id, principalOf(org), expired)).rejects.toMatchObject({ kind: 'conflict', code: 'upload_expired' });
    const fresh = await requestUpload(key, { fileName: '新しい.pdf', contentType: 'application/pdf', size: pdf('y').byteLength }, principalOf(org), expired);
    expect(fresh.attachment.status).toBe('pending');
    expect(readdirSync(pendingDir)).not.toContain(first!.attachment.id);
    // The expired ones freed their places: nine more fit beside the fresh one, and then no more.
    for (let i = 0; i < MAX_ATTACHMENTS_PER_REPORT - 1; i++) {
      await requestUpload(key, { fileName: `再${i}.pdf`, contentType: 'application/pdf', size: 9 }, principalOf(org), expired);
    }
    await expect(requestUpload(key, { fileName: '超過.pdf', contentType: 'application/pdf', size: 9 }, principalOf(org), expired)).rejects.toMatchObject({ kind: 'invalid' });
  });
});

describe('a confirmed file can never be replaced through its upload URL', () => {
  it('a PUT to the old URL after confirmation, submission and approval changes nothing anyone downloads', async () => {
    const [org, period] = ['142085', '2026-Q2'];
    await draft(org, period);
    const original = pdf('reviewed evidence');
    const { id, url } = await attach(org, period, original);
    const swapped = pdf('swapped evidence!'); // same size: the signed size does not stop it
    expect(swapped.byteLength).toBe(original.byteLength);

    await put(url, swapped);
    expect((await download(org, period, id, owner(org))).body).toEqual(original);

    const { report } = await json(await api.get(reportOf(org, period), owner(org)));
    const submitted = await json(await api.post(`${reportOf(org, period)}/transitions`, { action: 'submit', version: report.version }, owner(org)));
    await put(url, swapped);
    expect((await download(org, period, id, 'pref-staff')).body).toEqual(original);

    await json(await api.post(`${reportOf(org, period)}/transitions`, { action: 'approve', version: submitted.version }, 'pref-staff'));
    await put(url, swapped);
    expect((await download(org, period, id, 'muni-141003')).body).toEqual(original);
    expect(await listed(org, period)).toHaveLength(1);
  });

  it('a PUT to the old URL after the file was removed brings nothing back', async () => {
    const [org, period] = ['142174', '2026-Q2'];
    await draft(org, period);
    const { id, url } = await attach(org, period, pdf('消す資料'));
    await json(await api.call('DELETE', `${reportOf(org, period)}/attachments/${id}`, { as: owner(org) }));
    await put(url, pdf('戻す資料'));
    expect(await listed(org, period)).toEqual([]);
    expect((await download(org, period, id, owner(org))).status).toBe(404);
    expect(readdirSync(join(config().dataDir, 'attachments', '140007', PROJECT, period, org))).toEqual([]);
    expect((await api.post(`${reportOf(org, period)}/attachments/${id}/confirm`, {}, owner(org))).status).toBe(404);
  });
});

describe('writes that depend on a state are conditional on it', () => {
  it('parallel confirmations of one upload: one succeeds with one audit record, the others are 409', async () => {
    const [org, period] = ['143669', '2026-Q1'];
    await draft(org, period);
    const data = pdf('一度だけ');
    const { attachment, upload } = await json(await api.post(`${reportOf(org, period)}/attachments`, { fileName: '一度.pdf', contentType: 'application/pdf', size: data.byteLength }, owner(org)));
    await put(upload.url, data);
    const results = await Promise.all(Array.from({ length: 8 }, () => api.post(`${reportOf(org, period)}/attachments/${attachment.id}/confirm`, {}, owner(org))));
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409, 409, 409, 409]);
    const history = await json(await api.get(`${reportOf(org, period)}/history?limit=50`, owner(org)));
    expect(history.items.filter((i: { action: string }) => i.action === 'report.attach')).toHaveLength(1);
    expect((await download(org, period, attachment.id, owner(org))).body).toEqual(data);
    expect(readdirSync(join(config().dataDir, 'attachments', '140007', PROJECT, period, org))).toHaveLength(1);
  });

  it('a file still pending cannot be removed, so a confirmation racing a removal never lists a file that is gone', async () => {
    const [org, period] = ['143847', '2026-Q1'];
    await draft(org, period);
    const data = pdf('競合');
    const { attachment, upload } = await json(await api.post(`${reportOf(org, period)}/attachments`, { fileName: '競合.pdf', contentType: 'application/pdf', size: data.byteLength }, owner(org)));
    await put(upload.url, data);
    const early = await json(await api.call('DELETE', `${reportOf(org, period)}/attachments/${attachment.id}`, { as: owner(org) }), 409);
    expect(early.error.message.en).toContain('not confirmed');

    for (let round = 0; round < 6; round++) {
      const reg = await json(await api.post(`${reportOf(org, period)}/attachments`, { fileName: `r${round}.pdf`, contentType: 'application/pdf', size: data.byteLength }, owner(org)));
      await put(reg.upload.url, data);
      await Promise.all([
        api.post(`${reportOf(org, period)}/attachments/${reg.attachment.id}/confirm`, {}, owner(org)),
        api.call('DELETE', `${reportOf(org, period)}/attachments/${reg.attachment.id}`, { as: owner(org) }),
      ]);
    }
    await json(await api.post(`${reportOf(org, period)}/attachments/${attachment.id}/confirm`, {}, owner(org)));
    for (const file of await listed(org, period)) {
      expect((await download(org, period, file.id, owner(org))).status, `listed file ${file.id}`).toBe(200);
    }
  });

  it('an upload confirmed after the report was submitted is refused and never listed', async () => {
    const [org, period] = ['144029', '2026-Q1'];
    await draft(org, period);
    const data = pdf('提出後');
    const { attachment, upload } = await json(await api.post(`${reportOf(org, period)}/attachments`, { fileName: '提出後.pdf', contentType: 'application/pdf', size: data.byteLength }, owner(org)));
    await put(upload.url, data);
    const { report } = await json(await api.get(reportOf(org, period), owner(org)));
    await json(await api.post(`${reportOf(org, period)}/transitions`, { action: 'submit', version: report.version }, owner(org)));
    const refused = await json(await api.post(`${reportOf(org, period)}/attachments/${attachment.id}/confirm`, {}, owner(org)), 409);
    expect(refused.error.message.ja).toContain('提出済み');
    expect(await listed(org, period)).toEqual([]);
    expect(existsSync(join(config().dataDir, 'attachments', '140007', PROJECT, period, org))).toBe(false);
  });
});
