import { beforeAll, describe, expect, it } from 'vitest';
import { putAnswer } from '../../functions/features/surveys/answer-service';
import type { Principal } from '../../shared/auth/roles';
import { apiClient } from '../support/api-client';
import { dayFromToday, json, sentSurvey } from '../support/surveys';
import { useTestTable } from '../support/test-table';

/** Surveys (照会, issue 17): composing, sending, answering, and who may see what. */
const api = apiClient();
const HIRATSUKA = '142034';
const YOKOHAMA = '141003';
const FUJISAWA = '142051';
const answerPath = (id: string, org: string) => `/api/surveys/${id}/answers/${org}`;
const FULL = { has_plan: true, staff: 12, tools: ['RPA', '生成AI'], stage: '移行中', since: '2024-04-01', note: '人材不足' };

beforeAll(async () => {
  await useTestTable();
});

describe('composing and sending', () => {
  it('sends to every municipality: each gets the survey in its list and one notice; the council may not even list surveys', async () => {
    const survey = await sentSurvey(api);
    expect(survey.status).toBe('sent');
    expect(survey.recipientOrgCodes).toHaveLength(33);

    const list = await json(await api.get('/api/surveys', `muni-${HIRATSUKA}`));
    const mine = list.items.find((s: { id: string }) => s.id === survey.id);
    expect(mine).toMatchObject({ title: '令和8年度 DX推進体制調査', myAnswerStatus: 'not_started' });
    // Who else was asked is the prefecture's to see.
    expect(mine.askedCount).toBeUndefined();
    const notices = await json(await api.get('/api/notices?limit=100', `muni-${HIRATSUKA}`));
    expect(notices.items.filter((n: { kind: string; link: string }) => n.kind === 'survey_sent' && n.link === `/surveys/${survey.id}`)).toHaveLength(1);

    expect((await api.get('/api/surveys', 'council')).status).toBe(403);
    expect((await api.get(`/api/surveys/${survey.id}`, 'council')).status).toBe(403);
  });

  it('a draft is the prefecture’s alone; a survey sent to chosen municipalities is 404 for the others', async () => {
    const draft = await json(await api.post('/api/surveys', { title: '下書きの照会', fiscalYear: 2026, questions: [{ id: 'q', kind: 'text', label: '自由記述' }] }, 'pref-staff'), 201);
    expect((await api.get(`/api/surveys/${draft.id}`, `muni-${HIRATSUKA}`)).status).toBe(404);
    // Without a deadline it cannot go out.
    const refused = await json(await api.post(`/api/surveys/${draft.id}/send`, { version: draft.version }, 'pref-staff'), 400);
    expect(refused.error.message.ja).toContain('回答期限');

    const chosen = await sentSurvey(api, { recipients: { mode: 'chosen', orgCodes: [YOKOHAMA] } });
    expect((await api.get(`/api/surveys/${chosen.id}`, `muni-${YOKOHAMA}`)).status).toBe(200);
    expect((await api.get(`/api/surveys/${chosen.id}`, `muni-${HIRATSUKA}`)).status).toBe(404);
    expect((await api.get(answerPath(chosen.id, HIRATSUKA), `muni-${HIRATSUKA}`)).status).toBe(404);
  });

  it('questions are fixed once sent (409), while the deadline may move; concurrent edits are version-guarded', async () => {
    const survey = await sentSurvey(api);
    const { id, version, status: _s, recipientOrgCodes: _r, createdAt: _c, updatedAt: _u, updatedBy: _b, sentAt: _t, ...input } = survey;
    const changed = await json(await api.put(`/api/surveys/${id}`, { ...input, version, questions: input.questions.slice(1) }, 'pref-staff'), 409);
    expect(changed.error.code).toBe('survey_sent');
    const moved = await json(await api.put(`/api/surveys/${id}`, { ...input, version, deadline: dayFromToday(30) }, 'pref-staff'));
    expect(moved.deadline).toBe(dayFromToday(30));
    const stale = await json(await api.put(`/api/surveys/${id}`, { ...input, version, title: '古い版からの変更' }, 'pref-admin'), 409);
    expect(stale.error.code).toBe('version_conflict');
    expect(stale.error.current.version).toBe(moved.version);
  });

  it('bad definitions are 400 with both languages: a choice question with one option, repeated question ids', async () => {
    const bad = await json(
      await api.post(
        '/api/surveys',
        { title: 'x', fiscalYear: 2026, questions: [{ id: 'a', kind: 'single_choice', label: '選択', options: ['はい'] }, { id: 'a', kind: 'text', label: '重複' }] },
        'pref-staff',
      ),
      400,
    );
    const messages = JSON.stringify(bad.error.fields);
    expect(messages).toContain('選択肢を2つ以上');
    expect(messages).toContain('Give at least two options');
    expect(messages).toContain('重複');
  });
});

describe('answering', () => {
  it('a municipality saves a draft, submits, and revises; required questions are checked on submit only', async () => {
    const survey = await sentSurvey(api);
    const path = answerPath(survey.id, HIRATSUKA);
    const empty = await json(await api.get(path, `muni-${HIRATSUKA}`));
    expect(empty).toMatchObject({ status: 'not_started', version: 0, values: {} });

    const draft = await json(await api.put(path, { version: 0, values: { note: '途中まで' } }, `muni-${HIRATSUKA}`));
    expect(draft).toMatchObject({ status: 'draft', version: 1 });
    const incomplete = await json(await api.put(path, { version: 1, values: { note: '途中まで' }, submit: true }, `muni-${HIRATSUKA}`), 400);
    expect(incomplete.error.fields.map((f: { path: string }) => f.path)).toEqual(['values.has_plan', 'values.staff']);
    expect(incomplete.error.fields[0].message.en).toContain('required');

    const submitted = await json(await api.put(path, { version: 1, values: FULL, submit: true }, `muni-${HIRATSUKA}`));
    expect(submitted).toMatchObject({ status: 'submitted', version: 2, values: FULL });
    expect(submitted.submittedAt).toBeDefined();
    // A second tab still holding version 1 is refused with the answer as it is now.
    const stale = await json(await api.put(path, { version: 1, values: { note: '別のタブ' } }, `muni-${HIRATSUKA}`), 409);
    expect(stale.error).toMatchObject({ code: 'version_conflict', current: { version: 2, status: 'submitted' } });
    const revised = await json(await api.put(path, { version: 2, values: { ...FULL, staff: 13 }, submit: true }, `muni-${HIRATSUKA}`));
    expect(revised.values.staff).toBe(13);
    // The prefecture reads it, and the list shows it submitted to its municipality.
    expect((await json(await api.get(path, 'pref-staff'))).values.staff).toBe(13);
    const list = await json(await api.get('/api/surveys', `muni-${HIRATSUKA}`));
    expect(list.items.find((s: { id: string }) => s.id === survey.id).myAnswerStatus).toBe('submitted');
  });

  it('values must fit their questions: 400 per question, in both languages, and nothing is written', async () => {
    const survey = await sentSurvey(api);
    const path = answerPath(survey.id, FUJISAWA);
    const bad = await json(await api.put(path, { version: 0, values: { staff: 900, stage: '検討中', tools: ['FAX'], since: '2024-02-30', ghost: 1 } }, `muni-${FUJISAWA}`), 400);
    const byPath = Object.fromEntries(bad.error.fields.map((f: { path: string; message: { ja: string; en: string } }) => [f.path, f.message]));
    expect(byPath['values.staff'].ja).toContain('500以下');
    expect(byPath['values.stage'].ja).toContain('未着手、移行中、完了');
    expect(byPath['values.tools'].en).toContain('"FAX" is not an option');
    expect(byPath['values.since'].ja).toContain('YYYY-MM-DD');
    expect(byPath['values.ghost'].en).toContain('no question "ghost"');
    expect((await json(await api.get(path, `muni-${FUJISAWA}`))).version).toBe(0);
  });

  it('only the municipality writes its answer: another municipality gets 404 for reading it and 403 for writing it (whose it is, decided before anything is read), the prefecture 403 for writing', async () => {
    const survey = await sentSurvey(api);
    const path = answerPath(survey.id, HIRATSUKA);
    await json(await api.put(path, { version: 0, values: FULL, submit: true }, `muni-${HIRATSUKA}`));
    expect((await api.get(path, `muni-${YOKOHAMA}`)).status).toBe(404);
    expect((await api.put(path, { version: 1, values: {} }, `muni-${YOKOHAMA}`)).status).toBe(403);
    expect((await api.get(`${path}/history`, `muni-${YOKOHAMA}`)).status).toBe(404);
    expect((await api.put(path, { version: 1, values: {} }, 'pref-staff')).status).toBe(403);
    // Its own history: who saved and submitted.
    const history = await json(await api.get(`${path}/history`, `muni-${HIRATSUKA}`));
    expect(history.items.map((r: { action: string }) => r.action)).toEqual(['answer.submit']);
  });

  it('answers may be revised until the end of the deadline day in Japan, then 409 with a clear message', async () => {
    const survey = await sentSurvey(api, { deadline: dayFromToday(1) });
    const hiratsuka: Principal = { userId: `muni-${HIRATSUKA}`, name: '平塚市', role: 'municipal_staff', orgCode: HIRATSUKA };
    const lastMinute = new Date(`${dayFromToday(1)}T14:59:00Z`); // 23:59 JST on the deadline day
    const saved = await putAnswer('140007', survey.id, HIRATSUKA, { version: 0, values: FULL, submit: true }, hiratsuka, lastMinute);
    expect(saved.status).toBe('submitted');
    const late = putAnswer('140007', survey.id, HIRATSUKA, { version: 1, values: FULL, submit: true }, hiratsuka, new Date(lastMinute.getTime() + 60_000));
    await expect(late).rejects.toMatchObject({ kind: 'conflict', code: 'survey_deadline_passed' });
    await expect(late).rejects.toThrow(/deadline/);
  });

  it('a closed survey takes no more answers (409)', async () => {
    const survey = await sentSurvey(api);
    await json(await api.post(`/api/surveys/${survey.id}/close`, { version: survey.version }, 'pref-staff'));
    const refused = await json(await api.put(answerPath(survey.id, HIRATSUKA), { version: 0, values: FULL, submit: true }, `muni-${HIRATSUKA}`), 409);
    expect(refused.error.code).toBe('survey_closed');
    expect(refused.error.message.ja).toContain('締め切りました');
  });

  it('answers a file question with files attached to its own answer, never with another’s', async () => {
    const survey = await sentSurvey(api, { questions: [{ id: 'plan_doc', kind: 'file', label: '計画書', maxFiles: 1, required: true }] });
    const base = `${answerPath(survey.id, HIRATSUKA)}/attachments`;
    const pdf = new TextEncoder().encode('%PDF-1.7\n計画書\n%%EOF');
    const { attachment, upload } = await json(await api.post(base, { fileName: '計画書.pdf', contentType: 'application/pdf', size: pdf.byteLength }, `muni-${HIRATSUKA}`), 201);
    expect((await api.app.request(upload.url, { method: 'PUT', headers: { 'content-type': 'application/pdf' }, body: pdf })).status).toBe(200);
    await json(await api.post(`${base}/${attachment.id}/confirm`, {}, `muni-${HIRATSUKA}`));
    // Yokohama may neither see Hiratsuka's files nor name them in its own answer.
    expect((await api.get(`${base}/${attachment.id}`, `muni-${YOKOHAMA}`)).status).toBe(404);
    const foreign = await json(await api.put(answerPath(survey.id, YOKOHAMA), { version: 0, values: { plan_doc: [attachment.id] }, submit: true }, `muni-${YOKOHAMA}`), 400);
    expect(foreign.error.fields[0].path).toBe('values.plan_doc');

    await json(await api.put(answerPath(survey.id, HIRATSUKA), { version: 0, values: { plan_doc: [attachment.id] }, submit: true }, `muni-${HIRATSUKA}`));
    const read = await json(await api.get(answerPath(survey.id, HIRATSUKA), 'pref-staff'));
    expect(read.values.plan_doc).toEqual([attachment.id]);
    expect(read.attachments.map((a: { fileName: string }) => a.fileName)).toEqual(['計画書.pdf']);
  });
});
