import { createEffect, createSignal, For, on, Show } from 'solid-js';
import type { MeasureListQuery, PlanResponse } from '../../../shared/api/plans';

/** Filters of the measures list: group (any level), bureau, rating and free text. */
export function MeasureFilters(props: {
  plan: PlanResponse;
  query: MeasureListQuery;
  onChange: (patch: Record<string, string | undefined>) => void;
}) {
  const [text, setText] = createSignal(props.query.q ?? '');
  // Back and forward change the URL's q: show what the list is searched for.
  createEffect(on(() => props.query.q, (q) => setText(q ?? ''), { defer: true }));
  const filtered = () => ['group', 'bureau', 'rating', 'q'].some((k) => props.query[k as keyof MeasureListQuery] !== undefined);
  const depth = (path: string) => path.split('/').length - 1;
  return (
    <form
      class="filters"
      role="search"
      aria-label="施策の絞り込み"
      onSubmit={(e) => {
        e.preventDefault();
        props.onChange({ q: text() || undefined });
      }}
    >
      <div class="field">
        <label for="filter-group">柱・分野</label>
        <select id="filter-group" value={props.query.group ?? ''} onChange={(e) => props.onChange({ group: e.currentTarget.value || undefined })}>
          <option value="">すべて</option>
          <For each={props.plan.groups}>
            {(g) => <option value={g.path}>{`${'　'.repeat(depth(g.path))}${g.level === 'area' || /^\d+$/.test(g.key) ? `${g.key} ` : ''}${g.name}`}</option>}
          </For>
        </select>
      </div>
      <div class="field">
        <label for="filter-bureau">とりまとめ局</label>
        <select id="filter-bureau" value={props.query.bureau ?? ''} onChange={(e) => props.onChange({ bureau: e.currentTarget.value || undefined })}>
          <option value="">すべて</option>
          <For each={props.plan.bureaus}>{(b) => <option value={b}>{b}</option>}</For>
        </select>
      </div>
      <div class="field">
        <label for="filter-rating">評価</label>
        <select id="filter-rating" value={props.query.rating ?? ''} onChange={(e) => props.onChange({ rating: e.currentTarget.value || undefined })}>
          <option value="">すべて</option>
          <For each={props.plan.plan.ratingScheme.levels}>{(l) => <option value={l.id}>{`${l.symbol} ${l.label.ja}`}</option>}</For>
        </select>
      </div>
      <div class="field">
        <label for="filter-q">キーワード</label>
        <input id="filter-q" type="search" value={text()} onInput={(e) => setText(e.currentTarget.value)} placeholder="施策名・指標・理由など" />
      </div>
      <button type="submit">検索</button>
      <Show when={filtered()}>
        <button type="button" class="secondary" onClick={() => props.onChange({ group: undefined, bureau: undefined, rating: undefined, q: undefined })}>
          条件をクリア
        </button>
      </Show>
    </form>
  );
}
