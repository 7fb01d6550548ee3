import { createSignal, For, Show } from 'solid-js';
import type { ConsultationView } from '../../../../shared/consultations/consultation';
import { warekiDateTimeLabel } from '../../app/format';
import { tr } from '../../app/lang';
import { QueryError } from '../../ui/QueryError';
import { createPostMessage } from './queries';

/** The thread: the question, then the answers and follow-ups, oldest first, and the box to write the next one. */
export function ConsultationThread(props: { view: ConsultationView; onSent: (text: string) => void }) {
  const [text, setText] = createSignal('');
  const [interim, setInterim] = createSignal(false);
  const post = createPostMessage();
  const c = () => props.view.consultation;
  const canAnswer = () => props.view.allowedActions.includes('answer');
  const canReply = () => props.view.allowedActions.includes('reply');
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    post.mutate(
      { id: c().id, text: text(), version: c().version, ...(canAnswer() ? { status: interim() ? ('in_progress' as const) : ('answered' as const) } : {}) },
      {
        onSuccess: () => {
          setText('');
          props.onSent(canAnswer() ? tr('回答を送りました。', 'Your answer was sent.') : tr('追加の質問を送りました。', 'Your follow-up was sent.'));
        },
      },
    );
  };
  return (
    <section aria-labelledby="thread-heading">
      <h2 id="thread-heading">{tr('やりとり', 'Thread')}</h2>
      <ol class="consultation-thread">
        <For each={props.view.messages} fallback={<li>{tr('県からの回答はまだありません。', 'No answer from the prefecture yet.')}</li>}>
          {(m) => (
            <li class={m.from === 'prefecture' ? 'from-prefecture' : 'from-municipality'}>
              <p class="help">
                {m.from === 'prefecture' ? tr('県', 'Prefecture') : tr('相談した団体', 'The municipality')}{tr('・', ', ')}{m.by.name}{tr('・', ', ')}{warekiDateTimeLabel(m.at)}
              </p>
              <p class="consultation-text" lang="ja">{m.text}</p>
            </li>
          )}
        </For>
      </ol>
      <Show when={canAnswer() || canReply()}>
        <form class="desk-form" onSubmit={submit}>
          <QueryError error={post.error} />
          <div class="field">
            <label for="message-text">{canAnswer() ? tr('回答を書く', 'Write an answer') : tr('追加の質問・補足を書く', 'Write a follow-up')}</label>
            <textarea id="message-text" value={text()} onInput={(e) => setText(e.currentTarget.value)} maxLength={5000} />
          </div>
          <Show when={canAnswer()}>
            <div class="field">
              <label><input type="checkbox" checked={interim()} onChange={(e) => setInterim(e.currentTarget.checked)} /> {tr('途中経過として送る（状態は「対応中」になります）', 'Send as an interim reply (the status becomes In progress)')}</label>
            </div>
          </Show>
          <button type="submit" disabled={post.isPending || text().trim() === ''}>{canAnswer() ? tr('回答を送る', 'Send the answer') : tr('送る', 'Send')}</button>
        </form>
      </Show>
    </section>
  );
}
