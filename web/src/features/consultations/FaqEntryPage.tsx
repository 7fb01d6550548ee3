import { A, useParams } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
import { formatDate } from '../../../../shared/fiscal-year';
import { createMeQuery } from '../../app/auth';
import { lang, tr } from '../../app/lang';
import { usePageTitle } from '../../app/page-title';
import { Loading, QueryError } from '../../ui/QueryError';
import { categoryLabel, faqStatusLabel } from './labels';
import { createFaqEntryQuery, createUpdateFaq } from './queries';
import './consultations.css';

/** よくある相談の項目: one question and answer; the prefecture may withdraw or republish it. */
export default function FaqEntryPage() {
  const params = useParams<{ entryId: string }>();
  const entry = createFaqEntryQuery(() => params.entryId);
  const me = createMeQuery();
  const update = createUpdateFaq();
  const [message, setMessage] = createSignal('');
  usePageTitle(() => `${entry.data?.question.slice(0, 40) ?? ''} ${tr('よくある相談', 'FAQ')}`);
  const prefecture = () => me.data?.role === 'prefecture_admin' || me.data?.role === 'prefecture_staff';
  const toggle = () => {
    const e = entry.data!;
    const status = e.status === 'published' ? ('withdrawn' as const) : ('published' as const);
    update.mutate({ id: e.id, category: e.category, question: e.question, answer: e.answer, status, version: e.version }, {
      onSuccess: () => setMessage(status === 'published' ? tr('公開しました。', 'Published.') : tr('公開を停止しました。', 'Withdrawn.')),
    });
  };
  return (
    <>
      <nav aria-label={tr('パンくずリスト', 'Breadcrumbs')}>
        <ol class="breadcrumbs">
          <li><A href="/consultations">{tr('相談窓口', 'Consultation desk')}</A></li>
          <li><A href="/faq">{tr('よくある相談', 'FAQ')}</A></li>
          <li aria-current="page">{tr('項目', 'Entry')}</li>
        </ol>
      </nav>
      <h1>{tr('よくある相談', 'FAQ')}</h1>
      <div role="status" aria-live="polite" class={message() ? 'notice success' : ''}>{message()}</div>
      <QueryError error={entry.error ?? update.error} />
      <Show when={entry.data} fallback={<Show when={!entry.error}><Loading what={tr('よくある相談', 'FAQ entry')} /></Show>}>
        {(e) => (
          <article>
            <p class="help">
              {categoryLabel(e().category)}{tr('・公開 ', ', published ')}{formatDate(e().publishedAt, lang())}
              <Show when={e().status !== 'published'}>{tr('・', ', ')}<strong>{faqStatusLabel(e().status)}</strong></Show>
            </p>
            <h2>{tr('質問', 'Question')}</h2>
            <p class="consultation-text" lang="ja">{e().question}</p>
            <h2>{tr('回答', 'Answer')}</h2>
            <p class="consultation-text" lang="ja">{e().answer}</p>
            <Show when={prefecture()}>
              <p>
                <Show when={e().sourceConsultationId}>{(id) => <><A href={`/consultations/${id()}`}>{tr('元の相談（県のみ表示）', 'The source consultation (prefecture only)')}</A>{' '}</>}</Show>
                <button type="button" class="secondary" onClick={toggle} disabled={update.isPending}>
                  {e().status === 'published' ? tr('公開を停止する', 'Withdraw') : tr('再公開する', 'Republish')}
                </button>
              </p>
            </Show>
          </article>
        )}
      </Show>
    </>
  );
}
