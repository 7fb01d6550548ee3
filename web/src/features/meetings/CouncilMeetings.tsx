import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { formatDate, formatFiscalYear } from '../../../../shared/fiscal-year';
import { lang, tr } from '../../app/lang';
import { token } from '../../app/session';
import { QueryError } from '../../ui/QueryError';
import { createMeetingListQuery } from './queries';

/**
 * The council summary's 「推進会議（令和n年度）」: the fiscal year's meetings and their decisions, oldest first as
 * they were held. Signed-in readers only (the list is not public); the public summary shows nothing of it.
 */
export default function CouncilMeetings(props: { fiscalYear: number }) {
  const signedIn = () => token() !== null;
  const meetings = createMeetingListQuery(() => props.fiscalYear, signedIn);
  const held = () => [...(meetings.data ?? [])].reverse();
  return (
    <Show when={signedIn()}>
      {/* An empty year is not printed: the summary's two A4 pages are for what happened. */}
      <section aria-labelledby="council-meetings-heading" class={held().length > 0 ? undefined : 'no-print'}>
        <h2 id="council-meetings-heading">{tr(`推進会議（${formatFiscalYear(props.fiscalYear)}）`, `Council meetings (${formatFiscalYear(props.fiscalYear, 'en')})`)}</h2>
        <QueryError error={meetings.error} />
        <Show when={meetings.data}>
          <Show when={held().length > 0} fallback={<p>{tr('この年度の県市町村デジタル推進会議は登録されていません。', 'No council meeting is recorded for this fiscal year.')}</p>}>
            <For each={held()}>
              {(m) => (
                <div class="council-meeting">
                  <h3><A href={`/meetings/${m.id}`}>{m.title}</A>（{formatDate(m.date, lang())}）</h3>
                  <Show when={m.decisions.length > 0} fallback={<p>{tr('決定事項はありません。', 'No decisions recorded.')}</p>}>
                    <ul>
                      <For each={m.decisions}>{(d) => <li>{d.text}</li>}</For>
                    </ul>
                  </Show>
                </div>
              )}
            </For>
          </Show>
        </Show>
      </section>
    </Show>
  );
}
