import { describe, expect, it } from 'vitest';
import { formatDate } from '../../shared/fiscal-year';
import { currentPeriod, daysUntil, deadlineStatus, overdueReports, periodStatuses } from '../../shared/joint-projects/deadlines';
import { projectInputSchema } from '../../shared/joint-projects/definition';
import { projectEffects } from '../../shared/joint-projects/effects';
import type { Participation } from '../../shared/joint-projects/participation';
import { aggregateFigures, checkReportValues } from '../../shared/joint-projects/report-values';
import { allowedActions, canReadReport, decideTransition, REPORT_ACTIONS, REPORT_STATES, STATE_RULES, TRANSITIONS, type ReportActor, type StateOrNone } from '../../shared/joint-projects/workflow';

describe('the report workflow', () => {
  /** The rules as the prefecture wrote them down, independent of the code's table. */
  const EXPECTED: Record<StateOrNone, Record<ReportActor, string[]>> = {
    none: { owner: ['save'], reviewer: [], other: [] },
    draft: { owner: ['save', 'submit'], reviewer: [], other: [] },
    submitted: { owner: [], reviewer: ['return', 'approve'], other: [] },
    returned: { owner: ['save', 'submit'], reviewer: [], other: [] },
    approved: { owner: [], reviewer: ['reopen'], other: [] },
  };

  it('allows exactly the expected actions in every state for every actor', () => {
    for (const [state, byActor] of Object.entries(EXPECTED)) {
      for (const [actor, actions] of Object.entries(byActor)) {
        expect(allowedActions(state as StateOrNone, actor as ReportActor), `${state} × ${actor}`).toEqual(actions);
      }
    }
  });

  it('decides every state × action × actor: ok with the next state, forbidden for the wrong side, illegal naming what is possible', () => {
    const next: Record<string, string> = { 'none:save': 'draft', 'draft:save': 'draft', 'returned:save': 'returned', 'draft:submit': 'submitted', 'returned:submit': 'submitted', 'submitted:return': 'returned', 'submitted:approve': 'approved', 'approved:reopen': 'returned' };
    for (const state of Object.keys(EXPECTED) as StateOrNone[]) {
      for (const action of REPORT_ACTIONS) {
        for (const actor of ['owner', 'reviewer', 'other'] as ReportActor[]) {
          const outcome = decideTransition(state, action, actor);
          const side = ['save', 'submit'].includes(action) ? 'owner' : 'reviewer';
          if (EXPECTED[state][actor].includes(action)) expect(outcome).toMatchObject({ ok: true, to: next[`${state}:${action}`] });
          else if (actor !== side) expect(outcome).toMatchObject({ ok: false, problem: 'forbidden' });
          else expect(outcome).toEqual({ ok: false, problem: 'illegal', allowed: EXPECTED[state][actor] });
        }
      }
    }
  });

  it('asks for a comment when returning or withdrawing an approval', () => {
    expect(decideTransition('submitted', 'return', 'reviewer')).toMatchObject({ needsComment: true });
    expect(decideTransition('approved', 'reopen', 'reviewer')).toMatchObject({ needsComment: true });
    expect(decideTransition('submitted', 'approve', 'reviewer')).toMatchObject({ needsComment: false });
  });

  it('lets other municipalities and council members read approved reports only', () => {
    expect(['none', 'draft', 'submitted', 'returned'].some((s) => canReadReport(s as StateOrNone, 'other'))).toBe(false);
    expect(canReadReport('approved', 'other')).toBe(true);
    expect(canReadReport('draft', 'owner') && canReadReport('draft', 'reviewer')).toBe(true);
  });
});

describe('deadlines (days in Japan time)', () => {
  it('counts days to a deadline from today in JST, not UTC', () => {
    // 2026-10-15T15:30Z is already 16 October in Japan: the 15 October deadline has passed.
    expect(daysUntil('2026-10-15', new Date('2026-10-15T14:59:00Z'))).toBe(0);
    expect(daysUntil('2026-10-15', new Date('2026-10-15T15:30:00Z'))).toBe(-1);
  });

  it('gives each report its status: overdue only if owed and late; submitted and approved never overdue', () => {
    const late = new Date('2026-10-16T03:00:00Z');
    expect(deadlineStatus(undefined, '2026-10-15', late)).toBe('overdue');
    expect(deadlineStatus('draft', '2026-10-15', late)).toBe('overdue');
    expect(deadlineStatus('returned', '2026-10-15', late)).toBe('overdue');
    expect(deadlineStatus('submitted', '2026-10-15', late)).toBe('submitted');
    expect(deadlineStatus('approved', '2026-10-15', late)).toBe('approved');
    expect(deadlineStatus(undefined, '2026-10-15', new Date('2026-10-15T03:00:00Z'))).toBe('not_started');
  });

  const project = {
    periods: [
      { id: 'Q2', label: '第2四半期', deadline: '2026-10-15' },
      { id: 'Q1', label: '第1四半期', deadline: '2026-07-15' },
      { id: 'Q3', label: '第3四半期', deadline: '2027-01-15' },
    ],
  };
  const participant = (orgCode: string, reports: Participation['reports'], phaseSince = '2025-04-01T00:00:00Z'): Participation => ({
    projectId: 'p', orgCode, phaseId: 'live', contactEmails: [], note: '', phaseSince, reports, approvedFigures: {}, sample: false, version: 1, updatedAt: '', updatedBy: '',
  });

  it('the current period is the first whose deadline has not passed, else the last', () => {
    expect(currentPeriod(project, new Date('2026-11-23T00:00:00Z'))?.id).toBe('Q3');
    expect(currentPeriod(project, new Date('2027-06-01T00:00:00Z'))?.id).toBe('Q3');
    expect(currentPeriod({ periods: [] }, new Date())).toBeUndefined();
  });

  it('lists overdue reports most overdue first, skipping periods that ended before a municipality joined', () => {
    const now = new Date('2026-11-23T00:00:00Z');
    const rows = overdueReports(project, [
      participant('142034', { Q1: { state: 'approved', at: '' } }),
      participant('142077', { Q2: { state: 'returned', at: '' } }),
      participant('142085', {}, '2026-09-01T00:00:00Z'),
    ], now);
    expect(rows.map((r) => `${r.periodId}:${r.orgCode}:${r.daysOverdue}`)).toEqual(['Q1:142077:131', 'Q2:142034:39', 'Q2:142077:39', 'Q2:142085:39']);
    const q3 = periodStatuses(project.periods[2]!, [participant('142034', { Q3: { state: 'draft', at: 'x' } }), participant('142077', {})], now);
    expect(q3.counts).toMatchObject({ draft: 1, not_started: 1, overdue: 0 });
  });
});

describe('effects and report values', () => {
  const project = projectInputSchema.parse({
    name: 'AI-OCR',
    kind: 'joint_procurement',
    phases: [{ id: 'trial', name: 'トライアル' }, { id: 'live', name: '導入・運用', live: true }],
    periods: [],
    fields: [
      { id: 'progress', label: '進捗', type: 'status', options: ['予定どおり', '遅れあり'], required: true },
      { id: 'hours', label: '削減時間', type: 'number', unit: '時間', aggregate: true, required: true },
      { id: 'staff', label: '担当者数', type: 'number' },
      { id: 'summary', label: '概要', type: 'text', maxLength: 10 },
    ],
    measureLinks: [],
  });

  it('adds up approved figures across periods and municipalities, and counts those live', () => {
    const base = { projectId: 'p', contactEmails: [], note: '', phaseSince: '', reports: {}, sample: false, version: 1, updatedAt: '', updatedBy: '' };
    const effects = projectEffects(project, [
      { ...base, orgCode: 'a', phaseId: 'live', approvedFigures: { Q1: { hours: 0.1 }, Q2: { hours: 0.2 } } },
      { ...base, orgCode: 'b', phaseId: 'live', approvedFigures: { Q1: { hours: 100 } } },
      { ...base, orgCode: 'c', phaseId: 'trial', approvedFigures: {} },
    ]);
    expect(effects).toEqual({
      participants: 3,
      phaseCounts: { trial: 1, live: 2 },
      liveMunicipalities: 2,
      totals: [{ fieldId: 'hours', label: '削減時間', unit: '時間', total: 100.3, reporters: 2 }],
    });
  });

  it('lets a draft be incomplete but not wrong; submitting needs every required field', () => {
    expect(checkReportValues(project, { progress: '予定どおり' }, false)).toEqual([]);
    expect(checkReportValues(project, { progress: '予定どおり' }, true).map((p) => p.fieldId)).toEqual(['hours']);
    const wrong = checkReportValues(project, { progress: '順調', hours: -1, staff: '三人', summary: 'とても長い説明の文章です。', extra: 1 }, false);
    expect(wrong.map((p) => p.fieldId)).toEqual(['extra', 'progress', 'hours', 'staff', 'summary']);
    expect(wrong.find((p) => p.fieldId === 'progress')!.message.ja).toContain('予定どおり、遅れあり');
    expect(wrong.find((p) => p.fieldId === 'summary')!.message.ja).toContain('10文字以内');
    expect(aggregateFigures(project, { hours: 12, staff: 3 })).toEqual({ hours: 12 });
  });

  it('refuses duplicate ids in a definition with a message in both languages', () => {
    const result = projectInputSchema.safeParse({ ...project, phases: [project.phases[0], project.phases[0]] });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]).toMatchObject({ path: ['phases', 1], params: { ja: 'フェーズID「trial」が重複しています。' } });
  });
});

describe('dates in documents', () => {
  it('writes dates in the era of the day', () => {
    expect(formatDate('2027-01-15')).toBe('令和9年1月15日');
    expect(formatDate('2019-05-01')).toBe('令和元年5月1日');
    expect(formatDate('2019-04-30')).toBe('平成31年4月30日');
    expect(formatDate('2027-01-15', 'en')).toBe('15 Jan 2027');
  });
});

describe('what each report state means, beside the transitions', () => {
  it('a municipality edits exactly the states it may save; reviewers queue exactly what they may approve; only approved is public and settled', () => {
    const where = (rule: keyof (typeof STATE_RULES)['draft']) => REPORT_STATES.filter((s) => STATE_RULES[s][rule]);
    expect(where('editable')).toEqual(TRANSITIONS.save.from.filter((s) => s !== 'none'));
    expect(where('awaitingReview')).toEqual([...TRANSITIONS.approve.from]);
    expect(where('published')).toEqual(['approved']);
    expect(where('owed')).toEqual(where('editable'));
  });
});
