import { Show } from 'solid-js';
import type { RatingScheme } from '../../../../shared/rating/scheme';
import { levelOf, rankClass } from '../../ui/ratings';
import { pick, tr } from '../../app/lang';

/** A rating as the report prints it: symbol and label together, never colour alone. */
export function RatingBadge(props: { scheme: RatingScheme; rating: string | null | undefined }) {
  const level = () => levelOf(props.scheme, props.rating);
  return (
    <Show when={level()} fallback={<span class="rating">{tr('未評価', 'Not rated')}</span>}>
      {(l) => (
        <span class={`rating rating-${rankClass(l())}`}>
          <span class="symbol" aria-hidden="true">{l().symbol}</span>
          {pick(l().label)}
        </span>
      )}
    </Show>
  );
}
