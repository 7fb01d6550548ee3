import { Match, Show, Switch } from 'solid-js';
import type { Comparison } from '../../../../shared/api/shared-measures';
import { REVIEW_LABELS } from '../../../../shared/shared-measures/review';
import { pick, tr } from '../../app/lang';
import { createProfileQuery } from './queries';

type Row = Comparison['rows'][number];

/**
 * Where the stored value stands in the prefecture's review, above the form that would change it; for a returned
 * value, the prefecture's comment. The comparison row carries the state only; the comment is the municipality's
 * and the prefecture's to read, so it is fetched (with the municipality's profile) only when there is one to show.
 */
export function ReviewState(props: { measureId: string; period: string; row: Row }) {
  const returned = () => props.row.review === 'returned';
  const profile = createProfileQuery(() => props.row.orgCode, returned);
  const comment = () => profile.data?.find((v) => v.measureId === props.measureId && v.period === props.period)?.reviewComment;
  return (
    <Show when={props.row.value !== undefined}>
      <div class={returned() ? 'notice error' : 'notice'} aria-labelledby="review-state-heading">
        <p id="review-state-heading">
          {tr('現在の値の確認状況: ', 'Review of the stored value: ')}
          <strong>{pick(REVIEW_LABELS[props.row.review ?? 'confirmed'])}</strong>
        </p>
        <Switch>
          <Match when={returned()}>
            <p>{tr('県から差し戻されました。コメントを読んで値を直し、もう一度報告してください。', 'The prefecture returned this value. Read the comment, correct the value and report it again.')}</p>
            <Show when={comment()} fallback={<Show when={profile.isPending}><p>{tr('コメントを読み込んでいます…', 'Loading the comment…')}</p></Show>}>
              {(c) => <blockquote class="comment-text">{tr('県のコメント：', 'The prefecture’s comment: ')}{c()}</blockquote>}
            </Show>
          </Match>
          <Match when={props.row.review === 'submitted'}>
            <p>{tr('県が確認するまで、ほかの市町村や県議会、オープンデータには前回確認された値が表示されます。', 'Until the prefecture confirms it, other municipalities, the council and open data see the value last confirmed.')}</p>
          </Match>
        </Switch>
      </div>
    </Show>
  );
}
