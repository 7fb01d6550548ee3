import { A, useNavigate, useParams } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { ApiError } from '../../app/api';
import { createMeQuery } from '../../app/auth';
import { tr } from '../../app/lang';
import { usePageTitle } from '../../app/page-title';
import { Loading, QueryError } from '../../ui/QueryError';
import { ActionItemEditor } from './ActionItemEditor';
import { MeetingForm } from './MeetingForm';
import { createMeetingQuery, createOrganisationsQuery } from './queries';
import './Meetings.css';

/** 会議の登録・編集 (prefecture staff): the meeting's fields, then its action items once the meeting exists. */
export default function MeetingEditorPage() {
  const params = useParams<{ meetingId?: string }>();
  const navigate = useNavigate();
  const me = createMeQuery();
  const view = createMeetingQuery(() => params.meetingId);
  const organisations = createOrganisationsQuery();
  const isPrefecture = () => me.data?.role === 'prefecture_admin' || me.data?.role === 'prefecture_staff';
  const missing = () => view.error instanceof ApiError && view.error.status === 404;
  usePageTitle(() => (params.meetingId ? tr('会議の編集', 'Edit a meeting') : tr('会議の登録', 'Record a meeting')));
  return (
    <>
      <nav aria-label={tr('パンくずリスト', 'Breadcrumbs')}>
        <ol class="breadcrumbs">
          <li><A href="/meetings">{tr('推進会議', 'Council')}</A></li>
          <Show when={params.meetingId}><li><A href={`/meetings/${params.meetingId}`}>{view.data?.meeting.title ?? params.meetingId}</A></li></Show>
          <li aria-current="page">{params.meetingId ? tr('編集', 'Edit') : tr('登録', 'Record')}</li>
        </ol>
      </nav>
      <h1>{params.meetingId ? tr('会議の編集', 'Edit a meeting') : tr('会議の登録', 'Record a meeting')}</h1>
      <Show when={isPrefecture()} fallback={<Show when={me.data}><p class="notice">{tr('会議の登録・編集は県の職員のみが行えます。', 'Only prefecture staff may record or edit meetings.')}</p></Show>}>
        <Show
          when={params.meetingId}
          fallback={<MeetingForm onSaved={(m) => navigate(`/admin/meetings/${m.id}`)} />}
        >
          <Show when={!missing()} fallback={<p>{tr(`会議「${params.meetingId}」はありません。`, `There is no meeting “${params.meetingId}”.`)}</p>}>
            <QueryError error={view.error} />
            <Show when={view.data} keyed fallback={<Show when={!view.error}><Loading what={tr('会議', 'the meeting')} /></Show>}>
              {(data) => (
                <>
                  <MeetingForm meeting={data.meeting} onSaved={() => void view.refetch()} />
                  <section aria-labelledby="items-editor-heading">
                    <h2 id="items-editor-heading">{tr('対応事項', 'Action items')}</h2>
                    <p>{tr('担当に市町村を選ぶと、その市町村にお知らせが届き、やることに表示されます。', 'A municipality chosen as owner is notified and sees the item among its tasks.')}</p>
                    <QueryError error={organisations.error} />
                    {/* The owner select must hold every municipality before it shows an item's owner. */}
                    <Show when={organisations.data} fallback={<Loading what={tr('市町村', 'municipalities')} />}>
                      {(orgs) => (
                        <div class="editor-rows">
                          <For each={data.actionItems}>{(item) => <ActionItemEditor meetingId={data.meeting.id} item={item} organisations={orgs()} />}</For>
                          <h3>{tr('対応事項を追加', 'Add an action item')}</h3>
                          <ActionItemEditor meetingId={data.meeting.id} organisations={orgs()} />
                        </div>
                      )}
                    </Show>
                  </section>
                </>
              )}
            </Show>
          </Show>
        </Show>
      </Show>
    </>
  );
}
