import { beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../shared/auth/roles';
import { createConsultation, postMessage, updateConsultation } from '../../functions/features/consultations/consultations';
import { consultationTasks, faqSearchDocuments } from '../../functions/features/consultations';
import { seedConsultations } from '../../scripts/seeds/consultations';
import { apiClient } from '../support/api-client';
import { useTestTable } from '../support/test-table';

/**
 * The desk's figures (GET /api/consultations/statistics), its やること and its seed, on a table of their own: the
 * consultations are written through the services with fixed clocks, so the times to first answer are known.
 */
const api = apiClient();
const PREF = '140007';
const muni = (orgCode: string): Principal => ({ userId: `muni-${orgCode}`, name: '職員', role: 'municipal_staff', orgCode });
const staff: Principal = { userId: 'pref-staff', name: '職員', role: 'prefecture_staff', orgCode: PREF };
const council: Principal = { userId: 'council', name: '議員', role: 'council', orgCode: PREF };
const at = (iso: string) => new Date(iso);

async function raiseAnswered(id: string, orgCode: string, category: 'security' | 'mynumber', created: string, answered?: string) {
  const c = await createConsultation(PREF, { category, title: `相談 ${id}`, text: '本文' }, muni(orgCode), at(created), id);
  if (!answered) return c;
  return (await postMessage(PREF, id, { text: '回答', version: c.version }, staff, at(answered))).consultation;
}

beforeAll(async () => {
  await useTestTable({ seed: false });
  // FY2025 (令和7年度): three answered after 2, 10 and 30 hours (median 10, mean 14), one waiting, one not technical.
  await raiseAnswered('c-a', '141305', 'security', '2025-05-01T00:00:00Z', '2025-05-01T02:00:00Z');
  await raiseAnswered('c-b', '141305', 'security', '2025-06-01T00:00:00Z', '2025-06-01T10:00:00Z');
  const c = await raiseAnswered('c-c', '142051', 'mynumber', '2026-03-30T00:00:00Z', '2026-03-31T06:00:00Z');
  await updateConsultation(PREF, 'c-c', { technical: false, version: c.version }, staff, at('2026-04-02T00:00:00Z'));
  await raiseAnswered('c-d', '142051', 'mynumber', '2026-01-10T00:00:00Z');
  // 1 April 2026 08:00 in Japan (still 31 March in UTC) belongs to FY2026.
  await raiseAnswered('c-e', '141305', 'security', '2026-03-31T23:00:00Z');
});

describe('the desk’s figures for a fiscal year', () => {
  it('counts by category and status, the technical count, and the median and mean hours to first answer', async () => {
    const res = await api.get('/api/consultations/statistics?fiscalYear=2025', 'pref-staff');
    const figures = await res.json();
    expect(res.status).toBe(200);
    expect(figures).toMatchObject({ fiscalYear: 2025, total: 4, technical: 3, answered: 3, medianHoursToFirstAnswer: 10, meanHoursToFirstAnswer: 14 });
    expect(figures.byStatus).toEqual({ received: 1, in_progress: 0, answered: 3, resolved: 0 });
    expect(figures.byCategory.security).toEqual({ received: 0, in_progress: 0, answered: 2, resolved: 0 });
    expect(figures.byCategory.mynumber).toEqual({ received: 1, in_progress: 0, answered: 1, resolved: 0 });
    const next = await (await api.get('/api/consultations/statistics?fiscalYear=2026', 'council')).json();
    expect(next).toMatchObject({ total: 1, technical: 1, answered: 0 });
    expect(next.medianHoursToFirstAnswer).toBeUndefined();
    expect((await api.get('/api/consultations/statistics?fiscalYear=2025', 'muni-141305')).status).toBe(403);
    expect((await api.get('/api/consultations/statistics?fiscalYear=R7', 'pref-staff')).status).toBe(400);
  });
});

describe('the desk’s やること', () => {
  it('the prefecture: one task counting the consultations still without a reply; a municipality: each answered one', async () => {
    expect(await consultationTasks(PREF, staff, at('2026-04-05T00:00:00Z'))).toEqual([
      { kind: 'consultations_waiting', title: { ja: '未回答の相談に回答する（2件）', en: 'Answer the consultations waiting for a reply (2)' }, link: '/consultations?status=received', count: 2 },
    ]);
    expect((await consultationTasks(PREF, muni('141305'), at('2026-04-05T00:00:00Z'))).map((t) => [t.kind, t.link]).sort()).toEqual([
      ['consultation_answered', '/consultations/c-a'],
      ['consultation_answered', '/consultations/c-b'],
    ]);
    // Resolving settles the municipality's task.
    await updateConsultation(PREF, 'c-a', { status: 'resolved', version: 2 }, muni('141305'), at('2026-04-06T00:00:00Z'));
    expect((await consultationTasks(PREF, muni('141305'), at('2026-04-06T00:00:00Z'))).map((t) => t.link)).toEqual(['/consultations/c-b']);
    expect(await consultationTasks(PREF, council, at('2026-04-06T00:00:00Z'))).toEqual([]);
  });
});

describe('the seed', () => {
  it('writes 平塚市’s resolved consultation as faq-seed-0001, once, leaving 平塚市 and 横浜市 nothing to do', async () => {
    const now = at('2026-11-28T03:00:00Z');
    expect(await seedConsultations(now)).toBe(3);
    expect(await seedConsultations(now)).toBe(0);
    const seeded = await (await api.get('/api/consultations/c-seed-0001', 'muni-142034')).json();
    expect(seeded.consultation).toMatchObject({ status: 'resolved', category: 'standardization' });
    expect(seeded.consultation.firstAnsweredAt).toBeDefined();
    const entry = await (await api.get('/api/faq/faq-seed-0001', 'muni-141003')).json();
    expect(entry.question).toContain('標準準拠システム');
    expect(JSON.stringify(entry)).not.toContain('平塚');
    expect(await consultationTasks(PREF, muni('142034'), now)).toEqual([]);
    expect(await consultationTasks(PREF, muni('141003'), now)).toEqual([]);
    // The FAQ is searched by municipalities and the prefecture, not by council members.
    expect((await faqSearchDocuments(PREF, muni('141003'))).map((d) => d.link)).toEqual(['/faq/faq-seed-0001']);
    expect(await faqSearchDocuments(PREF, council)).toEqual([]);
  });
});
