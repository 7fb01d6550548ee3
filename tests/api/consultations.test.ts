import { beforeAll, describe, expect, it } from 'vitest';
import { apiClient } from '../support/api-client';
import { useTestTable } from '../support/test-table';
import type { Notice } from '../../shared/notices/notice';
import { noticeWords } from '../../shared/notices/notice-words';

/** The consultation desk (相談窓口) through the API: the thread, its statuses, who sees what, notices and the FAQ. */
const api = apiClient();
const HIRATSUKA = 'muni-142034';
const FUJISAWA = 'muni-142051';

async function json(res: Response, status = 200) {
  const body = await res.json();
  expect(res.status, JSON.stringify(body)).toBe(status);
  return body;
}

const raise = async (as = HIRATSUKA, title = '庁内LANの無線化について') =>
  json(await api.post('/api/consultations', { category: 'security', title, text: '無線LANを導入する際の留意点を教えてください。' }, as), 201);

const notices = async (as: string): Promise<Notice[]> => (await json(await api.get('/api/notices', as))).items;

beforeAll(async () => {
  await useTestTable({ seed: false });
});

describe('raising and answering a consultation', () => {
  it('a municipality raises one (受付, technical by default) and the prefecture is told', async () => {
    const c = await raise(HIRATSUKA, '無線LANの暗号化方式');
    expect(c).toMatchObject({ orgCode: '142034', status: 'received', technical: true, version: 1 });
    const told = (await notices('pref-staff')).find((n) => n.link === `/consultations/${c.id}`)!;
    expect(noticeWords(told, 'ja')).toEqual({ title: '平塚市から相談が届きました', body: '無線LANの暗号化方式' });
  });

  it('the prefecture’s first answer sets 回答済 and firstAnsweredAt, names the writer from the records, and tells the municipality', async () => {
    const c = await raise();
    const view = await json(await api.post(`/api/consultations/${c.id}/messages`, { text: 'WPA3を使ってください。', version: 1 }, 'pref-staff'));
    expect(view.consultation.status).toBe('answered');
    expect(view.consultation.firstAnsweredAt).toBe(view.messages[0].at);
    expect(view.messages[0]).toMatchObject({ from: 'prefecture', text: 'WPA3を使ってください。', by: { userId: 'pref-staff', name: '総務局 職員' } });
    const told = (await notices(HIRATSUKA)).find((n) => n.link === `/consultations/${c.id}` && n.kind === 'consultation_answered');
    expect(told).toBeDefined();
    expect((await json(await api.get(`/api/consultations/${c.id}`, HIRATSUKA))).allowedActions).toEqual(['reply', 'resolve', 'attach']);
  });

  it('an interim reply (対応中) is not a first answer; the answer after it is', async () => {
    const c = await raise();
    const interim = await json(await api.post(`/api/consultations/${c.id}/messages`, { text: '確認中です。', version: 1, status: 'in_progress' }, 'pref-admin'));
    expect(interim.consultation.status).toBe('in_progress');
    expect(interim.consultation.firstAnsweredAt).toBeUndefined();
    const answer = await json(await api.post(`/api/consultations/${c.id}/messages`, { text: '回答です。', version: 2 }, 'pref-staff'));
    expect(answer.consultation).toMatchObject({ status: 'answered', firstAnsweredAt: answer.messages[1].at });
  });

  it('a follow-up on an answered consultation puts it back to 対応中 and tells the prefecture; resolving closes the thread', async () => {
    const c = await raise();
    await json(await api.post(`/api/consultations/${c.id}/messages`, { text: '回答です。', version: 1 }, 'pref-staff'));
    const followed = await json(await api.post(`/api/consultations/${c.id}/messages`, { text: '追加で質問です。', version: 2 }, HIRATSUKA));
    expect(followed.consultation.status).toBe('in_progress');
    expect((await notices('pref-staff')).some((n) => n.kind === 'consultation_followup' && n.link === `/consultations/${c.id}`)).toBe(true);
    const resolved = await json(await api.call('PATCH', `/api/consultations/${c.id}`, { as: HIRATSUKA, body: { status: 'resolved', version: 3 } }));
    expect(resolved).toMatchObject({ status: 'resolved', version: 4 });
    const late = await json(await api.post(`/api/consultations/${c.id}/messages`, { text: 'もう一つ', version: 4 }, HIRATSUKA), 409);
    expect(late.error.code).toBe('consultation_closed');
    expect(late.error.message.ja).toContain('新しい相談');
  });

  it('refuses status changes the rules do not allow, with the allowed actions named', async () => {
    const c = await raise();
    const early = await json(await api.call('PATCH', `/api/consultations/${c.id}`, { as: 'pref-staff', body: { status: 'answered', version: 1 } }), 409);
    expect(early.error).toMatchObject({ code: 'status_not_allowed', message: { ja: '回答済にするには、先に回答を送ってください。' } });
    expect(early.error.allowedActions).toContain('answer');
    const byMunicipality = await json(await api.call('PATCH', `/api/consultations/${c.id}`, { as: HIRATSUKA, body: { status: 'in_progress', version: 1 } }), 409);
    expect(byMunicipality.error.message.en).toContain('only mark its consultation resolved');
    const technical = await json(await api.call('PATCH', `/api/consultations/${c.id}`, { as: HIRATSUKA, body: { technical: false, version: 1 } }), 403);
    expect(technical.error.message.ja).toContain('県の職員');
    // Nothing was written by the refusals.
    expect((await json(await api.get(`/api/consultations/${c.id}`, 'pref-staff'))).consultation.version).toBe(1);
  });

  it('of two prefecture staff answering at once, the second gets 409 with the consultation as it is now', async () => {
    const c = await raise();
    const [a, b] = await Promise.all([
      api.post(`/api/consultations/${c.id}/messages`, { text: '回答A', version: 1 }, 'pref-staff'),
      api.post(`/api/consultations/${c.id}/messages`, { text: '回答B', version: 1 }, 'pref-admin'),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const lost = await (a.status === 409 ? a : b).json();
    expect(lost.error).toMatchObject({ code: 'version_conflict', current: { version: 2, status: 'answered' } });
    expect((await json(await api.get(`/api/consultations/${c.id}`, 'pref-staff'))).messages).toHaveLength(1);
  });

  it('bad input is a 400 naming the field in both languages, and writes nothing', async () => {
    const before = (await json(await api.get('/api/consultations', HIRATSUKA))).items.length;
    const bad = await json(await api.post('/api/consultations', { category: 'weather', title: '', text: 'x'.repeat(5001) }, HIRATSUKA), 400);
    const paths = bad.error.fields.map((f: { path: string }) => f.path).sort();
    expect(paths).toEqual(['category', 'text', 'title']);
    expect(bad.error.fields.find((f: { path: string }) => f.path === 'category').message).toEqual({ ja: '分類を一覧から選んでください。', en: 'Choose a category from the list.' });
    expect((await json(await api.get('/api/consultations', HIRATSUKA))).items.length).toBe(before);
  });
});

describe('who sees a consultation', () => {
  it('another municipality gets 404 on the consultation, its thread, history and files; council 403; the list shows only its own', async () => {
    const c = await raise();
    for (const path of [`/api/consultations/${c.id}`, `/api/consultations/${c.id}/history`, `/api/consultations/${c.id}/attachments/00000000-0000-4000-8000-000000000000`]) {
      expect((await api.get(path, FUJISAWA)).status, path).toBe(404);
      expect((await api.get(path, 'council')).status, path).toBe(403);
    }
    expect((await api.post(`/api/consultations/${c.id}/messages`, { text: '横から', version: 1 }, FUJISAWA)).status).toBe(404);
    expect((await api.post(`/api/consultations/${c.id}/attachments`, { fileName: 'a.pdf', contentType: 'application/pdf', size: 10 }, FUJISAWA)).status).toBe(404);
    expect((await api.call('PATCH', `/api/consultations/${c.id}`, { as: FUJISAWA, body: { status: 'resolved', version: 1 } })).status).toBe(404);
    const theirs = await json(await api.get('/api/consultations', FUJISAWA));
    expect(theirs.items.some((x: { id: string }) => x.id === c.id)).toBe(false);
    expect((await json(await api.get('/api/consultations?limit=100', HIRATSUKA))).items.every((x: { orgCode: string }) => x.orgCode === '142034')).toBe(true);
    expect((await api.get('/api/consultations', 'council')).status).toBe(403);
    // The asker and the prefecture read its history.
    expect((await json(await api.get(`/api/consultations/${c.id}/history`, HIRATSUKA))).items[0].action).toBe('consultation.create');
  });

  it('the prefecture filters by status and category, newest first, page by page', async () => {
    await raise(FUJISAWA, 'フィルタ確認1');
    const second = await json(await api.post('/api/consultations', { category: 'procurement', title: 'フィルタ確認2', text: '調達の相談' }, FUJISAWA), 201);
    const procurement = await json(await api.get('/api/consultations?category=procurement', 'pref-staff'));
    expect(procurement.items.map((x: { id: string }) => x.id)).toEqual([second.id]);
    const all: { createdAt: string }[] = [];
    let cursor: string | undefined;
    do {
      const page = await json(await api.get(`/api/consultations?status=received&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, 'pref-staff'));
      all.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    expect(all.length).toBeGreaterThan(2);
    expect(all.every((x) => (x as { status?: string }).status === 'received')).toBe(true);
    expect(all.map((x) => x.createdAt)).toEqual([...all.map((x) => x.createdAt)].sort().reverse());
  });
});

describe('the FAQ', () => {
  it('the prefecture publishes an answered consultation as an entry that carries nothing of the asker; another municipality finds it', async () => {
    const c = await json(await api.post('/api/consultations', { category: 'open_data', title: '平塚市のオープンデータ公開', text: '平塚市 情報政策課の山田です。ＣＳＶの文字コードは？' }, HIRATSUKA), 201);
    const notYet = await json(await api.post(`/api/consultations/${c.id}/faq`, { category: 'open_data', question: 'Q', answer: 'A', version: 1 }, 'pref-staff'), 409);
    expect(notYet.error.code).toBe('not_publishable');
    await json(await api.post(`/api/consultations/${c.id}/messages`, { text: 'UTF-8（BOM付き）を推奨します。', version: 1 }, 'pref-staff'));
    const entry = await json(
      await api.post(`/api/consultations/${c.id}/faq`, { category: 'open_data', question: 'オープンデータのＣＳＶはどの文字コードで公開すればよいですか。', answer: 'UTF-8（BOM付き）を推奨します。', version: 2 }, 'pref-staff'),
      201,
    );
    expect(entry.sourceConsultationId).toBe(c.id);
    const again = await json(await api.post(`/api/consultations/${c.id}/faq`, { category: 'open_data', question: 'Q', answer: 'A', version: 3 }, 'pref-staff'), 409);
    expect(again.error.message.ja).toContain('すでに');

    const seen = await json(await api.get(`/api/faq/${entry.id}`, FUJISAWA));
    expect(Object.keys(seen).sort()).toEqual(['answer', 'category', 'id', 'publishedAt', 'question', 'status', 'updatedAt', 'version']);
    // Not the asker, its municipality or the consultation (whose id a random entry id could only contain by chance: checked whole).
    expect(JSON.stringify(seen)).not.toMatch(/平塚|142034|muni-/);
    expect(JSON.stringify(seen)).not.toContain(c.id);
    // Found with the words folded as search folds them: full-width ＣＳＶ by csv, across question and answer.
    const found = await json(await api.get(`/api/faq?q=${encodeURIComponent('csv 文字コード bom')}`, FUJISAWA));
    expect(found.items.map((e: { id: string }) => e.id)).toEqual([entry.id]);
    expect((await json(await api.get(`/api/faq?q=${encodeURIComponent('csv 天気')}`, FUJISAWA))).items).toEqual([]);
    expect((await json(await api.get('/api/faq?category=security', FUJISAWA))).items.some((e: { id: string }) => e.id === entry.id)).toBe(false);
    expect((await api.get('/api/faq', 'council')).status).toBe(403);
  });

  it('a withdrawn entry is the prefecture’s only; edits are version-guarded and recorded', async () => {
    const c = await raise();
    await json(await api.post(`/api/consultations/${c.id}/messages`, { text: '回答', version: 1 }, 'pref-staff'));
    const entry = await json(await api.post(`/api/consultations/${c.id}/faq`, { category: 'security', question: '無線LANの留意点は', answer: '暗号化', version: 2 }, 'pref-staff'), 201);
    const withdrawn = await json(await api.put(`/api/faq/${entry.id}`, { category: 'security', question: '無線LANの留意点は', answer: '暗号化', status: 'withdrawn', version: 1 }, 'pref-admin'));
    expect(withdrawn.status).toBe('withdrawn');
    expect((await api.get(`/api/faq/${entry.id}`, FUJISAWA)).status).toBe(404);
    expect((await json(await api.get(`/api/faq?q=${encodeURIComponent('無線LANの留意点')}`, FUJISAWA))).items).toEqual([]);
    expect((await json(await api.get(`/api/faq/${entry.id}`, 'pref-staff'))).status).toBe('withdrawn');
    const stale = await json(await api.put(`/api/faq/${entry.id}`, { category: 'security', question: 'x', answer: 'y', status: 'published', version: 1 }, 'pref-admin'), 409);
    expect(stale.error.current.version).toBe(2);
    const history = await json(await api.get(`/api/faq/${entry.id}/history`, 'pref-staff'));
    expect(history.items.map((r: { action: string }) => r.action)).toEqual(['faq.update', 'faq.publish']);
    expect((await api.get(`/api/faq/${entry.id}/history`, HIRATSUKA)).status).toBe(403);
  });
});
