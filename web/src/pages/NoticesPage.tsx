import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { Loading, QueryError } from '../components/QueryError';
import { dateTimeLabel } from '../i18n/format';
import { usePageTitle } from '../page-title';
import { createNoticesQuery } from '../queries/joint-projects';

/** お知らせ: report submissions, review outcomes, comments and deadline reminders for the signed-in user. */
export default function NoticesPage() {
  usePageTitle(() => 'お知らせ');
  const notices = createNoticesQuery();
  return (
    <>
      <h1>お知らせ</h1>
      <QueryError error={notices.error} />
      <Show when={notices.data} fallback={<Loading what="お知らせ" />}>
        <ul class="notices">
          <For each={notices.data!.items} fallback={<li>お知らせはありません。</li>}>
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
