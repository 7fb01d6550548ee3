import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { config } from '../../functions/platform/config';
import { apiClient } from '../support/api-client';
import { useTestTable } from '../support/test-table';

/**
 * What other municipalities later download must be what its name and type
 * say: the review attached a Windows program as `請求書.pdf.exe` declared as
 * PDF, and an SVG (a document that can run script) declared as PNG.
 */
const api = apiClient();
const ORG = '142085';
const owner = `muni-${ORG}`;
const PERIOD = '2026-Q3';
const report = `/api/joint-projects/joint-procurement/periods/${PERIOD}/reports/${ORG}`;
const hex = (h: string) => Uint8Array.from(h.match(/../g)!.map((b) => parseInt(b, 16)));
const text = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const files = {
  /** A Windows program: "MZ", then the DOS stub. */
  exe: concat(text('MZ'), hex('90000300000004000000ffff0000b800'), text('This program cannot be run in DOS mode.')),
  svg: text('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.domain)</script></svg>'),
  pdf: text('%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF'),
  png: Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64')),
  jpeg: hex('ffd8ffe000104a46494600010100000100010000ffd9'),
  xlsx: concat(hex('504b0304140006000800'), text('[Content_Types].xml')),
  csvUtf8: concat(hex('efbbbf'), text('市町村,人口\r\n横浜市,3770000\r\n')),
  /** The same CSV as Excel on Japanese Windows saves it (Shift_JIS). */
  csvShiftJis: hex('8e7392ac91ba2c906c8cfb0d0a89a1956c8e732c333737303030300d0a'),
  csvWithNul: text('市町村,人口\u0000\r\n'),
  binaryAsText: hex('00ff00fe8081828384'),
};

async function json(res: Response, status = 200) {
  const body = await res.json();
  expect(res.status, JSON.stringify(body)).toBe(status);
  return body;
}

/** Registers, uploads and confirms a file; returns the confirmation's response. */
async function attach(fileName: string, contentType: string, data: Uint8Array) {
  const { attachment, upload } = await json(await api.post(`${report}/attachments`, { fileName, contentType, size: data.byteLength }, owner));
  const put = await api.app.request(upload.url, { method: 'PUT', headers: { 'content-type': contentType }, body: data as Uint8Array<ArrayBuffer> });
  expect(put.status).toBe(200);
  return { id: attachment.id as string, res: await api.post(`${report}/attachments/${attachment.id}/confirm`, {}, owner) };
}

const listedNames = async () => (await json(await api.get(report, owner))).attachments.map((a: { fileName: string }) => a.fileName).sort();
const filesIn = (...dir: string[]) => {
  try {
    return readdirSync(join(config().dataDir, 'attachments', ...dir, '140007', 'joint-procurement', PERIOD, ORG));
  } catch {
    return [];
  }
};
const storedFiles = () => filesIn();
const pendingFiles = () => filesIn('pending');

beforeAll(async () => {
  await useTestTable({ jointProjects: true });
  await json(await api.put(report, { version: 0, values: { progress: '予定どおり', hours_saved: 8, summary: '種類の確認' } }, owner));
});

describe('a file’s name must fit its declared type', () => {
  it.each([
    ['請求書.pdf.exe', 'application/pdf', '.pdf'],
    ['chart.svg', 'image/png', '.png'],
    ['名簿.xlsx', 'text/csv', '.csv'],
  ])('%s declared as %s is refused at registration, naming %s', async (fileName, contentType, extension) => {
    const body = await json(await api.post(`${report}/attachments`, { fileName, contentType, size: 100 }, owner), 400);
    expect(body.error.fields).toEqual([expect.objectContaining({ path: 'fileName' })]);
    expect(body.error.fields[0].message.ja).toContain(extension);
    expect(body.error.fields[0].message.en).toContain(extension);
  });

  it.each(['請求書.exe.pdf', '請求書.html.pdf', 'invoice.pdf .pdf', '請求書.exe. .pdf'])('%s (an extension hidden inside the name) is refused', async (fileName) => {
    const body = await json(await api.post(`${report}/attachments`, { fileName, contentType: 'application/pdf', size: 100 }, owner), 400);
    expect(body.error.fields[0].message.ja).toContain('二重');
  });

  it('a name that displays differently from what it is (a right-to-left override) is refused', async () => {
    const body = await json(await api.post(`${report}/attachments`, { fileName: '請求書\u202Efdp.exe', contentType: 'application/pdf', size: 100 }, owner), 400);
    expect(body.error.fields[0].path).toBe('fileName');
  });

  it('ordinary names with dots and upper-case extensions are accepted', async () => {
    for (const fileName of ['令和6年度.報告書.pdf', 'v1.2 資料.PDF']) {
      expect((await api.post(`${report}/attachments`, { fileName, contentType: 'application/pdf', size: 100 }, owner)).status).toBe(200);
    }
  });
});

describe('a file’s content must be what its type says', () => {
  it.each([
    ['請求書.pdf', 'application/pdf', 'exe', 'プログラム'],
    ['グラフ.png', 'image/png', 'svg', 'PNG'],
    ['写真.jpg', 'image/jpeg', 'pdf', 'JPEG'],
    ['集計.xlsx', XLSX, 'exe', 'プログラム'],
    ['名簿.csv', 'text/csv', 'exe', 'プログラム'],
    ['名簿.csv', 'text/csv', 'csvWithNul', 'Shift_JIS'],
    ['メモ.txt', 'text/plain', 'binaryAsText', 'Shift_JIS'],
  ] as const)('%s declared %s holding %s bytes is refused at confirmation, removed and not listed', async (fileName, contentType, content, named) => {
    const before = storedFiles().length;
    const { id, res } = await attach(fileName, contentType, files[content]);
    const body = await json(res, 400);
    expect(body.error.code).toBe('wrong_content');
    expect(body.error.message.ja).toContain(named);
    expect(body.error.message.en.length).toBeGreaterThan(20);
    expect(await listedNames()).not.toContain(fileName);
    expect(storedFiles()).toHaveLength(before);
    expect(pendingFiles()).not.toContain(id);
    // The refused registration is gone: it cannot be confirmed later, and it no longer counts.
    expect((await api.post(`${report}/attachments/${id}/confirm`, {}, owner)).status).toBe(404);
  });

  it('genuine PDF, PNG, JPEG, xlsx and CSV (UTF-8 and Shift_JIS) files are accepted and download unchanged', async () => {
    const genuine = [
      ['根拠.pdf', 'application/pdf', files.pdf],
      ['グラフ.png', 'image/png', files.png],
      ['写真.jpeg', 'image/jpeg', files.jpeg],
      ['集計.xlsx', XLSX, files.xlsx],
      ['名簿_utf8.csv', 'text/csv', files.csvUtf8],
      ['名簿_sjis.csv', 'text/csv', files.csvShiftJis],
    ] as const;
    for (const [fileName, contentType, data] of genuine) {
      const { id, res } = await attach(fileName, contentType, data);
      expect((await json(res)).status).toBe('stored');
      const link = await json(await api.get(`${report}/attachments/${id}`, 'pref-staff'));
      expect(new Uint8Array(await (await api.app.request(link.url)).arrayBuffer())).toEqual(data);
    }
    expect(await listedNames()).toEqual(genuine.map(([n]) => n).sort());
  });
});
