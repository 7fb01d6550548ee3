import { createEffect, createMemo, createSignal, For, on, Show, untrack } from 'solid-js';
import { createStore, unwrap } from 'solid-js/store';
import { answerErrors, type SurveyAnswer } from '../../../../shared/surveys/answers';
import type { FieldError } from '../../../../shared/api/errors';
import type { Survey } from '../../../../shared/surveys/definition';
import { ApiError } from '../../app/api';
import { warekiDateTimeLabel } from '../../app/format';
import { pick, tr } from '../../app/lang';
import { QueryError } from '../../ui/QueryError';
import { fromInputs, toInputs } from './answer-inputs';
import { answerStatusLabel } from './labels';
import { createSaveAnswer } from './queries';
import { QuestionField } from './QuestionField';
import { useUnsavedWarning } from './unsaved';

/**
 * A municipality's answer, generated from the questions: saved as a draft (required questions may wait), submitted,
 * and revised and submitted again until the deadline. Values are checked here with the API's own rules first,
 * so a mistake is named beside its question before anything is sent.
 */
export function AnswerForm(props: { survey: Survey; answer: SurveyAnswer; open: boolean }) {
  const questions = () => props.survey.questions;
  const [inputs, setInputs] = createStore(untrack(() => toInputs(props.survey.questions, props.answer.values)));
  const [baseline, setBaseline] = createSignal(JSON.stringify(untrack(() => fromInputs(props.survey.questions, unwrap(inputs)))));
  const [checked, setChecked] = createSignal<FieldError[]>([]);
  const [message, setMessage] = createSignal('');
  const [version, setVersion] = createSignal(untrack(() => props.answer.version));
  const save = createSaveAnswer();
  // The answer changed elsewhere (the Excel import below, another tab): the form shows what is saved now.
  createEffect(
    on(
      () => props.answer.version,
      (v) => {
        if (v === version()) return;
        setInputs(toInputs(props.survey.questions, props.answer.values));
        setBaseline(JSON.stringify(fromInputs(props.survey.questions, unwrap(inputs))));
        setVersion(v);
      },
      { defer: true },
    ),
  );
  const values = createMemo(() => fromInputs(questions(), inputs));
  const dirty = () => JSON.stringify(values()) !== baseline();
  useUnsavedWarning(() => props.open && dirty() && !save.isPending);

  // Files live on the answer's thread (one for all file questions). A file just attached becomes the answer of the
  // only file question, if there is one; a removed file leaves every answer, since the API refuses unknown ids.
  const files = () => (props.answer.attachments ?? []).filter((f) => f.status === 'stored');
  const fileQuestions = () => questions().filter((q) => q.kind === 'file');
  let knownFiles = new Set(untrack(files).map((f) => f.id));
  createEffect(
    on(files, (now) => {
      const ids = new Set(now.map((f) => f.id));
      const added = now.filter((f) => !knownFiles.has(f.id)).map((f) => f.id);
      knownFiles = ids;
      for (const q of fileQuestions()) {
        const chosen = (inputs[q.id] as string[] | undefined) ?? [];
        const kept = chosen.filter((c) => ids.has(c));
        const next = fileQuestions().length === 1 ? [...kept, ...added] : kept;
        if (next.length !== chosen.length) setInputs(q.id, next);
      }
    }, { defer: true }),
  );

  const apiFields = () => (save.error instanceof ApiError ? save.error.fields : []);
  const errorOf = (questionId: string) => {
    const f = [...checked(), ...apiFields()].find((e) => e.path === `values.${questionId}`);
    return f ? pick(f.message) : undefined;
  };
  const errorCount = () => new Set([...checked(), ...apiFields()].map((e) => e.path)).size;

  const send = async (submit: boolean) => {
    setMessage('');
    save.reset();
    const problems = answerErrors(questions(), values(), submit);
    setChecked(problems);
    if (problems.length > 0) {
      queueMicrotask(() => document.getElementById('answer-errors')?.focus());
      return;
    }
    try {
      const saved = await save.mutateAsync({ surveyId: props.survey.id, orgCode: props.answer.orgCode, body: { version: version(), values: values(), submit } });
      setVersion(saved.version);
      setBaseline(JSON.stringify(fromInputs(questions(), toInputs(questions(), saved.values))));
      setMessage(submit ? tr('提出しました。期限までは修正して再提出できます。', 'Submitted. You can revise and submit again until the deadline.') : tr('下書きを保存しました。', 'Draft saved.'));
    } catch {
      queueMicrotask(() => document.getElementById('answer-errors')?.focus());
    }
  };

  return (
    <form class="answer-form" aria-labelledby="answer-heading" onSubmit={(e) => { e.preventDefault(); void send(true); }}>
      <h2 id="answer-heading">{tr('回答', 'Your answer')}</h2>
      <p>
        {tr('状態', 'Status')}: <strong class={`answer-${props.answer.status}`}>{answerStatusLabel(props.answer.status)}</strong>
        <Show when={props.answer.status === 'submitted' && props.answer.submittedAt}>
          {(at) => <>{tr(`（${warekiDateTimeLabel(at())}に提出）`, ` (submitted ${warekiDateTimeLabel(at())})`)}</>}
        </Show>
      </p>
      <div id="answer-errors" tabIndex={-1}>
        <Show when={errorCount() > 0}>
          <div class="notice error" role="alert">
            <p>{tr(`${errorCount()}件の設問に誤りがあります。各設問の下の説明を確認してください。`, `${errorCount()} questions need attention; see the messages under them.`)}</p>
          </div>
        </Show>
        <Show when={!(save.error instanceof ApiError && save.error.fields.length > 0)}>
          <QueryError error={save.error} />
        </Show>
      </div>
      <For each={questions()}>
        {(q, i) => <QuestionField question={q} index={i()} value={inputs[q.id] ?? ''} error={errorOf(q.id)} disabled={!props.open || save.isPending} files={files()} onChange={(v) => setInputs(q.id, v)} />}
      </For>
      <Show when={props.open}>
        <div class="actions">
          <button type="button" class="secondary" disabled={save.isPending} onClick={() => void send(false)}>{tr('下書き保存', 'Save draft')}</button>
          <button type="submit" disabled={save.isPending}>{props.answer.status === 'submitted' ? tr('修正して再提出する', 'Submit the revision') : tr('提出する', 'Submit')}</button>
        </div>
      </Show>
      <p role="status">{save.isPending ? tr('保存しています…', 'Saving…') : message()}</p>
    </form>
  );
}
