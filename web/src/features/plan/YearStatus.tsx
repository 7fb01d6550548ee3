import { Show } from 'solid-js';
import type { YearPublication } from '../../../../shared/plan/publication';
import { lang, tr } from '../../app/lang';

/** 公表済（日付）or 作成中, beside a year's figures, with the count of errata since publication. */
export function YearStatus(props: { publication: Pick<YearPublication, 'status' | 'publishedAt' | 'errataCount'> | undefined }) {
  const date = () =>
    props.publication?.publishedAt
      ? new Date(props.publication.publishedAt).toLocaleDateString(lang() === 'ja' ? 'ja-JP' : 'en-GB', { timeZone: 'Asia/Tokyo', dateStyle: 'long' })
      : '';
  return (
    <p class="year-status">
      <Show
        when={props.publication?.status === 'published'}
        fallback={<strong>{tr('作成中（未公表）: 数値は確定していません。', 'Draft (not published): the figures are not final.')}</strong>}
      >
        {tr(`公表済（${date()}）`, `Published (${date()})`)}
        <Show when={(props.publication?.errataCount ?? 0) > 0}>
          {tr(`・公表後の修正 ${props.publication!.errataCount}件（正誤表を参照）`, `; ${props.publication!.errataCount} correction(s) since (see the errata)`)}
        </Show>
      </Show>
    </p>
  );
}
