import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { Loading, QueryError } from '../components/QueryError';
import { dateTimeLabel } from '../i18n/format';
import { usePageTitle } from '../page-title';
import { createNoticesQuery } from '../queries/joint-projects';
import { tr } from '../i18n/lang';

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
            {(n) => (
              <li class={`notice-item notice-${n.kind}`}>
                <p class="help">{dateTimeLabel(n.at)}</p>
                <p class="notice-title">
                  <Show when={n.link} fallback={n.title}>{(link) => <A href={link()}>{n.title}</A>}</Show>
                </p>
                <p>{n.body}</p>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </>
  );
}
