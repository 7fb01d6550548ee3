import { For, Match, Show, Switch } from 'solid-js';
import type { Attachment } from '../../../../shared/files/attachments';
import type { Question } from '../../../../shared/surveys/questions';
import { tr } from '../../app/lang';
import type { AnswerInput } from './answer-inputs';
import { numberHint } from './labels';

/**
 * One question of the answer form, its control chosen by kind. The help text and any error are tied to the control
 * (aria-describedby), so a screen reader reads them with it; a group of options is a fieldset named by the question.
 */
export function QuestionField(props: { question: Question; index: number; value: AnswerInput; error?: string; disabled: boolean; files: readonly Attachment[]; onChange: (v: AnswerInput) => void }) {
  const q = () => props.question;
  const id = () => `answer-${q().id}`;
  const described = () => [q().help || numberHint(q()) ? `${id()}-help` : '', props.error ? `${id()}-error` : ''].filter(Boolean).join(' ') || undefined;
  const label = () => (
    <>
      <span class="question-no">{props.index + 1}. </span>
      {q().label}
      <Show when={q().required}><span class="required">{tr('必須', 'Required')}</span></Show>
    </>
  );
  const help = () => (
    <>
      <Show when={q().help || numberHint(q())}>
        <p class="help" id={`${id()}-help`}>{[q().help, numberHint(q())].filter(Boolean).join(' ／ ')}</p>
      </Show>
      <Show when={props.error}>
        <p class="field-error" id={`${id()}-error`}>{props.error}</p>
      </Show>
    </>
  );
  const text = () => (typeof props.value === 'string' ? props.value : '');
  const chosen = () => (Array.isArray(props.value) ? props.value : []);
  const group = (children: () => unknown) => (
    <fieldset class="answer-group" aria-describedby={described()} aria-invalid={props.error ? true : undefined} disabled={props.disabled}>
      <legend>{label()}</legend>
      {children() as never}
      {help()}
    </fieldset>
  );
  return (
    <div class="answer-field">
      <Switch>
        <Match when={q().kind === 'yes_no'}>
          {group(() => (
            <div class="choices">
              <For each={[['yes', tr('はい', 'Yes')], ['no', tr('いいえ', 'No')]] as const}>
                {([value, name]) => (
                  <span class="choice">
                    <input type="radio" id={`${id()}-${value}`} name={id()} checked={text() === value} onChange={() => props.onChange(value)} />
                    <label for={`${id()}-${value}`}>{name}</label>
                  </span>
                )}
              </For>
            </div>
          ))}
        </Match>
        <Match when={q().kind === 'single_choice' || q().kind === 'multiple_choice'}>
          {group(() => (
            <div class="choices">
              <For each={q().kind === 'single_choice' || q().kind === 'multiple_choice' ? (q() as { options: string[] }).options : []}>
                {(option, i) => (
                  <span class="choice">
                    <Show
                      when={q().kind === 'multiple_choice'}
                      fallback={<input type="radio" id={`${id()}-${i()}`} name={id()} checked={text() === option} onChange={() => props.onChange(option)} />}
                    >
                      <input type="checkbox" id={`${id()}-${i()}`} checked={chosen().includes(option)} onChange={(e) => props.onChange(e.currentTarget.checked ? [...chosen(), option] : chosen().filter((o) => o !== option))} />
                    </Show>
                    <label for={`${id()}-${i()}`}>{option}</label>
                  </span>
                )}
              </For>
            </div>
          ))}
        </Match>
        <Match when={q().kind === 'file'}>
          {group(() => (
            <Show when={props.files.length > 0} fallback={<p class="help">{tr('下の「添付ファイル」でファイルを添付すると、ここで選べます。選んで保存すると回答になります。', 'Attach files under “Files” below, then choose them here and save.')}</p>}>
              <div class="choices">
                <For each={props.files}>
                  {(f) => (
                    <span class="choice">
                      <input type="checkbox" id={`${id()}-${f.id}`} checked={chosen().includes(f.id)} onChange={(e) => props.onChange(e.currentTarget.checked ? [...chosen(), f.id] : chosen().filter((c) => c !== f.id))} />
                      <label for={`${id()}-${f.id}`}>{f.fileName}</label>
                    </span>
                  )}
                </For>
              </div>
            </Show>
          ))}
        </Match>
        <Match when={true}>
          <div class="field">
            <label for={id()}>{label()}</label>
            <Switch>
              <Match when={q().kind === 'text'}>
                <textarea id={id()} value={text()} disabled={props.disabled} maxLength={q().kind === 'text' ? (q() as { maxLength: number }).maxLength : undefined} aria-describedby={described()} aria-invalid={props.error ? true : undefined} onInput={(e) => props.onChange(e.currentTarget.value)} />
              </Match>
              <Match when={q().kind === 'date'}>
                <input id={id()} type="date" value={text()} disabled={props.disabled} aria-describedby={described()} aria-invalid={props.error ? true : undefined} onInput={(e) => props.onChange(e.currentTarget.value)} />
              </Match>
              <Match when={q().kind === 'number'}>
                <span class="number-input">
                  <input id={id()} inputmode="decimal" size={12} value={text()} disabled={props.disabled} aria-describedby={described()} aria-invalid={props.error ? true : undefined} onInput={(e) => props.onChange(e.currentTarget.value)} />
                  <Show when={q().kind === 'number' && (q() as { unit: string }).unit}><span class="unit" aria-hidden="true">{(q() as { unit: string }).unit}</span></Show>
                </span>
              </Match>
            </Switch>
            {help()}
          </div>
        </Match>
      </Switch>
    </div>
  );
}
