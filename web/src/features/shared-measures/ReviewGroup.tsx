import { createSignal, For, Show } from 'solid-js';
import { formatDate } from '../../../../shared/fiscal-year';
import type { SharedMeasure } from '../../../../shared/shared-measures/definition';
import type { SharedValue } from '../../../../shared/shared-measures/status';
import { ApiError } from '../../app/api';
import { warekiDateTimeLabel } from '../../app/format';
import { pick, tr } from '../../app/lang';
import { orgLabel } from '../../app/org-names';
import { valueText } from './labels';
import { CONFIRM_BATCH, createConfirmPeriod, createReviewValue, type ReviewQueueGroup, type ReviewQueueValue } from './queries';
import { changeOf, changeText, inBatches } from './review-view';

/** What the page does with the outcome of an action: say it in the live region, and on 409 reload the queue. */
export interface ReviewOutcome {
  onDone: (message: string) => void;
  onConflict: (message: string) => void;
  onError: (error: unknown) => void;
}

/** One measure and period of the queue: its values, one row each, with confirm, return and confirm-all. */
export function ReviewGroup(props: { group: ReviewQueueGroup; measure?: SharedMeasure } & ReviewOutcome) {
  const review = createReviewValue();
  const confirmAll = createConfirmPeriod();
  const [returning, setReturning] = createSignal<string>();
  const [comment, setComment] = createSignal('');
  const [missing, setMissing] = createSignal(false);
  const title = () => `${pick(props.group.measureName)} ${pick(props.group.periodLabel)}`;
  const id = () => `review-${props.group.measureId}-${props.group.period}`;
  const text = (v: SharedValue | undefined) => (props.measure ? valueText(props.measure, v) : v === undefined ? '―' : String(v));
  const busy = () => review.isPending || confirmAll.isPending;

  const { onConflict, onError } = props;
  const failed = (error: unknown) => {
    if (error instanceof ApiError && error.status === 409) {
      onConflict(tr(`${title()}：ほかの人が先に更新したため、一覧を読み込み直しました。内容を確かめて、もう一度操作してください。`, `${title()}: someone else changed these values first, so the list has been reloaded. Check it and try again.`));
    } else onError(error);
  };

  // Promises rather than mutate callbacks: the refetched queue re-creates this table, and a callback of a
  // component gone by then would never run, leaving the person without the outcome.
  const { onDone } = props;
  const confirm = async (v: ReviewQueueValue) => {
    const heading = title();
    try {
      await review.mutateAsync({ measureId: props.group.measureId, period: props.group.period, orgCode: v.orgCode, version: v.version, decision: 'confirm' });
      onDone(tr(`${v.orgName}の${heading}の値を確認しました。`, `Confirmed ${orgLabel(v.orgCode, v.orgName)}’s value of ${heading}.`));
    } catch (error) {
      failed(error);
    }
  };

  const sendBack = (e: SubmitEvent, v: ReviewQueueValue) => {
    e.preventDefault();
    setMissing(comment().trim() === '');
    if (missing()) {
      document.getElementById(`${id()}-comment`)?.focus();
      return;
    }
    const heading = title();
    review
      .mutateAsync({ measureId: props.group.measureId, period: props.group.period, orgCode: v.orgCode, version: v.version, decision: 'return', comment: comment().trim() })
      .then(() => {
        setReturning(undefined);
        setComment('');
        onDone(tr(`${v.orgName}の${heading}の値を差し戻しました。${v.orgName}に通知しました。`, `Returned ${orgLabel(v.orgCode, v.orgName)}’s value of ${heading}; ${orgLabel(v.orgCode, v.orgName)} has been notified.`));
      }, failed);
  };

  const confirmPeriod = async () => {
    const heading = title();
    const items = props.group.values.map((v) => ({ orgCode: v.orgCode, version: v.version }));
    let confirmed = 0;
    try {
      // 33 municipalities fit one all-or-nothing request; a larger prefecture's would go in batches.
      for (const batch of inBatches(items, CONFIRM_BATCH)) {
        confirmed += (await confirmAll.mutateAsync({ measureId: props.group.measureId, period: props.group.period, items: batch })).confirmed;
      }
      onDone(tr(`${heading}の${confirmed}件をすべて確認しました。`, `Confirmed all ${confirmed} values of ${heading}.`));
    } catch (error) {
      failed(error);
    }
  };

  return (
    <section aria-labelledby={`${id()}-heading`} class="review-group">
      <h2 id={`${id()}-heading`}>{title()}</h2>
      <p>
        <Show when={props.group.deadline} fallback={tr('締切の定めはありません。', 'No deadline is set.')}>
          {(d) => tr(`報告の締切: ${formatDate(d(), 'ja')}`, `Deadline: ${formatDate(d(), 'en')}`)}
        </Show>
      </p>
      <div class="table-scroll" tabindex="0" role="region" aria-label={tr(`${title()}の確認待ち（${props.group.values.length}件）`, `${title()}: awaiting review (${props.group.values.length})`)}>
        <table class="review-table">
          <caption>{tr(`${title()}の確認待ち（${props.group.values.length}件）`, `${title()}: awaiting review (${props.group.values.length})`)}</caption>
          <thead>
            <tr>
              <th scope="col">{tr('市町村', 'Municipality')}</th>
              <th scope="col" class="num">{tr('報告された値', 'Value reported')}</th>
              <th scope="col" class="num">{tr('前期の値', 'Previous period')}</th>
              <th scope="col" class="num">{tr('変化', 'Change')}</th>
              <th scope="col">{tr('備考', 'Note')}</th>
              <th scope="col">{tr('注意', 'Checks')}</th>
              <th scope="col">{tr('提出', 'Submitted')}</th>
              <th scope="col">{tr('操作', 'Actions')}</th>
            </tr>
          </thead>
          <tbody>
            <For each={props.group.values}>
              {(v) => (
                <tr classList={{ flagged: v.flags.length > 0 || v.outlier }}>
                  <th scope="row">{orgLabel(v.orgCode, v.orgName)}</th>
                  <td class="num" data-label={tr('報告された値', 'Value reported')}>{text(v.value)}</td>
                  <td class="num" data-label={tr('前期の値', 'Previous period')}>{v.previous === undefined ? '―' : text(v.previous)}</td>
                  <td class="num" data-label={tr('変化', 'Change')}>{props.measure ? changeText(changeOf(props.measure, v.value, v.previous)) : '―'}</td>
                  <td class="note" data-label={tr('備考', 'Note')}>{v.note ?? ''}</td>
                  <td data-label={tr('注意', 'Checks')}>
                    <Show when={v.flags.length > 0 || v.outlier} fallback={tr('なし', 'None')}>
                      <ul class="flags">
                        <For each={v.flags}>{(f) => <li><strong>{tr('警告', 'Warning')}</strong>：{pick(f.message)}</li>}</For>
                        <Show when={v.outlier}>
                          <li><strong>{tr('外れ値', 'Outlier')}</strong>：{tr('県内の他の市町村の値から大きく離れています。', 'Far from the other municipalities’ values.')}</li>
                        </Show>
                      </ul>
                    </Show>
                  </td>
                  <td data-label={tr('提出', 'Submitted')}>{warekiDateTimeLabel(v.submittedAt ?? v.updatedAt)}</td>
                  <td class="review-actions">
                    <div class="actions compact">
                      <button type="button" disabled={busy()} onClick={() => confirm(v)} aria-label={tr(`${v.orgName}の値を確認（${title()}）`, `Confirm ${orgLabel(v.orgCode, v.orgName)}’s value (${title()})`)}>{tr('確認', 'Confirm')}</button>
                      <button type="button" class="secondary" disabled={busy()} aria-expanded={returning() === v.orgCode}
                        onClick={() => { setMissing(false); setComment(''); setReturning(returning() === v.orgCode ? undefined : v.orgCode); }}
                        aria-label={tr(`${v.orgName}の値を差戻し（${title()}）`, `Return ${orgLabel(v.orgCode, v.orgName)}’s value (${title()})`)}>{tr('差戻し', 'Return')}</button>
                    </div>
                    <Show when={returning() === v.orgCode}>
                      <form onSubmit={(e) => sendBack(e, v)} class="return-form">
                        <label for={`${id()}-comment`}>{tr(`${v.orgName}への差戻しコメント（必須）`, `Why ${orgLabel(v.orgCode, v.orgName)}’s value is returned (required)`)}</label>
                        <textarea id={`${id()}-comment`} value={comment()} maxLength={1000} onInput={(e) => setComment(e.currentTarget.value)}
                          aria-invalid={missing() ? 'true' : undefined} aria-describedby={`${id()}-comment-error`} />
                        <Show when={missing()}><p id={`${id()}-comment-error`} class="field-error">{tr('差戻しの理由を書いてください。', 'Write why the value is returned.')}</p></Show>
                        <button type="submit" disabled={busy()}>{tr('差し戻す', 'Return it')}</button>
                      </form>
                    </Show>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
      <p>
        {/* The visible words begin the name (WCAG 2.5.3); the hidden rest says which period and how many. */}
        <button type="button" disabled={busy()} onClick={confirmPeriod}>
          {tr('この期間をすべて確認', 'Confirm all of this period')}
          <span class="visually-hidden">{tr(`（${title()}、${props.group.values.length}件）`, ` (${title()}, ${props.group.values.length} values)`)}</span>
        </button>
      </p>
    </section>
  );
}
