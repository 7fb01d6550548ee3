import type { Principal } from '../../shared/auth/roles';
import { todayInJapan } from '../../shared/japan-days';
import { surveyCreateSchema } from '../../shared/surveys/definition';
import type { AnswerValues } from '../../shared/surveys/answers';
import { saveAnswer } from '../../functions/features/surveys/answer-service';
import { sendSurvey } from '../../functions/features/surveys/send-survey';
import { closeSurvey, createSurvey } from '../../functions/features/surveys/survey-service';
import { listSurveys } from '../../functions/features/surveys/surveys.table';

const PREF = '140007';
const SURVEY_ID = 'r8-opendata-status';
const PREFECTURE: Principal = { userId: 'system-seed', name: '初期データ', role: 'prefecture_admin', orgCode: PREF };
const staffOf = (orgCode: string): Principal => ({ userId: `system-seed-${orgCode}`, name: '初期データ', role: 'municipal_staff', orgCode });

const SURVEY = {
  id: SURVEY_ID,
  title: '令和8年度 オープンデータの取組状況調査',
  description: '県内市町村のオープンデータの取組状況を把握し、推進会議での共有と県の支援策の検討に用いるための照会です。令和8年6月1日時点の状況をお答えください。',
  fiscalYear: 2026,
  recipients: { mode: 'all' as const },
  shareAggregates: true,
  questions: [
    { id: 'catalogue', kind: 'yes_no', label: 'オープンデータのカタログサイト（公開ページ）がありますか', required: true },
    { id: 'datasets', kind: 'number', label: '公開しているデータセット数', unit: '件', min: 0, required: true, help: '令和8年6月1日時点。同じデータの形式違いは1件と数えてください。' },
    {
      id: 'recommended',
      kind: 'multiple_choice',
      label: '公開している推奨データセット',
      options: ['AED設置箇所一覧', '避難所一覧', '公衆トイレ一覧', '子育て施設一覧', '文化財一覧'],
    },
    { id: 'licence', kind: 'single_choice', label: '主な利用規約', options: ['CC BY 4.0', '政府標準利用規約', 'その他'], required: true },
    { id: 'updated_on', kind: 'date', label: '直近の更新日' },
    { id: 'issues', kind: 'text', label: '取組上の課題', maxLength: 1000, help: '人材、予算、庁内調整など、自由にお書きください。' },
  ],
};

/** Several municipalities answered (not all 33): 横浜市 and 平塚市 among them, so their pages show an answer. */
const ANSWERS: [orgCode: string, values: AnswerValues][] = [
  ['141003', { catalogue: true, datasets: 412, recommended: ['AED設置箇所一覧', '避難所一覧', '公衆トイレ一覧', '子育て施設一覧', '文化財一覧'], licence: 'CC BY 4.0', updated_on: '2026-05-28', issues: '部署ごとの更新頻度にばらつきがある。' }],
  ['141305', { catalogue: true, datasets: 236, recommended: ['AED設置箇所一覧', '避難所一覧', '子育て施設一覧'], licence: 'CC BY 4.0', updated_on: '2026-05-15' }],
  ['142034', { catalogue: true, datasets: 58, recommended: ['AED設置箇所一覧', '避難所一覧'], licence: '政府標準利用規約', updated_on: '2026-04-30', issues: '担当者が兼務で、データの更新が遅れがち。' }],
  ['142051', { catalogue: true, datasets: 94, recommended: ['AED設置箇所一覧', '避難所一覧', '公衆トイレ一覧'], licence: 'CC BY 4.0', updated_on: '2026-05-20' }],
  ['143014', { catalogue: false, datasets: 0, recommended: [], licence: 'その他', issues: '公開の手順がわからない。県の研修を希望する。' }],
];

const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000);

/**
 * The sample survey for npm start and the browser tests (issue 17): 令和8年度 オープンデータの取組状況調査, sent to
 * every municipality, answered by five, then closed by the prefecture, so it gives nobody a task. Written through
 * the same services as the routes, each step at its own time before `now`. Writes nothing when the prefecture
 * already has a survey, so a restart changes nothing.
 */
export async function seedSurveys(now = new Date()): Promise<number> {
  if ((await listSurveys(PREF, 1)).items.length > 0) return 0;
  // The deadline a month before today, or the end of June 2026 when that is earlier still.
  const monthAgo = todayInJapan(daysBefore(now, 30));
  const deadline = monthAgo < '2026-06-30' ? monthAgo : '2026-06-30';
  const deadlineAt = new Date(`${deadline}T03:00:00Z`);
  const created = await createSurvey(PREF, surveyCreateSchema.parse({ ...SURVEY, deadline }), PREFECTURE, daysBefore(deadlineAt, 21));
  let survey = await sendSurvey(PREF, created.id, created.version, PREFECTURE, daysBefore(deadlineAt, 20));
  for (const [i, [orgCode, values]] of ANSWERS.entries()) {
    await saveAnswer(PREF, survey, orgCode, { version: 0, values, submit: true }, staffOf(orgCode), daysBefore(deadlineAt, 10 - i));
  }
  survey = await closeSurvey(PREF, survey.id, survey.version, PREFECTURE, daysBefore(deadlineAt, -2));
  return 1;
}
