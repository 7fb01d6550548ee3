import { beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../shared/auth/roles';
import { todayInJapan } from '../../shared/japan-days';
import { surveyCreateSchema } from '../../shared/surveys/definition';
import { sendSurvey } from '../../functions/features/surveys/send-survey';
import { createSurvey } from '../../functions/features/surveys/survey-service';
import type { SearchHit } from '../../shared/search/search-document';
import type { SearchResult } from '../../shared/search/search-api';
import { apiClient } from '../support/api-client';
import { useTestTable } from '../support/test-table';

/**
 * Search reads across features, so it is where a leak would be easiest: nothing a viewer could not open may appear,
 * not even as a count (docs/architecture.md, "Visibility"). These run against the features' own seeds
 * (scripts/seeds/), written through the same services the routes use.
 */
const api = apiClient();
const EVERYONE = ['pref-admin', 'pref-staff', 'council', 'muni-142034', 'muni-141003', 'muni-142051'];

async function search(words: string, as: string): Promise<SearchResult> {
  const res = await api.get(`/api/search?q=${encodeURIComponent(words)}&limit=50`, as);
  expect(res.status, await res.clone().text()).toBe(200);
  return res.json();
}
const links = (hits: SearchHit[]) => hits.map((h) => h.link);

const PREF_ADMIN: Principal = { userId: 'pref-admin', name: '管理者', role: 'prefecture_admin', orgCode: '140007' };
const FUJISAWA = '142051';

/** A survey sent to 藤沢市 alone, and a draft meant for everyone: neither is any other municipality's to find. */
async function putSurveys() {
  const deadline = todayInJapan(new Date(Date.now() + 30 * 86_400_000));
  const question = { id: 'count', kind: 'number', label: '導入している端末の台数', unit: '台', required: true };
  const chosen = await createSurvey(
    '140007',
    surveyCreateSchema.parse({ id: 'search-chosen', title: 'テレワーク端末の臨時調査', fiscalYear: 2026, deadline, questions: [question], recipients: { mode: 'chosen', orgCodes: [FUJISAWA] } }),
    PREF_ADMIN,
  );
  await sendSurvey('140007', chosen.id, chosen.version, PREF_ADMIN);
  await createSurvey('140007', surveyCreateSchema.parse({ id: 'search-draft', title: 'テレワーク端末の下書き調査', fiscalYear: 2026, deadline, questions: [question] }), PREF_ADMIN);
}

beforeAll(async () => {
  await useTestTable({ sharedMeasures: true, jointProjects: true, workingTogether: true });
  await putSurveys();
});

describe('search finds only what the viewer may open', () => {
  it('consultations are never searched, for anyone: only what the prefecture published to the FAQ', async () => {
    // Words only in consultations: 藤沢市's (answered, not published), 相模原市's (in progress), and 平塚市's own
    // wording, which the published FAQ entry rewrote without the municipality.
    for (const words of ['コンビニ交付の周知方法', '生成AIの利用ガイドライン', '情報政策課']) {
      for (const as of EVERYONE) {
        const { items, byKind } = await search(words, as);
        expect(links(items).filter((l) => l.startsWith('/consultations')), `${words} as ${as}`).toEqual([]);
        expect(byKind.faq, `${words} as ${as}`).toBe(0);
      }
    }
  });

  it('the FAQ is found by municipalities and the prefecture, without the asking municipality', async () => {
    for (const as of ['muni-141003', 'muni-142034', 'pref-staff']) {
      const faq = (await search('独自の帳票', as)).items.filter((h) => h.kind === 'faq');
      expect(links(faq), as).toEqual(['/faq/faq-seed-0001']);
      expect(JSON.stringify(faq)).not.toMatch(/平塚|142034/);
    }
    expect((await search('平塚市 帳票', 'muni-141003')).byKind.faq).toBe(0);
  });

  it('council members search the plan, shared measures, joint projects and meetings, not the desk', async () => {
    const { byKind } = await search('標準', 'council');
    expect(byKind.faq).toBe(0);
    expect(byKind.survey).toBe(0);
    expect(byKind.measure + byKind.shared_measure).toBeGreaterThan(0);
    expect(links((await search('推進会議', 'council')).items)).toContain('/meetings/m-2026-1');
  });

  it('a municipality finds the surveys sent to it, never another’s, a draft or anyone’s answers; the prefecture finds all', async () => {
    expect(links((await search('テレワーク端末', `muni-${FUJISAWA}`)).items)).toEqual(['/surveys/search-chosen']);
    for (const as of ['muni-141003', 'muni-142034', 'council']) {
      const { items, byKind } = await search('テレワーク端末', as);
      expect(links(items).filter((l) => l.startsWith('/surveys')), as).toEqual([]);
      expect(byKind.survey, as).toBe(0);
    }
    expect(links((await search('テレワーク端末', 'pref-staff')).items).sort()).toEqual(['/surveys/search-chosen', '/surveys/search-draft']);
    // The seeded survey went to all: every municipality finds it by its questions.
    for (const as of ['muni-141003', 'muni-142034']) {
      expect(links((await search('推奨データセット', as)).items), as).toContain('/surveys/r8-opendata-status');
    }
    // 平塚市's answer to it (「担当者が兼務で…」) is its own and the prefecture's: search holds no answers at all.
    for (const as of EVERYONE) expect((await search('担当者が兼務', as)).total, as).toBe(0);
  });

  it('meetings are everyone’s: found by their agenda and decisions, with their date', async () => {
    for (const as of EVERYONE) {
      const hit = (await search('生成AIの共同利用', as)).items.find((h) => h.kind === 'meeting');
      expect(hit?.link, as).toBe('/meetings/m-2026-1');
      expect(hit?.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});
