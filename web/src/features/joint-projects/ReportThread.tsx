import { createSignal, For, Show } from 'solid-js';
import type { ReportView } from '../../../../shared/api/joint-projects';
import { QueryError } from '../../ui/QueryError';
import { dateTimeLabel, roleLabel } from '../../app/format';
import { createAddComment, type ReportRef } from './queries';
import { tr } from '../../app/lang';
import { actionLabel, stateLabel } from './labels';

/** コメント: the review conversation on a report, oldest first, and a box to add to it. */
export function ReportThread(props: { reportRef: ReportRef; view: ReportView; canComment: boolean }) {
  const [text, setText] = createSignal('');
  const add = createAddComment();
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    add.mutate({ ...props.reportRef, text: text() }, { onSuccess: () => setText('') });
  };
  return (
    <section aria-labelledby="thread-heading">
      <h2 id="thread-heading">{tr('コメント', 'Comments')}</h2>
      <ol class="thread">
        <For each={props.view.comments} fallback={<li>{tr('コメントはまだありません。', 'No comments yet.')}</li>}>
          {(c) => (
            <li>
              <p class="help">
                {c.by.name}{tr('（', ' (')}{roleLabel(c.by.role)}{tr('）・', '), ')}{dateTimeLabel(c.at)}
                {c.action ? `・${actionLabel(c.action)}` : ''}
              </p>
              <p class="comment-text">{c.text}</p>
            </li>
          )}
        </For>
      </ol>
      <Show when={props.canComment && props.view.report}>
        <form onSubmit={submit}>
          <QueryError error={add.error} />
          <div class="field">
            <label for="comment-text">{tr('コメントを書く', 'Write a comment')}</label>
            <textarea id="comment-text" value={text()} onInput={(e) => setText(e.currentTarget.value)} maxLength={2000} />
          </div>
          <button type="submit" class="secondary" disabled={add.isPending || text().trim() === ''}>{tr('コメントする', 'Comment')}</button>
        </form>
      </Show>
    </section>
  );
}

/** 操作の記録: each transition with who and when. */
export function TransitionHistory(props: { view: ReportView }) {
  return (
    <Show when={props.view.report}>
      {(r) => (
        <section aria-labelledby="transitions-heading">
          <h2 id="transitions-heading">{tr('操作の記録', 'Record of actions')}</h2>
          <ol class="transitions">
            <For each={r().transitions}>
              {(t) => (
                <li>
                  {dateTimeLabel(t.at)} {t.by.name}: {actionLabel(t.action)}{tr('（', ' (')}{stateLabel(t.from)} → {stateLabel(t.to)}{tr('）', ')')}
                </li>
              )}
            </For>
          </ol>
        </section>
      )}
    </Show>
  );
}
