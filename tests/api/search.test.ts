import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchResult } from '../../shared/search/search-api';
import { apiClient } from '../support/api-client';
import { useTestTable } from '../support/test-table';

const api = apiClient();

async function search(query: string, as: string): Promise<SearchResult> {
  const res = await api.get(`/api/search?${query}`, as);
  expect(res.status, await res.clone().text()).toBe(200);
  return res.json();
}
const q = (text: string, more = '') => `q=${encodeURIComponent(text)}${more}`;

beforeAll(async () => {
  await useTestTable({ sharedMeasures: true, jointProjects: true, workingTogether: true });
});

describe('GET /api/search', () => {
  it('finds plan measures, shared measures and joint projects, each with the page that shows it', async () => {
    const { items, byKind, total } = await search(q('マイナンバー'), 'muni-142034');
    const links = items.map((h) => h.link);
    // 17-1 names マイナンバー in its title; 17-2…17-4 only through their area 「マイナンバーカードの普及促進等」.
    expect(links).toContain('/measures/17-1?plan=kanagawa-dx');
    expect(links).toContain('/measures/17-3?plan=kanagawa-dx');
    expect(links).toContain('/shared-measures/mynumber-card-rate');
    expect(links).toContain('/shared-measures/mynumber-support-visits');
    expect(byKind.measure).toBeGreaterThanOrEqual(4);
    expect(byKind.shared_measure).toBe(2);
    expect(total).toBe(Object.values(byKind).reduce((a, b) => a + b, 0));
    // Title matches first: the two whose titles say マイナンバー lead, those found in their text follow.
    const titleHits = items.filter((h) => h.title.ja.includes('マイナンバー')).length;
    expect(items.slice(0, titleHits).every((h) => h.title.ja.includes('マイナンバー'))).toBe(true);
    const area = items.find((h) => h.link === '/measures/17-3?plan=kanagawa-dx')!;
    expect(area.title.ja).toBe('17-3 小児慢性特定疾病医療費支給認定等支援システムのPMH連携改修事業');
    expect(area.excerpt).toContain('マイナンバーカードの普及促進等');
    expect(area).not.toHaveProperty('body');

    const projects = await search(q('DX相談', '&kind=joint_project'), 'council');
    expect(projects.items.map((h) => [h.kind, h.link])).toEqual([['joint_project', '/joint-projects/dx-consultation']]);
  });

  it('every word must occur, written in any width or kana', async () => {
    const both = await search(q('ﾏｲﾅﾝﾊﾞｰ　保有率'), 'pref-staff');
    // Both words in the shared measure's title; 17-1 has マイナンバー in its title and カード保有率 as its indicator.
    expect(both.items.map((h) => h.link)).toEqual(['/shared-measures/mynumber-card-rate', '/measures/17-1?plan=kanagawa-dx']);
    expect((await search(q('マイナンバー 存在しない言葉'), 'pref-staff')).total).toBe(0);
    expect((await search(q('ａｉ－ｏｃｒ'), 'pref-staff')).items.map((h) => h.link)).toContain('/shared-measures/ai-ocr-forms');
  });

  it('the kind filter narrows the items, while the counts per kind stay those of the whole search', async () => {
    const all = await search(q('マイナンバー'), 'council');
    const shared = await search(q('マイナンバー', '&kind=shared_measure'), 'council');
    expect(shared.items.every((h) => h.kind === 'shared_measure')).toBe(true);
    expect(shared.total).toBe(all.byKind.shared_measure);
    expect(shared.byKind).toEqual(all.byKind);
  });

  it('pages through the ranking with a cursor bound to the query', async () => {
    const whole = await search(q('推進', '&limit=50'), 'pref-staff');
    expect(whole.total).toBeGreaterThan(5);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await search(q('推進', `&limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`), 'pref-staff');
      expect(page.total).toBe(whole.total);
      seen.push(...page.items.map((h) => `${h.kind}:${h.id}`));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(whole.items.map((h) => `${h.kind}:${h.id}`));
    // The same cursor for other words, another kind or another person: refused, never a page of something else.
    const first = (await search(q('推進', '&limit=3'), 'pref-staff')).nextCursor!;
    for (const [query, as] of [
      [q('マイナンバー', `&cursor=${encodeURIComponent(first)}`), 'pref-staff'],
      [q('推進', `&kind=measure&cursor=${encodeURIComponent(first)}`), 'pref-staff'],
      [q('推進', `&cursor=${encodeURIComponent(first)}`), 'pref-admin'],
    ] as const) {
      const res = await api.get(`/api/search?${query}`, as);
      expect(res.status).toBe(400);
      expect((await res.json()).error.message.ja).toContain('cursor');
    }
  });

  it('refuses an empty, blank or too long query, or an unknown kind, with a message in both languages', async () => {
    for (const query of ['', 'q=', `q=${encodeURIComponent(' \u3000 ')}`, `q=${'あ'.repeat(101)}`, 'q=x&kind=minutes', 'q=x&limit=0']) {
      const res = await api.get(`/api/search?${query}`, 'muni-141003');
      expect(res.status, query).toBe(400);
      const body = await res.json();
      expect(body.error.message.ja).toBeTruthy();
      expect(body.error.message.en).toBeTruthy();
    }
    const tooLong = await (await api.get(`/api/search?q=${'あ'.repeat(101)}`, 'council')).json();
    expect(JSON.stringify(tooLong.error.fields)).toContain('100文字以内');
    expect((await search(`q=${'あ'.repeat(100)}`, 'council')).total).toBe(0);
  });

  it('odd input is a hit list or a 400, never a 500', async () => {
    const odd = ['\u0000', '\u202e', '𠮷野家', '<script>alert(1)</script>', "' OR 1=1 --", '.*+?^${}()|[]\\', 'ﾞﾞﾞ', '\u0301'.repeat(100), '%', '　a　'];
    for (const text of odd) {
      const res = await api.get(`/api/search?${q(text)}`, 'muni-141003');
      expect([200, 400], JSON.stringify(text)).toContain(res.status);
      if (res.status === 400) expect((await res.json()).error.message.en).toBeTruthy();
    }
    // A control character alone leaves no word to look for: said so, not searched as nothing.
    expect((await (await api.get(`/api/search?${q('\u0000')}`, 'council')).json()).error.message.ja).toContain('検索する言葉');
  });

  it('needs a signed-in user', async () => {
    expect((await api.get(`/api/search?${q('マイナンバー')}`)).status).toBe(401);
  });
});
