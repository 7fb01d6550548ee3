import { beforeAll, describe, expect, it } from 'vitest';
import { readOutbox } from '../../functions/platform/mail/mailer';
import { runReminders } from '../../functions/features/joint-projects/report-reminders';
import { projectOverview } from '../../functions/features/joint-projects/project-overview';
import { apiClient } from '../support/api-client';
import { useTestTable } from '../support/test-table';
import type { Notice } from '../../shared/notices/notice';
import { noticeWords } from '../../shared/notices/notice-words';

const api = apiClient();
const PROJECT = '/api/joint-projects/joint-procurement';
const report = (period: string, org: string) => `${PROJECT}/periods/${period}/reports/${org}`;
const HIRATSUKA = '142034'; // live, with an approved sample report for 2026-Q1
const ZUSHI = '142085'; // in 共同調達, nothing reported
const MINAMIASHIGARA = '142174';
const YOKOHAMA = '141003'; // not a participant
const complete = { progress: '予定どおり', hours_saved: 120, cost_shared: 400, summary: 'RPAを3業務に導入しました。' };

async function json(res: Response, status = 200) {
  const body = await res.json();
  expect(res.status, JSON.stringify(body)).toBe(status);
  return body;
}

beforeAll(async () => {
  await useTestTable({ jointProjects: true });
});

describe('the project board', () => {
  it('lists the seeded projects with phases, periods, report form and links to the plan', async () => {
    const { items } = await json(await api.get('/api/joint-projects', 'council'));
    expect(items.map((p: { id: string }) => p.id).sort()).toEqual(['dx-consultation', 'external-digital-talent', 'joint-procurement']);
    const first = await json(await api.get('/api/joint-projects?limit=2', 'council'));
    const rest = await json(await api.get(`/api/joint-projects?limit=2&cursor=${first.nextCursor}`, 'council'));
    expect([...first.items, ...rest.items].map((p: { id: string }) => p.id)).toEqual(items.map((p: { id: string }) => p.id));
    const talent = items.find((p: { id: string }) => p.id === 'external-digital-talent');
    expect(talent.measureLinks).toEqual([{ planId: 'kanagawa-dx', measureNo: '21-1' }]);
  });

  it('counts municipalities per phase and adds up effects from approved reports only', async () => {
    const o = await json(await api.get(PROJECT, 'pref-staff'));
    expect(o.effects.phaseCounts).toEqual({ briefing: 0, trial: 1, intent: 2, procurement: 2, live: 5 });
    expect(o.effects.liveMunicipalities).toBe(5);
    const hours = o.effects.totals.find((t: { fieldId: string }) => t.fieldId === 'hours_saved');
    expect(hours).toMatchObject({ total: 420 + 310 + 150, unit: '時間', reporters: 3 });
  });

  it('the external-talent pilot has the five municipalities of the FY2024 report, not marked sample', async () => {
    const o = await json(await api.get('/api/joint-projects/external-digital-talent', 'council'));
    expect(o.participants.map((p: { orgCode: string }) => p.orgCode).sort()).toEqual(['142123', '142158', '143219', '143626', '144011']);
    expect(o.participants.every((p: { sample: boolean; phaseId: string }) => !p.sample && p.phaseId === 'pilot')).toBe(true);
  });

  it('the prefecture moves a municipality to another phase (versioned, audited); a stale version gets 409', async () => {
    const path = `${PROJECT}/participants/${ZUSHI}`;
    const before = (await json(await api.get(PROJECT, 'pref-admin'))).participants.find((p: { orgCode: string }) => p.orgCode === ZUSHI);
    const moved = await json(await api.put(path, { version: before.version, phaseId: 'live', contactEmails: ['dx@city.zushi.example.jp'] }, 'pref-staff'));
    expect(moved).toMatchObject({ phaseId: 'live', version: before.version + 1, contactEmails: ['dx@city.zushi.example.jp'] });
    expect((await json(await api.put(path, { version: before.version, phaseId: 'intent' }, 'pref-admin'), 409)).error.code).toBe('version_conflict');
    const bad = await json(await api.put(path, { version: moved.version, phaseId: 'nowhere' }, 'pref-admin'), 400);
    expect(bad.error.fields[0].message.ja).toContain('導入・運用');
    expect((await api.put(path, { version: moved.version, phaseId: 'trial' }, 'muni-142085')).status).toBe(403);
  });

  it('an administrator defines a project; invalid definitions are refused with reasons, nothing written', async () => {
    const project = {
      name: 'RPA共同利用',
      kind: 'joint_procurement',
      phases: [{ id: 'trial', name: 'トライアル' }, { id: 'live', name: '運用', live: true }],
      periods: [{ id: '2027-Q1', label: '令和9年度 第1四半期', deadline: '2027-07-15' }],
      fields: [{ id: 'hours', label: '削減時間', type: 'number', unit: '時間', aggregate: true, required: true }],
      measureLinks: [{ planId: 'kanagawa-dx', measureNo: '21-4' }],
    };
    const dup = await json(await api.put('/api/joint-projects/rpa', { version: 0, project: { ...project, phases: [project.phases[0], project.phases[0]] } }, 'pref-admin'), 400);
    expect(JSON.stringify(dup.error.fields)).toContain('重複');
    const unknownMeasure = await json(await api.put('/api/joint-projects/rpa', { version: 0, project: { ...project, measureLinks: [{ planId: 'kanagawa-dx', measureNo: '99-9' }] } }, 'pref-admin'), 400);
    expect(unknownMeasure.error.message.ja).toContain('99-9');
    expect((await api.get('/api/joint-projects/rpa', 'pref-admin')).status).toBe(404);
    const saved = await json(await api.put('/api/joint-projects/rpa', { version: 0, project }, 'pref-admin'));
    expect(saved).toMatchObject({ id: 'rpa', version: 1, updatedBy: 'pref-admin' });
    expect((await api.put('/api/joint-projects/rpa', { version: 0, project }, 'pref-admin')).status).toBe(409);
    const history = await json(await api.get('/api/joint-projects/rpa/history', 'pref-admin'));
    expect(history.items[0]).toMatchObject({ action: 'project.create', actor: { userId: 'pref-admin' } });
  });

  it('the plan measure 21-4 lists the joint-procurement project with its effects', async () => {
    const { items } = await json(await api.get('/api/plans/kanagawa-dx/measures/21-4/joint-projects', 'council'));
    const linked = items.find((i: { project: { id: string } }) => i.project.id === 'joint-procurement');
    expect(linked.effects.liveMunicipalities).toBeGreaterThanOrEqual(5);
    expect(linked.latestApproved).toContainEqual(expect.objectContaining({ orgCode: HIRATSUKA, periodId: '2026-Q1' }));
  });
});

describe('a progress report: draft → submit → return → resubmit → approve', () => {
  const path = report('2026-Q3', MINAMIASHIGARA);
  const owner = `muni-${MINAMIASHIGARA}`;

  it('runs the whole loop, recording each transition with who and when, and notifying the other side', async () => {
    const empty = await json(await api.get(path, owner));
    expect(empty).toMatchObject({ report: null, allowedActions: ['save'] });

    const draft = await json(await api.put(path, { version: 0, values: { progress: '予定どおり' } }, owner));
    expect(draft).toMatchObject({ state: 'draft', version: 1 });

    const incomplete = await json(await api.post(`${path}/transitions`, { action: 'submit', version: 1 }, owner), 400);
    expect(incomplete.error.fields.map((f: { path: string }) => f.path).sort()).toEqual(['values.hours_saved', 'values.summary']);

    await json(await api.put(path, { version: 1, values: complete }, owner));
    const submitted = await json(await api.post(`${path}/transitions`, { action: 'submit', version: 2 }, owner));
    expect(submitted).toMatchObject({ state: 'submitted', version: 3 });
    const queue = await json(await api.get('/api/joint-project-reports/awaiting-review', 'pref-staff'));
    expect(queue.items.map((r: { orgCode: string }) => r.orgCode)).toContain(MINAMIASHIGARA);
    const prefNotices = await json(await api.get('/api/notices', 'pref-staff'));
    expect(prefNotices.items[0]).toMatchObject({ kind: 'submitted', link: `/joint-projects/joint-procurement/reports/2026-Q3/${MINAMIASHIGARA}` });

    const noReason = await json(await api.post(`${path}/transitions`, { action: 'return', version: 3 }, 'pref-staff'), 400);
    expect(noReason.error.message.ja).toContain('理由');
    await json(await api.post(`${path}/transitions`, { action: 'return', version: 3, comment: '削減時間の算定根拠を添付してください。' }, 'pref-staff'));
    const returned = await json(await api.get(path, owner));
    expect(returned.report.state).toBe('returned');
    expect(returned.allowedActions).toEqual(['save', 'submit']);
    expect(returned.comments[0]).toMatchObject({ text: '削減時間の算定根拠を添付してください。', action: 'return', by: { userId: 'pref-staff' } });
    const muniNotices = await json(await api.get('/api/notices', owner));
    expect(muniNotices.items[0]).toMatchObject({ kind: 'returned' });

    await json(await api.post(`${path}/comments`, { text: '根拠資料を添付しました。' }, owner));
    await json(await api.put(path, { version: 4, values: { ...complete, hours_saved: 130 } }, owner));
    await json(await api.post(`${path}/transitions`, { action: 'submit', version: 5 }, owner));
    const approved = await json(await api.post(`${path}/transitions`, { action: 'approve', version: 6 }, 'pref-admin'));
    expect(approved.state).toBe('approved');
    expect(approved.transitions.map((t: { action: string; by: { userId: string } }) => `${t.action}:${t.by.userId}`)).toEqual([
      `save:${owner}`,
      `submit:${owner}`,
      'return:pref-staff',
      `submit:${owner}`,
      'approve:pref-admin',
    ]);
    const history = await json(await api.get(`${path}/history?limit=100`, 'pref-staff'));
    expect(history.items.map((h: { action: string }) => h.action)).toContain('report.approve');

    const board = await json(await api.get(PROJECT, 'pref-staff'));
    expect(board.effects.totals.find((t: { fieldId: string }) => t.fieldId === 'hours_saved').total).toBe(880 + 130);
    // The board's mark (not the current period's row: which period is current depends on the day the test runs).
    expect(board.participants.find((p: { orgCode: string }) => p.orgCode === MINAMIASHIGARA).reports['2026-Q3'].state).toBe('approved');
    expect((await json(await api.get('/api/joint-project-reports/awaiting-review', 'pref-staff'))).items.map((r: { orgCode: string }) => r.orgCode)).not.toContain(MINAMIASHIGARA);
  });

  it('two reviewers acting on one report at once: exactly one transition happens', async () => {
    const p = report('2026-Q4', MINAMIASHIGARA);
    await json(await api.put(p, { version: 0, values: complete }, owner));
    await json(await api.post(`${p}/transitions`, { action: 'submit', version: 1 }, owner));
    const results = await Promise.all([
      api.post(`${p}/transitions`, { action: 'approve', version: 2 }, 'pref-admin'),
      api.post(`${p}/transitions`, { action: 'return', version: 2, comment: '再確認をお願いします。' }, 'pref-staff'),
      api.post(`${p}/transitions`, { action: 'approve', version: 2 }, 'pref-staff'),
    ]);
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 409, 409]);
    const after = await json(await api.get(p, owner));
    expect(after.report.version).toBe(3);
    expect(after.report.transitions).toHaveLength(3);
    const history = await json(await api.get(`${p}/history?limit=100`, 'pref-admin'));
    expect(history.items.filter((h: { action: string }) => h.action !== 'report.save')).toHaveLength(2); // submit + the one winner
  });
});

describe('who sees what', () => {
  it('another municipality and council members never see a draft or a report under review (404), but see approved ones', async () => {
    const p = report('2026-Q3', ZUSHI);
    await json(await api.put(p, { version: 0, values: { progress: '遅れあり' } }, `muni-${ZUSHI}`));
    for (const who of ['muni-142034', 'council']) {
      expect((await api.get(p, who)).status).toBe(404);
      const o = await json(await api.get(PROJECT, who));
      expect(o.participants.find((x: { orgCode: string }) => x.orgCode === ZUSHI).reports).toEqual({});
      expect(o.overdue.map((x: { orgCode: string }) => x.orgCode)).not.toContain(ZUSHI);
    }
    const approved = await json(await api.get(report('2026-Q1', HIRATSUKA), 'muni-141003'));
    expect(approved).toMatchObject({ report: { state: 'approved' }, allowedActions: [], comments: [] });
  });

  it('a municipality cannot write another municipality’s report; nothing changes', async () => {
    const p = report('2026-Q3', ZUSHI);
    const before = await json(await api.get(p, 'pref-staff'));
    const attempt = await api.put(p, { version: before.report.version, values: complete }, 'muni-142034');
    expect(attempt.status).toBe(403);
    expect((await attempt.json()).error.message.ja).toContain('他の市町村');
    expect((await api.post(`${p}/transitions`, { action: 'submit', version: before.report.version }, 'muni-142034')).status).toBe(403);
    expect((await api.post(`${p}/comments`, { text: 'x' }, 'muni-142034')).status).toBe(403);
    expect(await json(await api.get(p, 'pref-staff'))).toEqual(before);
  });

  it('a municipality that is not a participant gets a clear 404', async () => {
    const res = await json(await api.put(report('2026-Q3', YOKOHAMA), { version: 0, values: complete }, `muni-${YOKOHAMA}`), 404);
    expect(res.error.message.ja).toContain('参加団体');
  });
});

describe('deadlines and reminders', () => {
  it('marks unreported past-deadline periods overdue and lists them, most overdue first', async () => {
    const o = await json(await api.get(PROJECT, 'pref-staff'));
    // Today (2026-11-23) the Q2 deadline (2026-10-15) has passed; Q1's too, for those who did not report.
    const q2 = o.overdue.filter((x: { periodId: string }) => x.periodId === '2026-Q2').map((x: { orgCode: string }) => x.orgCode);
    expect(q2).toContain(HIRATSUKA);
    expect(o.overdue.some((x: { periodId: string; orgCode: string }) => x.periodId === '2026-Q1' && x.orgCode === HIRATSUKA)).toBe(false);
  });

  it('gives the current period’s status per municipality to the prefecture, and to a municipality only its own', async () => {
    const now = new Date('2026-11-23T00:00:00Z');
    const pref = await projectOverview('joint-procurement', { userId: 'pref-staff', name: '総務局 職員', role: 'prefecture_staff', orgCode: '140007' }, now);
    expect(pref.period).toMatchObject({ id: '2026-Q3', deadline: '2027-01-15' });
    expect(pref.period!.rows).toHaveLength(10);
    expect(pref.period!.rows.find((r) => r.orgCode === MINAMIASHIGARA)!.status).toBe('approved');
    expect(Object.values(pref.period!.counts).reduce((a, b) => a + b, 0)).toBe(10);
    const afterDeadline = await projectOverview('joint-procurement', { userId: 'pref-staff', name: '総務局 職員', role: 'prefecture_staff', orgCode: '140007' }, new Date('2027-01-16T00:00:00Z'));
    expect(afterDeadline.period!.id).toBe('2026-Q4');
    expect(afterDeadline.overdue.filter((o) => o.periodId === '2026-Q3').map((o) => o.orgCode)).not.toContain(MINAMIASHIGARA);
    const muni = await projectOverview('joint-procurement', { userId: 'muni-142034', name: '平塚市 職員', role: 'municipal_staff', orgCode: HIRATSUKA }, now);
    expect(muni.period!.rows.map((r) => r.orgCode)).toEqual([HIRATSUKA]);
    expect(new Set(muni.overdue.map((o) => o.orgCode))).toEqual(new Set([HIRATSUKA]));
  });

  it('sends each reminder once: notices in the portal, emails to the outbox', async () => {
    const q2Late = new Date('2026-10-20T00:00:00Z'); // five days after the Q2 deadline
    const q3Soon = new Date('2027-01-10T00:00:00Z'); // five days before the Q3 deadline
    for (const now of [q2Late, q3Soon]) {
      const first = await runReminders(now, '140007');
      expect(first.notices).toBeGreaterThan(0);
      expect(first.emails).toBeGreaterThan(0);
      expect(await runReminders(now, '140007')).toEqual({ notices: 0, emails: 0 });
    }
    const mails = await readOutbox();
    const toHiratsuka = mails.filter((m) => m.to.includes(`dx-${HIRATSUKA}@example.lg.jp`));
    expect(toHiratsuka.map((m) => m.subject)).toEqual(
      expect.arrayContaining([expect.stringContaining('期限が近づいています'), expect.stringContaining('期限を過ぎています')]),
    );
    expect(toHiratsuka.map((m) => m.text).join()).toContain('令和9年1月15日');
    // Approved and submitted reports are not chased.
    expect(mails.some((m) => m.to.includes(`dx-${MINAMIASHIGARA}@example.lg.jp`) && m.subject.includes('情報システム') && m.text.includes('第3四半期'))).toBe(false);
    const notices = await json(await api.get('/api/notices', `muni-${HIRATSUKA}`));
    expect(notices.items.map((n: { kind: string }) => n.kind)).toEqual(expect.arrayContaining(['due_soon', 'overdue']));
    const pref = await json(await api.get('/api/notices?limit=50', 'pref-admin'));
    // Stored as a kind with parameters, read in either language (shared/notices/notice-words.ts).
    const summary = pref.items.find((n: Notice) => n.kind === 'overdue_summary');
    expect(noticeWords(summary, 'ja').title).toContain('団体が提出期限を過ぎています');
    expect(noticeWords(summary, 'en').title).toContain('municipalities are overdue');
    expect(summary.params.late.length).toBeGreaterThan(0);
    expect((await json(await api.get('/api/notices', 'council'))).items).toEqual([]);
  });
});
