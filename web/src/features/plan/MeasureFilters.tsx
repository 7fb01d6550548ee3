import { createEffect, createSignal, For, on, Show } from 'solid-js';
import type { MeasureListQuery, PlanResponse } from '../../../../shared/api/plans';
import { pick, tr } from '../../app/lang';
import { groupLabel } from '../../app/format';

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
      aria-label={tr('施策の絞り込み', 'Filter the measures')}
      onSubmit={(e) => {
        e.preventDefault();
        props.onChange({ q: text() || undefined });
      }}
    >
      <div class="field">
        <label for="filter-group">{tr('柱・分野', 'Pillar / area')}</label>
        <select id="filter-group" value={props.query.group ?? ''} onChange={(e) => props.onChange({ group: e.currentTarget.value || undefined })}>
          <option value="">{tr('すべて', 'All')}</option>
          <For each={props.plan.groups}>
            {(g) => <option value={g.path}>{`${tr('　', '\u00a0\u00a0').repeat(depth(g.path))}${g.level === 'area' || /^\d+$/.test(g.key) ? `${g.key} ` : ''}${groupLabel(g)}`}</option>}
          </For>
        </select>
      </div>
      <div class="field">
        <label for="filter-bureau">{tr('とりまとめ局', 'Bureau')}</label>
        <select id="filter-bureau" value={props.query.bureau ?? ''} onChange={(e) => props.onChange({ bureau: e.currentTarget.value || undefined })}>
          <option value="">{tr('すべて', 'All')}</option>
          <For each={props.plan.bureaus}>{(b) => <option value={b} lang="ja">{b}</option>}</For>
        </select>
      </div>
      <div class="field">
        <label for="filter-rating">{tr('評価', 'Rating')}</label>
        <select id="filter-rating" value={props.query.rating ?? ''} onChange={(e) => props.onChange({ rating: e.currentTarget.value || undefined })}>
          <option value="">{tr('すべて', 'All')}</option>
          <For each={props.plan.plan.ratingScheme.levels}>{(l) => <option value={l.id}>{`${l.symbol} ${pick(l.label)}`}</option>}</For>
        </select>
      </div>
      <div class="field">
        <label for="filter-q">{tr('キーワード', 'Keywords')}</label>
        <input id="filter-q" type="search" value={text()} onInput={(e) => setText(e.currentTarget.value)} placeholder={tr('施策名・指標・理由など', 'measure, indicator, reason…')} />
      </div>
      <button type="submit">{tr('検索', 'Search')}</button>
      <Show when={filtered()}>
        <button type="button" class="secondary" onClick={() => props.onChange({ group: undefined, bureau: undefined, rating: undefined, q: undefined })}>
          {tr('条件をクリア', 'Clear filters')}
        </button>
      </Show>
    </form>
  );
}
