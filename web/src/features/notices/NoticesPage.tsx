import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { Loading, QueryError } from '../../ui/QueryError';
import { dateTimeLabel } from '../../app/format';
import { usePageTitle } from '../../app/page-title';
import { createNoticesQuery } from './queries';
import { lang, tr } from '../../app/lang';
import { noticeWords } from '../../../../shared/notices/notice-words';

/** お知らせ: report submissions, review outcomes, comments and deadline reminders for the signed-in user. */
export default function NoticesPage() {
  usePageTitle(() => tr('お知らせ', 'Notices'));
  const notices = createNoticesQuery();
  return (
    <>
      <h1>{tr('お知らせ', 'Notices')}</h1>
      <QueryError error={notices.error} />
      <Show when={notices.data} fallback={<Loading what={tr('お知らせ', 'notices')} />}>
        <ul class="notices">
          <For each={notices.data!.items} fallback={<li>{tr('お知らせはありません。', 'No notices.')}</li>}>
            {(n) => {
              const words = () => noticeWords(n, lang());
              return (
                <li class={`notice-item notice-${n.kind}`}>
                  <p class="help">{dateTimeLabel(n.at)}</p>
                  <p class="notice-title">
                    <Show when={n.link} fallback={words().title}>{(link) => <A href={link()}>{words().title}</A>}</Show>
                  </p>
                  <p>{words().body}</p>
                </li>
              );
            }}
          </For>
        </ul>
      </Show>
    </>
  );
}
