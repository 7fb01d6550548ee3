import { beforeAll, describe, expect, it } from 'vitest';
import { apiClient } from '../support/api-client';
import { useTestTable } from '../support/test-table';
import { seedMeetings } from '../../scripts/seeds/meetings';
import type { Notice } from '../../shared/notices/notice';
import { noticeWords } from '../../shared/notices/notice-words';

const api = apiClient();
const SEEDED = '/api/meetings/m-2026-1';
const FUJISAWA = '142051'; // owns the seeded open item i3
const HIRATSUKA = '142034'; // owns the seeded done item i1

async function json(res: Response, status = 200) {
  const body = await res.json();
  expect(res.status, JSON.stringify(body)).toBe(status);
  return body;
}

const newMeeting = (over: Record<string, unknown> = {}) => ({
  version: 0,
  meeting: { title: '令和8年度第2回 県市町村デジタル推進会議', date: '2026-11-20', place: 'オンライン', online: true, agenda: [{ title: '標準化の進捗', presenter: '県' }], decisions: [], minutes: '', minutesPublic: false, ...over },
});

beforeAll(async () => {
  await useTestTable();
  await seedMeetings(new Date('2026-07-20T00:00:00Z'));
});

describe('meetings: who reads what', () => {
  it('every signed-in role reads the seeded meeting with its decisions, action items and materials list', async () => {
    for (const who of ['pref-staff', 'council', 'muni-141003']) {
      const view = await json(await api.get(SEEDED, who));
      expect(view.meeting.title).toBe('令和8年度第1回 県市町村デジタル推進会議');
      expect(view.meeting.decisions).toHaveLength(3);
      expect(view.actionItems.map((i: { owner: string; status: string }) => `${i.owner}:${i.status}`).sort()).toEqual([`${HIRATSUKA}:done`, `${FUJISAWA}:open`, 'prefecture:in_progress']);
      expect(view.materials).toEqual([]);
    }
  });

  it('anonymous readers see a meeting with public minutes as title, date, agenda and minutes only; a meeting without is 404', async () => {
    const view = await json(await api.get(SEEDED));
    expect(Object.keys(view.meeting).sort()).toEqual(['agenda', 'date', 'id', 'minutes', 'minutesPublic', 'title']);
    expect(view.actionItems).toEqual([]);
    expect(view.materials).toEqual([]);
    await json(await api.put('/api/meetings/m-private', newMeeting({ minutes: '非公開の議事録' }), 'pref-staff'));
    const hidden = await json(await api.get('/api/meetings/m-private'), 404);
    expect(hidden.error.message.ja).toContain('見つかりません');
    expect(JSON.stringify(hidden)).not.toContain('非公開の議事録');
    expect((await api.get('/api/meetings/m-private', 'council')).status).toBe(200);
  });

  it('lists a fiscal year’s meetings newest first, page by page', async () => {
    await json(await api.put('/api/meetings/m-2026-3', newMeeting({ date: '2027-02-10', title: '第3回' }), 'pref-admin'));
    await json(await api.put('/api/meetings/m-2025-9', newMeeting({ date: '2026-03-01', title: '令和7年度の会議' }), 'pref-admin'));
    const first = await json(await api.get('/api/meetings?fiscalYear=2026&limit=2', 'council'));
    const rest = await json(await api.get(`/api/meetings?fiscalYear=2026&limit=2&cursor=${encodeURIComponent(first.nextCursor)}`, 'council'));
    const dates = [...first.items, ...rest.items].map((m: { date: string }) => m.date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(dates).toContain('2027-02-10');
    expect(dates).not.toContain('2026-03-01');
  });
});

describe('meetings: who changes what', () => {
  it('council and municipal staff cannot record or change meetings or action items', async () => {
    for (const who of ['council', `muni-${FUJISAWA}`]) {
      expect((await api.put('/api/meetings/m-x', newMeeting(), who)).status).toBe(403);
      expect((await api.put(`${SEEDED}/action-items/i9`, { version: 0, text: 'x', owner: FUJISAWA, deadline: '2026-12-01' }, who)).status).toBe(403);
    }
    expect((await api.post(`${SEEDED}/action-items/i3/status`, { version: 1, status: 'done' }, 'council')).status).toBe(403);
    expect((await api.get('/api/meetings/m-x', 'council')).status).toBe(404);
  });

  it('only the owner municipality (or the prefecture) moves an item along; another municipality is refused and nothing changes', async () => {
    const before = (await json(await api.get(SEEDED, 'pref-staff'))).actionItems.find((i: { id: string }) => i.id === 'i3');
    const refused = await json(await api.post(`${SEEDED}/action-items/i3/status`, { version: before.version, status: 'done' }, `muni-${HIRATSUKA}`), 403);
    expect(refused.error.message.ja).toContain('担当の団体');
    expect(refused.error.message.en).toContain('owner');
    const still = (await json(await api.get(SEEDED, 'pref-staff'))).actionItems.find((i: { id: string }) => i.id === 'i3');
    expect(still).toEqual(before);
    const moved = await json(await api.post(`${SEEDED}/action-items/i3/status`, { version: before.version, status: 'in_progress', note: '参加希望を集計中' }, `muni-${FUJISAWA}`));
    expect(moved).toMatchObject({ status: 'in_progress', note: '参加希望を集計中', version: before.version + 1, text: before.text, owner: FUJISAWA });
    // A second writer with the old version gets 409 and the item as it now is.
    const stale = await json(await api.post(`${SEEDED}/action-items/i3/status`, { version: before.version, status: 'done' }, 'pref-staff'), 409);
    expect(stale.error.current.note).toBe('参加希望を集計中');
    const history = await json(await api.get(`${SEEDED}/action-items/i3/history`, 'council'));
    expect(history.items[0]).toMatchObject({ action: 'actionItem.status', actor: { userId: `muni-${FUJISAWA}` } });
  });

  it('a version conflict on a meeting answers 409 with the meeting as saved', async () => {
    const { meeting } = await json(await api.get(SEEDED, 'pref-admin'));
    await json(await api.put(SEEDED, { version: meeting.version, meeting: { ...meeting, minutes: `${meeting.minutes}\n追記` } }, 'pref-admin'));
    const res = await json(await api.put(SEEDED, { version: meeting.version, meeting: { ...meeting, title: '別の題' } }, 'pref-staff'), 409);
    expect(res.error.code).toBe('version_conflict');
    expect(res.error.current.minutes).toContain('追記');
    const history = await json(await api.get(`${SEEDED}/history`, 'pref-staff'));
    expect(history.items[0].action).toBe('meeting.update');
    expect((await api.get(`${SEEDED}/history`, 'muni-141003')).status).toBe(403);
  });

  it('bad input is a 400 in Japanese and English naming the field, and writes nothing', async () => {
    const badDate = await json(await api.put('/api/meetings/m-bad', newMeeting({ date: '2026-13-40' }), 'pref-admin'), 400);
    expect(JSON.stringify(badDate.error.fields)).toContain('YYYY-MM-DD');
    const badOwner = await json(await api.put(`${SEEDED}/action-items/i9`, { version: 0, text: '調査', owner: '999999', deadline: '2026-12-01' }, 'pref-admin'), 400);
    expect(badOwner.error.message.ja).toContain('999999');
    expect(badOwner.error.message.en).toContain('municipality');
    const badFormat = await json(await api.put(`${SEEDED}/action-items/i9`, { version: 0, text: '調査', owner: 'yokohama', deadline: '2026-12-01' }, 'pref-admin'), 400);
    expect(badFormat.error.fields[0]).toMatchObject({ path: 'owner' });
    expect(badFormat.error.fields[0].message.ja).toContain('団体コード');
    expect(badFormat.error.fields[0].message.en).toContain('organisation code');
    const noText = await json(await api.put(`${SEEDED}/action-items/i9`, { version: 0, text: ' ', owner: FUJISAWA, deadline: '2026-12-01' }, 'pref-admin'), 400);
    expect(noText.error.fields[0].path).toBe('text');
    expect((await api.get('/api/meetings/m-bad', 'pref-admin')).status).toBe(404);
    expect((await json(await api.get(SEEDED, 'pref-admin'))).actionItems.map((i: { id: string }) => i.id)).not.toContain('i9');
    expect((await api.put('/api/meetings/unknown-meeting/action-items/i1', { version: 0, text: 'x', owner: 'prefecture', deadline: '2026-12-01' }, 'pref-admin')).status).toBe(404);
  });
});

describe('meeting materials', () => {
  const materials = `${SEEDED}/materials`;
  const pdf = new TextEncoder().encode('%PDF-1.4\n%資料\n');

  it('the prefecture adds a file that every signed-in reader lists and downloads; municipalities and council cannot add; the public never sees it', async () => {
    expect((await api.post(materials, { fileName: '資料1.pdf', contentType: 'application/pdf', size: pdf.byteLength }, 'muni-141003')).status).toBe(403);
    expect((await api.post(materials, { fileName: '資料1.pdf', contentType: 'application/pdf', size: pdf.byteLength }, 'council')).status).toBe(403);
    const { attachment, upload } = await json(await api.post(materials, { fileName: '資料1.pdf', contentType: 'application/pdf', size: pdf.byteLength }, 'pref-staff'), 201);
    expect((await api.app.request(upload.url, { method: 'PUT', headers: { 'content-type': 'application/pdf' }, body: pdf })).status).toBe(200);
    await json(await api.post(`${materials}/${attachment.id}/confirm`, {}, 'pref-staff'));
    const view = await json(await api.get(SEEDED, 'muni-141003'));
    expect(view.materials.map((f: { fileName: string }) => f.fileName)).toEqual(['資料1.pdf']);
    expect((await json(await api.get(`${materials}/${attachment.id}`, 'council'))).url).toBeTruthy();
    expect((await json(await api.get(SEEDED))).materials).toEqual([]);
    expect((await api.post('/api/meetings/no-such-meeting/materials', { fileName: 'a.pdf', contentType: 'application/pdf', size: 3 }, 'pref-staff')).status).toBe(404);
  });
});

describe('action items as tasks and notices', () => {
  const tasksOf = async (who: string) => (await json(await api.get('/api/my/tasks', who))).items.filter((t: { kind: string }) => t.kind.startsWith('action_item'));

  it('an item assigned to a municipality notifies it, appears among its tasks, lists under its owner, and disappears when done', async () => {
    const { meeting } = await json(await api.get(SEEDED, 'pref-admin'));
    const zushi = '142085';
    expect(await tasksOf(`muni-${zushi}`)).toEqual([]);
    const item = await json(await api.put(`${SEEDED}/action-items/i4`, { version: 0, text: '庁内の生成AI利用ルールを共有する', owner: zushi, deadline: '2099-10-30' }, 'pref-staff'));
    const notices = (await json(await api.get('/api/notices', `muni-${zushi}`))).items as Notice[];
    expect(notices[0]).toMatchObject({ kind: 'action_item_assigned', link: '/meetings/m-2026-1#item-i4' });
    expect(noticeWords(notices[0]!, 'ja').body).toContain(meeting.title);
    expect(noticeWords(notices[0]!, 'en').title).toContain('action item');

    const [task] = await tasksOf(`muni-${zushi}`);
    expect(task).toMatchObject({ kind: 'action_item_due', deadline: '2099-10-30', link: '/meetings/m-2026-1#item-i4' });
    expect(task.title.ja).toContain('庁内の生成AI利用ルール');
    expect((await json(await api.get(`/api/action-items?owner=${zushi}&status=unfinished`, 'council'))).items.map((i: { id: string }) => i.id)).toEqual(['i4']);

    await json(await api.post(`${SEEDED}/action-items/i4/status`, { version: item.version, status: 'done', note: '共有済み' }, `muni-${zushi}`));
    expect(await tasksOf(`muni-${zushi}`)).toEqual([]);
    const done = await json(await api.get(`/api/action-items?status=done`, `muni-${zushi}`));
    expect(done.items.map((i: { id: string; doneAt?: string }) => [i.id, Boolean(i.doneAt)])).toEqual([['i4', true]]);
  });

  it('the seeded meeting leaves 平塚市 and 横浜市 no task; the prefecture has its own open item as a task', async () => {
    expect(await tasksOf(`muni-${HIRATSUKA}`)).toEqual([]);
    expect(await tasksOf('muni-141003')).toEqual([]);
    const prefecture = await tasksOf('pref-staff');
    expect(prefecture.map((t: { link: string }) => t.link)).toContain('/meetings/m-2026-1#item-i2');
    expect(await tasksOf('council')).toEqual([]);
  });

  it('an item past its deadline is overdue', async () => {
    await json(await api.put(`${SEEDED}/action-items/i5`, { version: 0, text: '前年度の振り返り', owner: '142123', deadline: '2020-04-30' }, 'pref-admin'));
    const [task] = await tasksOf('muni-142123');
    expect(task.kind).toBe('action_item_overdue');
    expect(task.daysLeft).toBeLessThan(0);
  });
});
