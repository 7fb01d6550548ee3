import { beforeAll, describe, expect, it } from 'vitest';
import { runSurveyReminders, surveySearchDocuments, surveyTasks } from '../../functions/features/surveys';
import { readOutbox } from '../../functions/platform/mail/mailer';
import type { Principal } from '../../shared/auth/roles';
import { seedSurveys } from '../../scripts/seeds/surveys';
import { apiClient } from '../support/api-client';
import { dayFromToday, json, sentSurvey } from '../support/surveys';
import { useTestTable } from '../support/test-table';

/** What follows a sent survey (照会, issue 17): reminders, tasks, next year's copy, shared-measure values, search, the seed. */
const api = apiClient();
const PREF = '140007';
const HIRATSUKA = '142034';
const YOKOHAMA = '141003';
const answerPath = (id: string, org: string) => `/api/surveys/${id}/answers/${org}`;
const hiratsuka: Principal = { userId: `muni-${HIRATSUKA}`, name: '平塚市', role: 'municipal_staff', orgCode: HIRATSUKA };
/** 09:00 in Japan on a day, when the daily job runs. */
const jobAt = (day: string) => new Date(`${day}T00:00:00Z`);

beforeAll(async () => {
  await useTestTable({ sharedMeasures: true });
});

describe('reminders and tasks', () => {
  it('reminds each municipality that has not submitted once a week before, and a late one once after the deadline', async () => {
    const survey = await sentSurvey(api, { deadline: dayFromToday(5) });
    await json(await api.put(answerPath(survey.id, YOKOHAMA), { version: 0, values: { has_plan: true, staff: 40 }, submit: true }, `muni-${YOKOHAMA}`));

    expect(await runSurveyReminders(jobAt(dayFromToday(0)), PREF)).toEqual({ notices: 32, emails: 32 });
    expect(await runSurveyReminders(jobAt(dayFromToday(1)), PREF)).toEqual({ notices: 0, emails: 0 });
    expect(await runSurveyReminders(jobAt(dayFromToday(6)), PREF)).toEqual({ notices: 32, emails: 32 });
    expect(await runSurveyReminders(jobAt(dayFromToday(20)), PREF)).toEqual({ notices: 0, emails: 0 });

    const notices = (await json(await api.get('/api/notices?limit=100', `muni-${HIRATSUKA}`))).items.filter((n: { link: string }) => n.link === `/surveys/${survey.id}`);
    expect(notices.map((n: { kind: string }) => n.kind).sort()).toEqual(['survey_due_soon', 'survey_overdue', 'survey_sent']);
    expect((await json(await api.get('/api/notices?limit=100', `muni-${YOKOHAMA}`))).items.filter((n: { kind: string }) => n.kind === 'survey_overdue')).toEqual([]);
    const mails = (await readOutbox()).filter((m) => m.text.includes(`/surveys/${survey.id}`));
    expect(mails).toHaveLength(64);
    expect(mails.some((m) => m.subject.includes('回答期限を過ぎています'))).toBe(true);
    await json(await api.post(`/api/surveys/${survey.id}/close`, { version: survey.version }, 'pref-staff'));
  });

  it('puts an open survey on the municipality’s やること until it submits', async () => {
    const survey = await sentSurvey(api);
    const task = (await json(await api.get('/api/my/tasks', `muni-${HIRATSUKA}`))).items.find((t: { link: string }) => t.link === `/surveys/${survey.id}`);
    expect(task).toMatchObject({ kind: 'survey_due', deadline: survey.deadline, daysLeft: 14 });
    const overdue = await surveyTasks(PREF, hiratsuka, jobAt(dayFromToday(15)));
    expect(overdue.find((t) => t.link === `/surveys/${survey.id}`)?.kind).toBe('survey_overdue');
    await json(await api.put(answerPath(survey.id, HIRATSUKA), { version: 0, values: { has_plan: false, staff: 2 }, submit: true }, `muni-${HIRATSUKA}`));
    expect((await surveyTasks(PREF, hiratsuka, new Date())).find((t) => t.link === `/surveys/${survey.id}`)).toBeUndefined();
  });
});

describe('next year and shared measures', () => {
  it('copies a survey as next year’s draft: 年度 in the title, the deadline a year later, nobody’s answers', async () => {
    const survey = await sentSurvey(api, { deadline: '2027-02-26' });
    await json(await api.put(answerPath(survey.id, HIRATSUKA), { version: 0, values: { has_plan: true, staff: 5 }, submit: true }, `muni-${HIRATSUKA}`));
    const copy = await json(await api.post(`/api/surveys/${survey.id}/copy`, { id: 'dx-taisei-r9' }, 'pref-staff'), 201);
    expect(copy).toMatchObject({ id: 'dx-taisei-r9', title: '令和9年度 DX推進体制調査', fiscalYear: 2027, deadline: '2028-02-26', status: 'draft', questions: survey.questions });
    expect((await json(await api.get(`/api/surveys/dx-taisei-r9/board`, 'pref-staff'))).counts.submitted).toBe(0);
    expect((await api.post(`/api/surveys/${survey.id}/copy`, { id: 'dx-taisei-r9' }, 'pref-staff')).status).toBe(409);
  });

  it('turns a number question’s submitted answers into a shared measure’s confirmed values, with a dry run first', async () => {
    const survey = await sentSurvey(api);
    await json(await api.put(answerPath(survey.id, HIRATSUKA), { version: 0, values: { has_plan: true, staff: 7 }, submit: true }, `muni-${HIRATSUKA}`));
    await json(await api.put(answerPath(survey.id, YOKOHAMA), { version: 0, values: { has_plan: true, staff: 41 } }, `muni-${YOKOHAMA}`)); // a draft: not taken
    const path = `/api/surveys/${survey.id}/questions/staff/shared-values`;
    const body = { measureId: 'rpa-processes', period: 'FY2025' };
    const preview = await json(await api.post(path, { ...body, dryRun: true }, 'pref-admin'));
    expect(preview).toMatchObject({ dryRun: true, written: 0 });
    expect(preview.changes.map((c: { orgCode: string; after: number }) => [c.orgCode, c.after])).toEqual([[HIRATSUKA, 7]]);
    const written = await json(await api.post(path, { ...body, dryRun: false }, 'pref-admin'));
    expect(written.written).toBe(1);
    const comparison = await json(await api.get('/api/shared-measures/rpa-processes/periods/FY2025/comparison', 'pref-staff'));
    expect(comparison.rows.find((r: { orgCode: string }) => r.orgCode === HIRATSUKA)).toMatchObject({ value: 7, enteredByPrefecture: true });
    expect(comparison.rows.find((r: { orgCode: string }) => r.orgCode === HIRATSUKA).review).toBeUndefined();

    expect((await json(await api.post(`/api/surveys/${survey.id}/questions/stage/shared-values`, body, 'pref-admin'), 400)).error.message.ja).toContain('数値の設問ではない');
    expect((await json(await api.post(path, { measureId: 'generative-ai', period: 'FY2025' }, 'pref-admin'), 400)).error.message.en).toContain('not expressed as a number');
    expect((await api.post(path, body, 'pref-staff')).status).toBe(403);
  });
});

describe('search and the seed', () => {
  it('lets a municipality find only the surveys sent to it; the council none', async () => {
    const only = await sentSurvey(api, { title: '横浜市だけへの照会', recipients: { mode: 'chosen', orgCodes: [YOKOHAMA] } });
    const ids = (docs: { id: string }[]) => docs.map((d) => d.id);
    expect(ids(await surveySearchDocuments(PREF, { ...hiratsuka }))).not.toContain(only.id);
    expect(ids(await surveySearchDocuments(PREF, { userId: `muni-${YOKOHAMA}`, name: '横浜市', role: 'municipal_staff', orgCode: YOKOHAMA }))).toContain(only.id);
    expect(await surveySearchDocuments(PREF, { userId: 'council', name: '議員', role: 'council', orgCode: PREF })).toEqual([]);
  });

  it('seeds r8-opendata-status closed, with five submitted answers and no task, once', async () => {
    // Its own table: the seed writes nothing where the prefecture already has surveys.
    await useTestTable();
    const api = apiClient(); // tokens of the new table's data directory
    expect(await seedSurveys()).toBe(1);
    expect(await seedSurveys()).toBe(0);
    const survey = await json(await api.get('/api/surveys/r8-opendata-status', `muni-${HIRATSUKA}`));
    expect(survey).toMatchObject({ status: 'closed', title: '令和8年度 オープンデータの取組状況調査', myAnswerStatus: 'submitted' });
    expect((await json(await api.get('/api/surveys/r8-opendata-status/board', 'pref-staff'))).counts).toMatchObject({ asked: 33, submitted: 5 });
    // The prefecture's list says the same: 提出数 5/33.
    const listed = (await json(await api.get('/api/surveys', 'pref-staff'))).items.find((s: { id: string }) => s.id === 'r8-opendata-status');
    expect(listed).toMatchObject({ askedCount: 33, submittedCount: 5 });
    expect(await surveyTasks(PREF, hiratsuka, new Date())).toEqual([]);
  });
});
