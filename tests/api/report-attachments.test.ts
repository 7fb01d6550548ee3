import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { config } from '../../functions/platform/config';
import { apiClient } from '../support/api-client';
import { useTestTable } from '../support/test-table';

const api = apiClient();
const ZUSHI = '142085';
const owner = `muni-${ZUSHI}`;
const report = `/api/joint-projects/joint-procurement/periods/2026-Q3/reports/${ZUSHI}`;
const pdf = new TextEncoder().encode('%PDF-1.7\n根拠資料\n%%EOF');

async function json(res: Response, status = 200) {
  const body = await res.json();
  expect(res.status, JSON.stringify(body)).toBe(status);
  return body;
}

const register = (body: Record<string, unknown>, as = owner) => api.post(`${report}/attachments`, body, as);
const upload = (url: string, data: Uint8Array<ArrayBuffer>, contentType = 'application/pdf') =>
  api.app.request(url, { method: 'PUT', headers: { 'content-type': contentType }, body: data });

beforeAll(async () => {
  await useTestTable({ jointProjects: true });
  await json(await api.put(report, { version: 0, values: { progress: '予定どおり', hours_saved: 40, summary: '資料添付' } }, owner));
});

describe('evidence attachments', () => {
  it('refuses a type or size outside the limits, with the limits named, before anything is stored', async () => {
    const exe = await json(await register({ fileName: 'setup.exe', contentType: 'application/x-msdownload', size: 100 }), 400);
    expect(exe.error.fields[0]).toMatchObject({ path: 'contentType' });
    expect(exe.error.fields[0].message.ja).toContain('PDF');
    const huge = await json(await register({ fileName: '動画.pdf', contentType: 'application/pdf', size: 11 * 1024 * 1024 }), 400);
    expect(huge.error.fields[0].message.ja).toContain('10MB');
    const sneaky = await json(await register({ fileName: '../../etc/passwd', contentType: 'text/plain', size: 10 }), 400);
    expect(sneaky.error.fields[0].path).toBe('fileName');
    expect((await json(await api.get(report, owner))).attachments).toEqual([]);
  });

  it('uploads through a signed URL, confirms, lists and downloads the file; a wrong size or a forged URL is refused', async () => {
    const { attachment, upload: target } = await json(await register({ fileName: '削減時間の根拠.pdf', contentType: 'application/pdf', size: pdf.byteLength }));
    expect(target).toMatchObject({ method: 'PUT', headers: { 'content-type': 'application/pdf' } });
    expect(target.url).not.toContain('Bearer');
    expect((await api.post(`${report}/attachments/${attachment.id}/confirm`, {}, owner)).status).toBe(409); // not uploaded yet
    expect((await upload(target.url, pdf.slice(0, 5))).status).toBe(400);
    expect((await upload(target.url.replace(/.$/, (c: string) => (c === 'A' ? 'B' : 'A')), pdf)).status).toBe(403);
    expect((await upload(target.url, pdf)).status).toBe(200);
    const stored = await json(await api.post(`${report}/attachments/${attachment.id}/confirm`, {}, owner));
    expect(stored.status).toBe('stored');

    const view = await json(await api.get(report, 'pref-staff'));
    expect(view.attachments).toEqual([expect.objectContaining({ fileName: '削減時間の根拠.pdf', size: pdf.byteLength })]);
    const link = await json(await api.get(`${report}/attachments/${attachment.id}`, 'pref-staff'));
    const file = await api.app.request(link.url);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toContain(encodeURIComponent('削減時間の根拠.pdf'));
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(pdf);
    expect((await api.app.request(link.url, { method: 'PUT', headers: { 'content-type': 'application/pdf' }, body: pdf })).status).toBe(403);
    const files = readdirSync(join(config().dataDir, 'attachments', '140007', 'joint-procurement', '2026-Q3', ZUSHI));
    // The confirmed copy has a key of its own (no upload URL names it); the pending upload is gone.
    expect(files).toEqual([expect.stringMatching(new RegExp(`^${attachment.id}\\.`))]);
    expect(readdirSync(join(config().dataDir, 'attachments', 'pending', '140007', 'joint-procurement', '2026-Q3', ZUSHI))).toEqual([]);
    const history = await json(await api.get(`${report}/history`, owner));
    expect(history.items[0]).toMatchObject({ action: 'report.attach', actor: { userId: owner } });
  });

  it('only the municipality adds files, and only while the report is with it; others cannot even fetch an unapproved report’s file', async () => {
    const req = { fileName: 'memo.txt', contentType: 'text/plain', size: 4 };
    expect((await register(req, 'muni-142034')).status).toBe(403);
    expect((await register(req, 'pref-staff')).status).toBe(403);
    expect((await register(req, 'council')).status).toBe(403);
    const { items } = { items: (await json(await api.get(report, owner))).attachments };
    expect((await api.get(`${report}/attachments/${items[0].id}`, 'muni-142034')).status).toBe(404);
    const current = (await json(await api.get(report, owner))).report;
    await json(await api.post(`${report}/transitions`, { action: 'submit', version: current.version }, owner));
    const locked = await json(await register(req), 409);
    expect(locked.error.message.ja).toContain('提出済み');
    expect((await api.call('DELETE', `${report}/attachments/${items[0].id}`, { as: owner })).status).toBe(409);
  });

  it('a removed file disappears from the report and the store', async () => {
    const p = `/api/joint-projects/joint-procurement/periods/2026-Q4/reports/${ZUSHI}`;
    await json(await api.put(p, { version: 0, values: {} }, owner));
    const { attachment, upload: target } = await json(await api.post(`${p}/attachments`, { fileName: 'a.csv', contentType: 'text/csv', size: 3 }, owner));
    await upload(target.url, new TextEncoder().encode('a,b'), 'text/csv');
    await json(await api.post(`${p}/attachments/${attachment.id}/confirm`, {}, owner));
    await json(await api.call('DELETE', `${p}/attachments/${attachment.id}`, { as: owner }));
    expect((await json(await api.get(p, owner))).attachments).toEqual([]);
    expect(readdirSync(join(config().dataDir, 'attachments', '140007', 'joint-procurement', '2026-Q4', ZUSHI))).toEqual([]);
  });
});
