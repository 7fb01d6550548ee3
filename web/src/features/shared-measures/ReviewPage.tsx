import { A } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { createMeQuery } from '../../app/auth';
import { tr } from '../../app/lang';
import { usePageTitle } from '../../app/page-title';
import { Loading, QueryError } from '../../ui/QueryError';
import { createCatalogueQuery, createReviewQueueQuery } from './queries';
import { ReviewGroup } from './ReviewGroup';

const isPrefecture = (role: string | undefined) => role === 'prefecture_admin' || role === 'prefecture_staff';

/**
 * 確認待ち: the municipalities' submitted values, by measure and period, for the prefecture to confirm (one by one
 * or a whole period at once) or return with a comment. Only what it confirms is published (issue 15).
 */
export default function ReviewPage() {
  const me = createMeQuery();
  const queue = createReviewQueueQuery(() => isPrefecture(me.data?.role));
  const catalogue = createCatalogueQuery();
  const [message, setMessage] = createSignal('');
  const [error, setError] = createSignal<unknown>();
  usePageTitle(() => tr('確認待ち（共通指標）', 'Awaiting review (shared measures)'));
  const measureOf = (id: string) => catalogue.data?.items.find((m) => m.id === id);
  const waiting = () => (queue.data?.items ?? []).reduce((n, g) => n + g.values.length, 0);
  const outcome = {
    onDone: (text: string) => {
      setError(undefined);
      setMessage(text);
    },
    onConflict: (text: string) => {
      setError(undefined);
      setMessage(text);
      void queue.refetch();
    },
    onError: (e: unknown) => {
      setMessage('');
      setError(e);
    },
  };
  return (
    <>
      <h1>{tr('確認待ち（共通指標）', 'Awaiting review (shared measures)')}</h1>
      <Show when={me.data && !isPrefecture(me.data.role)}>
        <p class="notice warning">{tr('このページは県の職員のためのものです。', 'This page is for prefecture staff.')}</p>
      </Show>
      <p>
        {tr(
          '市町村が提出した値は、県が確認するまでオープンデータや議会向けサマリーに出ません。警告（もっともらしさの確認）や外れ値の印がある値は、備考を読んでから確認してください。',
          'Values municipalities submit are published (open data, the council summary) only once the prefecture confirms them. Read the note of any value marked with a warning or as an outlier before confirming it.',
        )}
      </p>
      {/* The outcome of every action is announced here, once, whichever table it came from. */}
      <p role="status" aria-live="polite" class="review-result">{message()}</p>
      <QueryError error={error() ?? queue.error ?? catalogue.error} />
      <Show when={queue.data} fallback={<Show when={!queue.error && isPrefecture(me.data?.role)}><Loading what={tr('確認待ちの値', 'values awaiting review')} /></Show>}>
        <p>{tr(`確認待ちの値は${waiting()}件です。`, `${waiting()} values await review.`)}</p>
        <Show when={queue.data!.items.length > 0} fallback={<p>{tr('確認待ちの値はありません。', 'Nothing awaits review.')} <A href="/shared-measures">{tr('共通指標へ', 'Go to shared measures')}</A></p>}>
          <For each={queue.data!.items}>{(g) => <ReviewGroup group={g} measure={measureOf(g.measureId)} {...outcome} />}</For>
        </Show>
      </Show>
    </>
  );
}
