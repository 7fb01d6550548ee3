import { createSignal, For, Show } from 'solid-js';
import type { ReportView } from '../../../../shared/api/joint-projects';
import { TRANSITIONS, type ReportAction } from '../../../../shared/joint-projects/workflow';
import { QueryError } from '../../ui/QueryError';
import { createReportTransition, type ReportRef } from './queries';
import { tr } from '../../app/lang';
import { actionLabel } from './labels';

type ReviewAction = Exclude<ReportAction, 'save' | 'submit'>;

/** 確認: a prefecture reviewer approves, returns with a comment, or withdraws an approval. */
export function ReviewActions(props: { reportRef: ReportRef; view: ReportView; onDone: (message: string) => void; onConflict: () => void }) {
  const actions = () => props.view.allowedActions.filter((a): a is ReviewAction => a === 'approve' || a === 'return' || a === 'reopen');
  const [comment, setComment] = createSignal('');
  const [missing, setMissing] = createSignal(false);
  const transition = createReportTransition();
  const act = (action: ReviewAction) => {
    const needs = TRANSITIONS[action].needsComment;
    setMissing(!!needs && comment().trim() === '');
    if (missing()) {
      document.getElementById('review-comment')?.focus();
      return;
    }
    transition.mutate(
      { ...props.reportRef, action, version: props.view.report!.version, comment: comment().trim() || undefined },
      {
        onSuccess: () => {
          setComment('');
          props.onDone(action === 'approve' ? tr('報告を承認しました。', 'The report is approved.') : tr('報告を差し戻しました。市町村に通知しました。', 'The report is returned; the municipality has been notified.'));
        },
        onError: () => props.onConflict(),
      },
    );
  };
  return (
    <Show when={actions().length > 0}>
      <section aria-labelledby="review-heading" class="review">
        <h2 id="review-heading">{tr('確認', 'Review')}</h2>
        <QueryError error={transition.error} />
        <div class="field">
          <label for="review-comment">{tr('コメント（差戻しの場合は必須）', 'Comment (required to return)')}</label>
          <textarea id="review-comment" value={comment()} onInput={(e) => setComment(e.currentTarget.value)} maxLength={2000}
            aria-invalid={missing() ? 'true' : undefined} aria-describedby="review-comment-error" />
          <Show when={missing()}><p id="review-comment-error" class="field-error">{tr('差戻しの理由をコメントに書いてください。', 'Write why it is returned in the comment.')}</p></Show>
        </div>
        <div class="actions">
          <For each={actions()}>
            {(a) => (
              <button type="button" class={a === 'approve' ? '' : 'secondary'} disabled={transition.isPending} onClick={() => act(a)}>
                {actionLabel(a)}
              </button>
            )}
          </For>
        </div>
      </section>
    </Show>
  );
}
