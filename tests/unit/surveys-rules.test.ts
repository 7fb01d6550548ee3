import { describe, expect, it } from 'vitest';
import { answerErrors, isLate, isPastDeadline, type SurveyAnswer } from '../../shared/surveys/answers';
import { nextYearCopy, nextYearDay } from '../../shared/surveys/copy';
import { surveyRemindersDue, surveyTaskList } from '../../shared/surveys/due';
import { readFormRows } from '../../shared/surveys/form-file';
import { questionSchema, type Question } from '../../shared/surveys/questions';
import { surveyResults } from '../../shared/surveys/results';

/** The pure rules of surveys (照会, issue 17): answers against question kinds, deadlines, aggregates, the form, copies. */
const q = (input: Record<string, unknown>): Question => questionSchema.parse(input);
const QUESTIONS = [
  q({ id: 'count', kind: 'number', label: '件数', unit: '件', min: 0, max: 100, required: true }),
  q({ id: 'ok', kind: 'yes_no', label: '実施', required: true }),
  q({ id: 'tools', kind: 'multiple_choice', label: 'ツール', options: ['RPA', 'AI'] }),
];
const answer = (orgCode: string, values: SurveyAnswer['values'], status: SurveyAnswer['status'] = 'submitted'): SurveyAnswer => ({ surveyId: 's', orgCode, values, status, version: 1 });

describe('answers', () => {
  it('checks required questions on submit only, and values against their kinds always', () => {
    expect(answerErrors(QUESTIONS, { count: 5 }, false)).toEqual([]);
    expect(answerErrors(QUESTIONS, { count: 5 }, true).map((e) => e.path)).toEqual(['values.ok']);
    expect(answerErrors(QUESTIONS, { count: 101, ok: 'yes', tools: ['RPA', 'RPA'] }, false).map((e) => e.path)).toEqual(['values.count', 'values.ok', 'values.tools']);
  });

  it('keeps answers open through the whole deadline day in Japan', () => {
    expect(isPastDeadline('2026-07-15', new Date('2026-07-15T14:59:59Z'))).toBe(false); // 23:59:59 JST
    expect(isPastDeadline('2026-07-15', new Date('2026-07-15T15:00:00Z'))).toBe(true); // 00:00 JST the next day
    expect(isLate('2026-07-15', '2026-07-15T14:00:00Z', new Date('2026-08-01T00:00:00Z'))).toBe(false);
    expect(isLate('2026-07-15', undefined, new Date('2026-07-16T00:00:00Z'))).toBe(true);
  });
});

describe('aggregates', () => {
  it('count submitted answers only', () => {
    const r = surveyResults({ id: 's', questions: QUESTIONS }, 3, [answer('1', { count: 4, ok: true, tools: ['AI'] }), answer('2', { count: 6, ok: false }), answer('3', { count: 90 }, 'draft')], (c) => `団体${c}`);
    expect(r.submittedCount).toBe(2);
    expect(r.questions[0]!.stats).toEqual({ count: 2, sum: 10, mean: 5, min: 4, max: 6 });
    expect(r.questions[2]!.options).toEqual([{ option: 'RPA', count: 0 }, { option: 'AI', count: 1 }]);
  });
});

describe('the XLSX form', () => {
  it('reads answers by question id, keeps what the file leaves out, and reports each bad cell by its Excel row', () => {
    const rows = [
      { 設問ID: 'tools', 回答: 'RPA;AI' },
      { 設問ID: 'count', 回答: '１，２' },
      { 設問ID: 'nope', 回答: 'x' },
    ];
    const read = readFormRows(QUESTIONS, { ok: true }, rows);
    expect(read.values).toEqual({ ok: true, tools: ['RPA', 'AI'], count: 12 });
    expect(read.errors.map((e) => [e.row, e.column])).toEqual([[4, '設問ID']]);
    expect(readFormRows(QUESTIONS, {}, [{ 質問: 'count' }]).errors[0]!.message.ja).toContain('設問ID');
  });
});

describe('copies and reminders', () => {
  it('moves the year in the title and the deadline a year on (29 February to 28 February)', () => {
    const copy = nextYearCopy({ title: '令和8年度 調査', description: '', fiscalYear: 2026, questions: QUESTIONS, recipients: { mode: 'all' }, deadline: '2027-02-26', shareAggregates: false });
    expect(copy).toMatchObject({ title: '令和9年度 調査', fiscalYear: 2027, deadline: '2028-02-26' });
    expect(nextYearDay('2028-02-29')).toBe('2029-02-28');
  });

  it('reminds and tasks only municipalities that have not submitted a sent survey; a closed survey is nobody’s task', () => {
    const sent = { id: 's', title: '調査', status: 'sent' as const, deadline: '2026-07-15', recipientOrgCodes: ['A', 'B'] };
    const statusOf = (_id: string, org?: string) => (org === 'A' ? ('submitted' as const) : undefined);
    expect(surveyRemindersDue([sent], statusOf, new Date('2026-07-01T00:00:00Z'))).toEqual([]);
    expect(surveyRemindersDue([sent], statusOf, new Date('2026-07-09T00:00:00Z')).map((r) => r.marker)).toEqual(['s#B#survey_due_soon']);
    expect(surveyRemindersDue([sent], statusOf, new Date('2026-07-16T00:00:00Z')).map((r) => r.marker)).toEqual(['s#B#survey_overdue']);
    expect(surveyTaskList([sent], () => undefined, 'B', new Date('2026-07-16T00:00:00Z'))[0]).toMatchObject({ kind: 'survey_overdue', daysLeft: -1, link: '/surveys/s' });
    expect(surveyTaskList([{ ...sent, status: 'closed' }], () => undefined, 'B', new Date('2026-07-16T00:00:00Z'))).toEqual([]);
  });
});
