import { A, useSearchParams } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import type { ConsultationCategory } from '../../../../shared/consultations/labels';
import { formatDate } from '../../../../shared/fiscal-year';
import { createMeQuery } from '../../app/auth';
import { lang, tr } from '../../app/lang';
import { usePageTitle } from '../../app/page-title';
import { Loading, QueryError } from '../../ui/QueryError';
import { categoryLabel, CONSULTATION_CATEGORIES, faqStatusLabel } from './labels';
import { createFaqQuery } from './queries';
import './consultations.css';

/** よくある相談: the prefecture's answers to consultations, edited and without the asker; searched by words and category. */
export default function FaqPage() {
  usePageTitle(() => tr('よくある相談', 'FAQ'));
  const [params, setParams] = useSearchParams<{ q?: string; category?: string }>();
  const [draft, setDraft] = createSignal(params.q ?? '');
  const [cursors, setCursors] = createSignal<string[]>([]);
  const me = createMeQuery();
  const faq = createFaqQuery(() => ({ q: params.q || undefined, category: params.category || undefined, cursor: cursors().at(-1) }));
  const prefecture = () => me.data?.role === 'prefecture_admin' || me.data?.role === 'prefecture_staff';
  const search = (e: SubmitEvent) => {
    e.preventDefault();
    setCursors([]);
    setParams({ q: draft().trim() || undefined });
  };
  return (
    <>
      <nav aria-label={tr('パンくずリスト', 'Breadcrumbs')}>
        <ol class="breadcrumbs">
          <li><A href="/consultations">{tr('相談窓口', 'Consultation desk')}</A></li>
          <li aria-current="page">{tr('よくある相談', 'FAQ')}</li>
        </ol>
      </nav>
      <h1>{tr('よくある相談', 'FAQ')}</h1>
      <p>{tr('市町村から寄せられた相談と県の回答を、団体名を伏せて掲載しています。', 'Consultations from municipalities and the prefecture’s answers, published without the asker.')}</p>
      <form class="filters" role="search" onSubmit={search}>
        <div class="field">
          <label for="faq-q">{tr('言葉で探す', 'Search')}</label>
          <input id="faq-q" type="search" value={draft()} onInput={(e) => setDraft(e.currentTarget.value)} maxLength={100} />
        </div>
        <div class="field">
          <label for="faq-category-filter">{tr('分類', 'Category')}</label>
          <select id="faq-category-filter" value={params.category ?? ''} onChange={(e) => { setCursors([]); setParams({ category: e.currentTarget.value || undefined }); }}>
            <option value="">{tr('すべて', 'All')}</option>
            <For each={CONSULTATION_CATEGORIES}>{(c) => <option value={c}>{categoryLabel(c)}</option>}</For>
          </select>
        </div>
        <button type="submit">{tr('検索', 'Search')}</button>
      </form>
      <QueryError error={faq.error} />
      <Show when={faq.data} fallback={<Show when={!faq.error}><Loading what={tr('よくある相談', 'FAQ')} /></Show>}>
        <p role="status">{faq.data!.items.length === 0 ? tr('該当する項目はありません。', 'No entries found.') : tr(`${faq.data!.items.length}件を表示しています。`, `Showing ${faq.data!.items.length}.`)}</p>
        <ul class="faq-list">
          <For each={faq.data!.items}>
            {(e) => (
              <li>
                <p class="help">
                  {categoryLabel(e.category as ConsultationCategory)}{tr('・', ', ')}{formatDate(e.publishedAt, lang())}
                  <Show when={prefecture() && e.status !== 'published'}>{tr('・', ', ')}<strong>{faqStatusLabel(e.status)}</strong></Show>
                </p>
                <A href={`/faq/${e.id}`} lang="ja">{e.question.length > 120 ? `${e.question.slice(0, 120)}…` : e.question}</A>
                <p class="faq-answer" lang="ja">{e.answer.length > 140 ? `${e.answer.slice(0, 140)}…` : e.answer}</p>
              </li>
            )}
          </For>
        </ul>
        <Show when={faq.data!.nextCursor}>
          {(next) => <button type="button" class="secondary" onClick={() => setCursors([...cursors(), next()])}>{tr('さらに表示', 'More')}</button>}
        </Show>
      </Show>
    </>
  );
}
