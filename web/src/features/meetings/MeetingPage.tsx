import { A, useParams } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { ApiError } from '../../app/api';
import { createMeQuery } from '../../app/auth';
import { tr } from '../../app/lang';
import { usePageTitle } from '../../app/page-title';
import NotFoundPage from '../../app/NotFoundPage';
import { token } from '../../app/session';
import { Attachments } from '../../ui/Attachments';
import { Loading, QueryError } from '../../ui/QueryError';
import { ActionItems } from './ActionItems';
import { dayLabel } from './labels';
import { createMeetingQuery, createOrganisationsQuery } from './queries';
import './Meetings.css';

/**
 * One council meeting. Signed-in readers see all of it; the public (PUBLIC_PAGE) sees a meeting only once its
 * minutes are public, and then only its title, date, agenda and minutes (the API decides: functions/features/meetings).
 */
export default function MeetingPage() {
  const params = useParams<{ meetingId: string }>();
  const me = createMeQuery();
  const view = createMeetingQuery(() => params.meetingId);
  const signedIn = () => token() !== null;
  const organisations = createOrganisationsQuery(signedIn);
  const isPrefecture = () => me.data?.role === 'prefecture_admin' || me.data?.role === 'prefecture_staff';
  const missing = () => view.error instanceof ApiError && view.error.status === 404;
  usePageTitle(() => view.data?.meeting.title ?? tr('推進会議', 'Council meeting'));
  return (
    <Show when={!missing()} fallback={<NotFoundPage />}>
      <QueryError error={view.error} />
      <Show when={view.data} fallback={<Show when={!view.error}><Loading what={tr('会議', 'the meeting')} /></Show>}>
        {(data) => (
          <article>
            <Show when={signedIn()}>
              <p><A href="/meetings">{tr('推進会議の一覧', 'All council meetings')}</A></p>
            </Show>
            <h1>{data().meeting.title}</h1>
            <p class="meeting-meta">
              {dayLabel(data().meeting.date)}
              <Show when={data().meeting.place}>{`・${data().meeting.place}`}</Show>
              <Show when={data().meeting.online}>{tr('・オンライン参加可', ' · online participation')}</Show>
            </p>
            <Show when={isPrefecture()}>
              <p><A href={`/admin/meetings/${data().meeting.id}`}>{tr('この会議を編集', 'Edit this meeting')}</A></p>
            </Show>
            <section aria-labelledby="agenda-heading">
              <h2 id="agenda-heading">{tr('議題', 'Agenda')}</h2>
              <Show when={data().meeting.agenda.length > 0} fallback={<p>{tr('議題は登録されていません。', 'No agenda yet.')}</p>}>
                <ol>
                  <For each={data().meeting.agenda}>{(a) => <li>{a.title}<Show when={a.presenter}>{`（${a.presenter}）`}</Show></li>}</For>
                </ol>
              </Show>
            </section>
            <Show when={signedIn()}>
              <section>
                <Attachments
                  base={`/api/meetings/${data().meeting.id}/materials`}
                  files={data().materials}
                  editable={isPrefecture()}
                  onChange={() => void view.refetch()}
                  heading={{ ja: '会議資料', en: 'Materials' }}
                  headingId="materials-heading"
                  maxFiles={30}
                />
              </section>
              <section aria-labelledby="decisions-heading">
                <h2 id="decisions-heading">{tr('決定事項', 'Decisions')}</h2>
                <Show when={data().meeting.decisions?.length} fallback={<p>{tr('決定事項はありません。', 'No decisions recorded.')}</p>}>
                  <ol>
                    <For each={data().meeting.decisions}>{(d) => <li id={`decision-${d.id}`}>{d.text}</li>}</For>
                  </ol>
                </Show>
              </section>
              <section aria-labelledby="items-heading">
                <h2 id="items-heading">{tr('対応事項', 'Action items')}</h2>
                <ActionItems items={data().actionItems} me={me.data} organisations={organisations.data} />
              </section>
            </Show>
            <section aria-labelledby="minutes-heading">
              <h2 id="minutes-heading">{tr('議事録', 'Minutes')}</h2>
              <Show when={data().meeting.minutes} fallback={<p>{tr('議事録はまだありません。', 'No minutes yet.')}</p>}>
                <div class="minutes" lang="ja">{data().meeting.minutes}</div>
              </Show>
              <Show when={signedIn()}>
                <p class="meeting-meta">{data().meeting.minutesPublic ? tr('この議事録は公開されています（サインインせずに閲覧できます）。', 'These minutes are public (readable without signing in).') : tr('この議事録は公開されていません。', 'These minutes are not public.')}</p>
              </Show>
            </section>
          </article>
        )}
      </Show>
    </Show>
  );
}
