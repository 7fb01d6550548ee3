import { For, Match, Show, Switch } from 'solid-js';
import type { SetStoreFunction } from 'solid-js/store';
import { QUESTION_KINDS, type QuestionKind } from '../../../../shared/surveys/questions';
import { tr } from '../../app/lang';
import { kindLabel } from './labels';
import { newQuestion, type QuestionDraft, type SurveyDraft } from './survey-draft';

/**
 * The questions of a survey: each one a group of its own (a card that reads on a phone), with what its kind needs —
 * a unit and range for a number, the options for a choice, a length for text. Moved up and down, removed, added.
 */
export function QuestionsEditor(props: { draft: SurveyDraft; setDraft: SetStoreFunction<SurveyDraft>; disabled: boolean }) {
  const set = <K extends keyof QuestionDraft>(i: number, key: K, value: QuestionDraft[K]) => props.setDraft('questions', i, key, value);
  const move = (i: number, by: -1 | 1) => {
    const qs = [...props.draft.questions];
    const [q] = qs.splice(i, 1);
    qs.splice(i + by, 0, q!);
    props.setDraft('questions', qs);
    // The moved question keeps the keyboard focus on its own button, so a person can move it again.
    queueMicrotask(() => document.getElementById(`q-${q!.key}-${by < 0 ? 'up' : 'down'}`)?.focus());
  };
  const remove = (i: number) => props.setDraft('questions', props.draft.questions.filter((_, j) => j !== i));
  const add = () => {
    const q = newQuestion(props.draft.questions);
    props.setDraft('questions', [...props.draft.questions, q]);
    queueMicrotask(() => document.getElementById(`q-${q.key}-label`)?.focus());
  };
  return (
    <section aria-labelledby="questions-heading">
      <h2 id="questions-heading">{tr('設問', 'Questions')}</h2>
      <Show when={props.disabled}>
        <p class="help">{tr('送付した照会の設問は変更できません。変えるときは、コピーして新しい照会を作ってください。', 'The questions of a sent survey cannot change. Copy it to make a new one.')}</p>
      </Show>
      <ol class="survey-questions">
        <For each={props.draft.questions}>
          {(q, i) => {
            const id = (part: string) => `q-${q.key}-${part}`;
            const n = () => i() + 1;
            return (
              <li>
                <fieldset disabled={props.disabled}>
                  <legend>{tr(`設問${n()}`, `Question ${n()}`)}</legend>
                  <div class="field">
                    <label for={id('label')}>{tr('設問文', 'Question')}</label>
                    <input id={id('label')} class="wide" value={q.label} maxLength={200} onInput={(e) => set(i(), 'label', e.currentTarget.value)} />
                  </div>
                  <div class="question-row">
                    <div class="field">
                      <label for={id('kind')}>{tr('回答の種類', 'Answer kind')}</label>
                      <select id={id('kind')} value={q.kind} onChange={(e) => set(i(), 'kind', e.currentTarget.value as QuestionKind)}>
                        <For each={QUESTION_KINDS}>{(k) => <option value={k}>{kindLabel(k)}</option>}</For>
                      </select>
                    </div>
                    <div class="field">
                      <label for={id('qid')}>{tr('設問ID（Excel様式で使用）', 'Question id (used in the Excel form)')}</label>
                      <input id={id('qid')} value={q.id} size={10} maxLength={31} onInput={(e) => set(i(), 'id', e.currentTarget.value)} />
                    </div>
                    <div class="field checkbox">
                      <input type="checkbox" id={id('required')} checked={q.required} onChange={(e) => set(i(), 'required', e.currentTarget.checked)} />
                      <label for={id('required')}>{tr('必須', 'Required')}</label>
                    </div>
                  </div>
                  <Switch>
                    <Match when={q.kind === 'number'}>
                      <div class="question-row">
                        <div class="field"><label for={id('unit')}>{tr('単位', 'Unit')}</label><input id={id('unit')} size={6} value={q.unit} onInput={(e) => set(i(), 'unit', e.currentTarget.value)} /></div>
                        <div class="field"><label for={id('min')}>{tr('最小値（任意）', 'Minimum (optional)')}</label><input id={id('min')} inputmode="decimal" size={8} value={q.min} onInput={(e) => set(i(), 'min', e.currentTarget.value)} /></div>
                        <div class="field"><label for={id('max')}>{tr('最大値（任意）', 'Maximum (optional)')}</label><input id={id('max')} inputmode="decimal" size={8} value={q.max} onInput={(e) => set(i(), 'max', e.currentTarget.value)} /></div>
                      </div>
                    </Match>
                    <Match when={q.kind === 'single_choice' || q.kind === 'multiple_choice'}>
                      <div class="field">
                        <label for={id('options')}>{tr('選択肢（1行に1つ）', 'Options (one per line)')}</label>
                        <textarea id={id('options')} rows={4} value={q.options} onInput={(e) => set(i(), 'options', e.currentTarget.value)} />
                      </div>
                    </Match>
                    <Match when={q.kind === 'text'}>
                      <div class="field"><label for={id('maxlength')}>{tr('最大文字数（空欄は1000）', 'Maximum length (empty: 1000)')}</label><input id={id('maxlength')} inputmode="numeric" size={6} value={q.maxLength} onInput={(e) => set(i(), 'maxLength', e.currentTarget.value)} /></div>
                    </Match>
                    <Match when={q.kind === 'file'}>
                      <div class="field"><label for={id('maxfiles')}>{tr('添付できるファイル数（空欄は3）', 'Files allowed (empty: 3)')}</label><input id={id('maxfiles')} inputmode="numeric" size={4} value={q.maxFiles} onInput={(e) => set(i(), 'maxFiles', e.currentTarget.value)} /></div>
                    </Match>
                  </Switch>
                  <div class="field">
                    <label for={id('help')}>{tr('説明（回答欄の下に表示）', 'Help text (shown under the answer)')}</label>
                    <textarea id={id('help')} rows={2} value={q.help} onInput={(e) => set(i(), 'help', e.currentTarget.value)} />
                  </div>
                  <div class="actions">
                    <button type="button" class="secondary" id={id('up')} disabled={i() === 0} onClick={() => move(i(), -1)}>
                      {tr('上へ', 'Up')}<span class="visually-hidden">{tr(`（設問${n()}）`, ` (question ${n()})`)}</span>
                    </button>
                    <button type="button" class="secondary" id={id('down')} disabled={i() === props.draft.questions.length - 1} onClick={() => move(i(), 1)}>
                      {tr('下へ', 'Down')}<span class="visually-hidden">{tr(`（設問${n()}）`, ` (question ${n()})`)}</span>
                    </button>
                    <button type="button" class="link" onClick={() => remove(i())}>
                      {tr('削除', 'Remove')}<span class="visually-hidden">{tr(`（設問${n()}）`, ` (question ${n()})`)}</span>
                    </button>
                  </div>
                </fieldset>
              </li>
            );
          }}
        </For>
      </ol>
      <Show when={!props.disabled}>
        <button type="button" class="secondary" onClick={add}>{tr('設問を追加', 'Add a question')}</button>
      </Show>
    </section>
  );
}
