import { A, useSearchParams } from '@solidjs/router';
import { createEffect, createSignal, For, on, onMount, Show } from 'solid-js';
import { formatDate } from '../../../../shared/fiscal-year';
import { queryTerms } from '../../../../shared/search/fold';
import { highlight } from '../../../../shared/search/highlight';
import { SEARCH_KIND_LABELS, SEARCH_KINDS, SEARCH_QUERY_MAX, type SearchKind } from '../../../../shared/search/kinds';
import type { SearchHit } from '../../../../shared/search/search-document';
import { lang, pick, tr } from '../../app/lang';
import { usePageTitle } from '../../app/page-title';
import { QueryError } from '../../ui/QueryError';
import { createSearchQuery } from './queries';
import './SearchPage.css';

/**
 * 検索: one box across measures, shared measures, joint projects, surveys, the FAQ and meetings, as far as the
 * signed-in person may see them (GET /api/search). The words and the kind live in the URL (?q=&kind=), so a search
 * can be bookmarked, shared, and comes back with the browser's back button.
 */
export default function SearchPage() {
  const [params, setParams] = useSearchParams<{ q?: string; kind?: string }>();
  const q = () => (params.q ?? '').trim();
  const kind = () => (SEARCH_KINDS as readonly string[]).includes(params.kind ?? '') ? (params.kind as SearchKind) : undefined;
  const [text, setText] = createSignal(params.q ?? '');
  // Back and forward change the URL's words: the box shows what the list is for.
  createEffect(on(() => params.q, (value) => setText(value ?? ''), { defer: true }));
  const results = createSearchQuery(q, kind);
  const hits = () => results.data?.pages.flatMap((p) => p.items) ?? [];
  const first = () => results.data?.pages[0];
  const terms = () => queryTerms(q());
  let input!: HTMLInputElement;
  usePageTitle(() => (q() ? tr(`「${q()}」の検索結果`, `Search results for “${q()}”`) : tr('検索', 'Search')));
  // The box is where this page starts; after the layout has moved focus to the main region on navigation.
  onMount(() => setTimeout(() => input.focus()));

  return (
    <>
      <h1>{tr('検索', 'Search')}</h1>
      <p class="search-intro">
        {tr(
          '施策、共通指標、協働事業、照会、よくある相談、推進会議を、あなたが見られる範囲で探します。複数の言葉は空白で区切ると、すべてを含むものを探します。',
          'Searches measures, shared measures, joint projects, surveys, the FAQ and council meetings, as far as you may see them. Separate words with spaces to find what holds all of them.',
        )}
      </p>
      <form
        class="search-form"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          const words = text().trim();
          setParams({ q: words || undefined, kind: undefined });
        }}
      >
        <label for="search-q">{tr('検索する言葉', 'Words to search for')}</label>
        <div class="search-box">
          <input
            id="search-q"
            ref={input}
            type="search"
            name="q"
            required
            maxLength={SEARCH_QUERY_MAX}
            value={text()}
            onInput={(e) => setText(e.currentTarget.value)}
            placeholder={tr('例: マイナンバー', 'e.g. マイナンバー')}
          />
          <button type="submit">{tr('検索', 'Search')}</button>
        </div>
      </form>
      <QueryError error={results.error} />
      <Show when={q() && first()}>
        <KindFilter counts={first()!.byKind} chosen={kind()} onChoose={(k) => setParams({ kind: k })} />
        <p role="status" aria-live="polite" class="search-count">
          {results.isFetching && !results.isFetchingNextPage
            ? tr('検索しています…', 'Searching…')
            : tr(`「${q()}」: ${first()!.total}件（${hits().length}件を表示）`, `“${q()}”: ${first()!.total} found (${hits().length} shown)`)}
        </p>
        <Show
          when={hits().length > 0}
          fallback={<p class="search-empty">{tr('見つかりませんでした。言葉を減らすか、別の言い方で探してください。', 'Nothing found. Try fewer words, or other words.')}</p>}
        >
          <ol class="search-results">
            <For each={hits()}>{(hit) => <HitRow hit={hit} terms={terms()} />}</For>
          </ol>
        </Show>
        <Show when={results.hasNextPage}>
          <p>
            <button type="button" class="secondary" onClick={() => results.fetchNextPage()} disabled={results.isFetchingNextPage}>
              {results.isFetchingNextPage ? tr('読み込んでいます…', 'Loading…') : tr('もっと見る', 'Show more')}
            </button>
          </p>
        </Show>
      </Show>
      <Show when={q() && !first() && results.isFetching}>
        <p role="status">{tr('検索しています…', 'Searching…')}</p>
      </Show>
    </>
  );
}

/** Narrows the hits to one kind; each choice says how many it holds, and a kind with none is not offered (unless chosen). */
function KindFilter(props: { counts: Record<SearchKind, number>; chosen: SearchKind | undefined; onChoose: (kind: SearchKind | undefined) => void }) {
  const total = () => SEARCH_KINDS.reduce((sum, k) => sum + props.counts[k], 0);
  const option = (value: SearchKind | undefined, label: string, count: number) => (
    <label class="search-kind-option">
      <input type="radio" name="search-kind" checked={props.chosen === value} onChange={() => props.onChoose(value)} />
      {label} <span class="search-kind-count">{tr(`${count}件`, `(${count})`)}</span>
    </label>
  );
  return (
    <fieldset class="search-kinds">
      <legend>{tr('種類で絞り込む', 'Show only')}</legend>
      {option(undefined, tr('すべて', 'All'), total())}
      <For each={SEARCH_KINDS.filter((k) => props.counts[k] > 0 || props.chosen === k)}>{(k) => option(k, pick(SEARCH_KIND_LABELS[k]), props.counts[k])}</For>
    </fieldset>
  );
}

function HitRow(props: { hit: SearchHit; terms: string[] }) {
  // Measure names and the like exist only in Japanese: say so, for a screen reader reading English.
  const titleLang = () => (lang() === 'en' && props.hit.title.en === props.hit.title.ja ? 'ja' : undefined);
  return (
    <li class="search-hit">
      <span class={`search-kind search-kind-${props.hit.kind}`}>{pick(SEARCH_KIND_LABELS[props.hit.kind])}</span>
      <A class="search-title" href={props.hit.link} lang={titleLang()}>
        <Marked text={pick(props.hit.title)} terms={props.terms} />
      </A>
      <Show when={props.hit.date}>
        {(date) => <time class="search-date" datetime={date()}>{formatDate(date(), lang())}</time>}
      </Show>
      <Show when={props.hit.excerpt}>
        <p class="search-excerpt" lang={lang() === 'en' ? 'ja' : undefined}><Marked text={props.hit.excerpt} terms={props.terms} /></p>
      </Show>
    </li>
  );
}

function Marked(props: { text: string; terms: string[] }) {
  return <For each={highlight(props.text, props.terms)}>{(s) => (s.match ? <mark>{s.text}</mark> : s.text)}</For>;
}
