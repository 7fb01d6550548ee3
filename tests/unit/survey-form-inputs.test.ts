import { describe, expect, it } from 'vitest';
import { answerErrors } from '../../shared/surveys/answers';
import { questionSchema, type Question } from '../../shared/surveys/questions';
import { fromInput, fromInputs, toInputs } from '../../web/src/features/surveys/answer-inputs';
import { formSheetRows } from '../../web/src/features/surveys/read-form';
import { fromDraft, newQuestion, toDraft } from '../../web/src/features/surveys/survey-draft';

/** The survey pages' conversions between what a person types and what the API takes (web/src/features/surveys/). */
const q = (input: unknown) => questionSchema.parse(input) as Question;
const QUESTIONS = [
  q({ id: 'datasets', label: '公開データセット数', kind: 'number', unit: '件', min: 0, required: true }),
  q({ id: 'plan', label: '推進計画', kind: 'yes_no' }),
  q({ id: 'sites', label: '掲載先', kind: 'multiple_choice', options: ['県', '自団体'] }),
  q({ id: 'since', label: '開始日', kind: 'date' }),
];

describe('answer form values', () => {
  it('reads numbers as people type them in Japanese offices: full-width digits and thousands separators', () => {
    expect(fromInput(QUESTIONS[0]!, '１，２００')).toBe(1200);
    expect(fromInput(QUESTIONS[0]!, ' 12.5 ')).toBe(12.5);
  });

  it('keeps a number that is not one as its text, so the shared check names the question instead of the value silently vanishing', () => {
    const values = fromInputs(QUESTIONS, { datasets: '十二', plan: 'yes', sites: [], since: '' });
    expect(values).toEqual({ datasets: '十二', plan: true });
    expect(answerErrors(QUESTIONS, values, false).map((e) => e.path)).toEqual(['values.datasets']);
  });

  it('leaves empty controls out and gives back what was saved unchanged', () => {
    const saved = { datasets: 30, plan: false, sites: ['県'], since: '2026-04-01' };
    expect(fromInputs(QUESTIONS, toInputs(QUESTIONS, saved))).toEqual(saved);
    expect(fromInputs(QUESTIONS, toInputs(QUESTIONS, {}))).toEqual({});
  });
});

describe('survey editor draft', () => {
  it('sends options one per line without blanks, ranges as numbers, and a mistyped range as typed for the API to refuse', () => {
    const draft = toDraft(undefined, 2026);
    const number = { ...draft.questions[0]!, label: ' 件数 ', unit: '件', min: '0', max: 'たくさん' };
    const choice = { ...newQuestion([number], 'single_choice'), label: '状況', options: '公開\n\n 準備中 \n' };
    const input = fromDraft({ ...draft, title: '調査', questions: [number, choice], allRecipients: false, orgCodes: ['142051'], deadline: '2026-12-20' });
    expect(input.questions).toEqual([
      { id: 'q1', label: '件数', help: '', required: false, kind: 'number', unit: '件', min: 0, max: 'たくさん' },
      { id: 'q2', label: '状況', help: '', required: false, kind: 'single_choice', options: ['公開', '準備中'] },
    ]);
    expect(input.recipients).toEqual({ mode: 'chosen', orgCodes: ['142051'] });
    expect(input.fiscalYear).toBe(2026);
  });

  it('gives an added question an id no other question has', () => {
    expect(newQuestion([{ id: 'q1' }, { id: 'q2' }]).id).toBe('q3');
    expect(newQuestion([{ id: 'q3' }, { id: 'q2' }]).id).toBe('q4');
  });
});

describe('the XLSX form read in the browser', () => {
  it('keeps an empty row in the middle so the API numbers later rows as Excel does, and drops trailing ones', () => {
    const read = formSheetRows([['設問ID', '回答'], ['datasets', 12], [null, null], ['plan', true], [null, null]]);
    expect(read).toEqual({ ok: true, rows: [{ 設問ID: 'datasets', 回答: '12' }, { 設問ID: '', 回答: '' }, { 設問ID: 'plan', 回答: 'はい' }] });
  });

  it('refuses a sheet without headers with a message saying what to do', () => {
    const read = formSheetRows([[null, null], ['datasets', 12]]);
    expect(read.ok).toBe(false);
    expect(read.ok ? '' : read.message.ja).toContain('ダウンロードした回答様式');
  });
});
