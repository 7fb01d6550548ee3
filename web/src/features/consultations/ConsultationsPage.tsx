import { A, useSearchParams } from '@solidjs/router';
import { createSignal, For, lazy, Show } from 'solid-js';
import { CONSULTATION_STATUSES, type ConsultationCategory, type ConsultationStatus } from '../../../../shared/consultations/labels';
import { formatDate } from '../../../../shared/fiscal-year';
import { createMeQuery } from '../../app/auth';
import { lang, tr } from '../../app/lang';
import { orgLabel } from '../../app/org-names';
import { usePageTitle } from '../../app/page-title';
import { Loading, QueryError } from '../../ui/QueryError';
import { categoryLabel, CONSULTATION_CATEGORIES, statusLabel } from './labels';
import { createConsultationListQuery } from './queries';
import './consultations.css';

const DeskFigures = lazy(() => import('./DeskFigures'));

/** 相談窓口: the prefecture's inbox of consultations (all municipalities), or a municipality's own, newest first. */
export default function ConsultationsPage() {
  usePageTitle(() => tr('相談窓口', 'Consultation desk'));
  const [params, setParams] = useSearchParams<{ status?: string; category?: string }>();
  const me = createMeQuery();
  const [cursors, setCursors] = createSignal<string[]>([]);
  const filter = () => ({ status: params.status || undefined, category: params.category || undefined, cursor: cursors().at(-1) });
  const list = createConsultationListQuery(filter);
  const prefecture = () => me.data?.role === 'prefecture_admin' || me.data?.role === 'prefecture_staff';
  const municipality = () => me.data?.role === 'municipal_staff';
  const choose = (next: { status?: string; category?: string }) => {
    setCursors([]);
    setParams(next);
  };
  return (
    <>
      <h1>{tr('相談窓口', 'Consultation desk')}</h1>
      <p>
        {tr('市町村のデジタル化の課題を県に相談できます。県が回答した相談の一部は、団体名を伏せて', 'Municipalities ask the prefecture about their digital challenges. Some answered consultations are published, without the asker, in ')}
        <A href="/faq">{tr('よくある相談', 'the FAQ')}</A>
        {tr('に掲載しています。', '.')}
      </p>
      <Show when={municipality()}>
        <p><A class="button" href="/consultations/new">{tr('相談する', 'New consultation')}</A></p>
      </Show>
      <form class="filters" aria-label={tr('絞り込み', 'Filter')} onSubmit={(e) => e.preventDefault()}>
        <div class="field">
          <label for="filter-status">{tr('状態', 'Status')}</label>
          <select id="filter-status" value={params.status ?? ''} onChange={(e) => choose({ status: e.currentTarget.value || undefined })}>
            <option value="">{tr('すべて', 'All')}</option>
            <For each={CONSULTATION_STATUSES}>{(s) => <option value={s}>{statusLabel(s)}</option>}</For>
          </select>
        </div>
        <div class="field">
          <label for="filter-category">{tr('分類', 'Category')}</label>
          <select id="filter-category" value={params.category ?? ''} onChange={(e) => choose({ category: e.currentTarget.value || undefined })}>
            <option value="">{tr('すべて', 'All')}</option>
            <For each={CONSULTATION_CATEGORIES}>{(c) => <option value={c}>{categoryLabel(c)}</option>}</For>
          </select>
        </div>
      </form>
      <QueryError error={list.error} />
      <Show when={list.data} fallback={<Show when={!list.error}><Loading what={tr('相談', 'consultations')} /></Show>}>
        <div class="table-scroll" tabindex="0" role="region" aria-label={tr('相談の一覧', 'Consultations')}>
          <table class="consultations">
            <thead>
              <tr>
                <th scope="col">{tr('受付日', 'Received')}</th>
                <th scope="col">{tr('件名', 'Title')}</th>
                <Show when={prefecture()}><th scope="col">{tr('団体', 'Municipality')}</th></Show>
                <th scope="col">{tr('分類', 'Category')}</th>
                <th scope="col">{tr('状態', 'Status')}</th>
              </tr>
            </thead>
            <tbody>
              <For each={list.data!.items} fallback={<tr><td colspan={5}>{tr('該当する相談はありません。', 'No consultations.')}</td></tr>}>
                {(c) => (
                  <tr>
                    <td class="nowrap">{formatDate(c.createdAt, lang())}</td>
                    <td><A href={`/consultations/${c.id}`} lang="ja">{c.title}</A></td>
                    <Show when={prefecture()}><td>{orgLabel(c.orgCode)}</td></Show>
                    <td>{categoryLabel(c.category as ConsultationCategory)}</td>
                    <td><span class={`consultation-status status-${c.status}`}>{statusLabel(c.status as ConsultationStatus)}</span></td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </div>
        <Show when={list.data!.nextCursor}>
          {(next) => <button type="button" class="secondary" onClick={() => setCursors([...cursors(), next()])}>{tr('次の50件', 'Next 50')}</button>}
        </Show>
        <Show when={cursors().length > 0}>
          <button type="button" class="secondary" onClick={() => setCursors(cursors().slice(0, -1))}>{tr('前の50件', 'Previous 50')}</button>
        </Show>
      </Show>
      <Show when={prefecture()}>
        <DeskFigures />
      </Show>
    </>
  );
}
