import { A } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { currentFiscalYear } from '../../../../shared/fiscal-year';
import { createMeQuery } from '../../app/auth';
import { fiscalYearLabel } from '../../app/format';
import { tr } from '../../app/lang';
import { usePageTitle } from '../../app/page-title';
import { Loading, QueryError } from '../../ui/QueryError';
import { YearSelect } from '../../ui/YearSelect';
import { dayLabel } from './labels';
import { createMeetingListQuery } from './queries';
import './Meetings.css';

/** 推進会議: the council's meetings of a fiscal year, newest first; the prefecture records new ones. */
export default function MeetingsPage() {
  usePageTitle(() => tr('県市町村デジタル推進会議', 'Prefecture–municipality digital council'));
  const me = createMeQuery();
  const thisYear = currentFiscalYear();
  const [fiscalYear, setFiscalYear] = createSignal(thisYear);
  const years = Array.from({ length: thisYear - 2023 }, (_, i) => thisYear + 1 - i);
  const meetings = createMeetingListQuery(fiscalYear);
  const isPrefecture = () => me.data?.role === 'prefecture_admin' || me.data?.role === 'prefecture_staff';
  return (
    <>
      <h1>{tr('県市町村デジタル推進会議', 'Prefecture–municipality digital council')}</h1>
      <p>{tr('県と市町村が集まる会議の議題、資料、議事録、決定事項と対応事項です。対応事項は担当の団体が完了まで更新します。', 'The agenda, materials, minutes, decisions and action items of the meetings of the prefecture and its municipalities. Each owner updates its action items until they are done.')}</p>
      <Show when={isPrefecture()}>
        <p><A href="/admin/meetings" class="button">{tr('会議を登録', 'Record a meeting')}</A></p>
      </Show>
      <div class="filters"><YearSelect years={years} value={fiscalYear()} onChange={setFiscalYear} /></div>
      <QueryError error={meetings.error} />
      <Show when={meetings.data} fallback={<Loading what={tr('会議', 'meetings')} />}>
        <Show when={meetings.data!.length > 0} fallback={<p>{tr(`${fiscalYearLabel(fiscalYear())}の会議はまだ登録されていません。`, `No meeting is recorded for ${fiscalYearLabel(fiscalYear())} yet.`)}</p>}>
          <ul class="meeting-list">
            <For each={meetings.data}>
              {(m) => (
                <li>
                  <A href={`/meetings/${m.id}`}>{m.title}</A>
                  <span class="meeting-meta">
                    {dayLabel(m.date)}
                    {m.place ? `・${m.place}` : ''}
                    {m.decisions.length > 0 ? tr(`・決定事項 ${m.decisions.length}件`, ` · ${m.decisions.length} decisions`) : ''}
                    {m.minutesPublic ? tr('・議事録公開', ' · minutes public') : ''}
                  </span>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </Show>
    </>
  );
}
