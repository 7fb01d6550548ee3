import { createSignal, For, Index, Show } from 'solid-js';
import type { AgendaItem, Decision, Meeting, MeetingInput } from '../../../../shared/meetings/meeting';
import { ApiError } from '../../app/api';
import { pickIf, tr } from '../../app/lang';
import { QueryError } from '../../ui/QueryError';
import { createSaveMeeting } from './queries';

const newId = (prefix: string) => `${prefix}${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;

/** A meeting's own fields: title, date, place, agenda, decisions, minutes and whether the minutes are public. */
export function MeetingForm(props: { meeting?: Meeting; onSaved: (meeting: Meeting) => void }) {
  const m = props.meeting;
  const [id, setId] = createSignal(m?.id ?? '');
  const [title, setTitle] = createSignal(m?.title ?? '');
  const [date, setDate] = createSignal(m?.date ?? '');
  const [place, setPlace] = createSignal(m?.place ?? '');
  const [online, setOnline] = createSignal(m?.online ?? false);
  const [agenda, setAgenda] = createSignal<AgendaItem[]>(m?.agenda ?? []);
  const [decisions, setDecisions] = createSignal<Decision[]>(m?.decisions ?? []);
  const [minutes, setMinutes] = createSignal(m?.minutes ?? '');
  const [minutesPublic, setMinutesPublic] = createSignal(m?.minutesPublic ?? false);
  const save = createSaveMeeting();
  const fieldError = (path: string) => pickIf((save.error as ApiError | null)?.fields.find((f) => f.path === path || f.path.startsWith(`${path}.`) || f.path === `meeting.${path}` || f.path.startsWith(`meeting.${path}.`))?.message);
  const idProblem = () => fieldError('meetingId');
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    const meeting: MeetingInput = { title: title(), date: date(), place: place(), online: online(), agenda: agenda(), decisions: decisions(), minutes: minutes(), minutesPublic: minutesPublic() };
    save.mutate({ meetingId: id().trim(), body: { version: m?.version ?? 0, meeting } }, { onSuccess: props.onSaved });
  };
  const setAgendaAt = (i: number, patch: Partial<AgendaItem>) => setAgenda(agenda().map((a, j) => (j === i ? { ...a, ...patch } : a)));
  const setDecisionAt = (i: number, text: string) => setDecisions(decisions().map((d, j) => (j === i ? { ...d, text } : d)));
  const error = (path: string) => (
    <Show when={fieldError(path)}>{(msg) => <p id={`meeting-${path}-error`} class="field-error">{msg()}</p>}</Show>
  );
  return (
    <form class="meeting-form" onSubmit={submit} aria-labelledby="meeting-form-heading">
      <h2 id="meeting-form-heading">{m ? tr('会議の内容', 'The meeting') : tr('新しい会議', 'A new meeting')}</h2>
      <QueryError error={save.error} />
      <Show when={!m}>
        <div class="field">
          <label for="meeting-id">{tr('会議ID（英小文字・数字・ハイフン、例: m-2026-2）', 'Meeting id (lower-case letters, digits, hyphens; e.g. m-2026-2)')}</label>
          <input id="meeting-id" required pattern="[a-z0-9][a-z0-9\-]{1,62}" value={id()} onInput={(e) => setId(e.currentTarget.value)} aria-invalid={idProblem() ? 'true' : undefined} />
          <Show when={idProblem()}>{(msg) => <p class="field-error">{msg()}</p>}</Show>
        </div>
      </Show>
      <div class="field">
        <label for="meeting-title">{tr('会議名', 'Title')}</label>
        <input id="meeting-title" required maxLength={200} value={title()} onInput={(e) => setTitle(e.currentTarget.value)} aria-invalid={fieldError('title') ? 'true' : undefined} aria-describedby="meeting-title-error" />
        {error('title')}
      </div>
      <div class="field">
        <label for="meeting-date">{tr('開催日', 'Date')}</label>
        <input id="meeting-date" type="date" required value={date()} onInput={(e) => setDate(e.currentTarget.value)} aria-invalid={fieldError('date') ? 'true' : undefined} aria-describedby="meeting-date-error" />
        {error('date')}
      </div>
      <div class="field">
        <label for="meeting-place">{tr('場所', 'Place')}</label>
        <input id="meeting-place" maxLength={200} value={place()} onInput={(e) => setPlace(e.currentTarget.value)} />
      </div>
      <label><input type="checkbox" checked={online()} onChange={(e) => setOnline(e.currentTarget.checked)} /> {tr('オンライン参加可', 'Online participation')}</label>

      <fieldset>
        <legend>{tr('議題', 'Agenda')}</legend>
        <div class="editor-rows">
          <Index each={agenda()}>
            {(a, i) => (
              <div class="editor-row">
                <div class="field">
                  <label for={`agenda-${i}-title`}>{tr(`議題 ${i + 1}`, `Item ${i + 1}`)}</label>
                  <input id={`agenda-${i}-title`} required maxLength={200} value={a().title} onInput={(e) => setAgendaAt(i, { title: e.currentTarget.value })} />
                </div>
                <div class="field">
                  <label for={`agenda-${i}-presenter`}>{tr('説明者', 'Presenter')}</label>
                  <input id={`agenda-${i}-presenter`} maxLength={100} value={a().presenter} onInput={(e) => setAgendaAt(i, { presenter: e.currentTarget.value })} />
                </div>
                <button type="button" class="secondary" onClick={() => setAgenda(agenda().filter((_, j) => j !== i))}>{tr(`議題 ${i + 1} を削除`, `Remove item ${i + 1}`)}</button>
              </div>
            )}
          </Index>
        </div>
        <button type="button" class="secondary" onClick={() => setAgenda([...agenda(), { title: '', presenter: '' }])}>{tr('議題を追加', 'Add an agenda item')}</button>
      </fieldset>

      <fieldset>
        <legend>{tr('決定事項', 'Decisions')}</legend>
        <div class="editor-rows">
          <For each={decisions()}>
            {(d, i) => (
              <div class="editor-row">
                <div class="field">
                  <label for={`decision-${d.id}`}>{tr(`決定事項 ${i() + 1}`, `Decision ${i() + 1}`)}</label>
                  <textarea id={`decision-${d.id}`} required maxLength={1000} value={d.text} onInput={(e) => setDecisionAt(i(), e.currentTarget.value)} />
                </div>
                <button type="button" class="secondary" onClick={() => setDecisions(decisions().filter((x) => x.id !== d.id))}>{tr(`決定事項 ${i() + 1} を削除`, `Remove decision ${i() + 1}`)}</button>
              </div>
            )}
          </For>
        </div>
        <button type="button" class="secondary" onClick={() => setDecisions([...decisions(), { id: newId('d'), text: '' }])}>{tr('決定事項を追加', 'Add a decision')}</button>
      </fieldset>

      <div class="field">
        <label for="meeting-minutes">{tr('議事録', 'Minutes')}</label>
        <textarea id="meeting-minutes" rows={10} maxLength={50000} value={minutes()} onInput={(e) => setMinutes(e.currentTarget.value)} />
      </div>
      <label><input type="checkbox" checked={minutesPublic()} onChange={(e) => setMinutesPublic(e.currentTarget.checked)} /> {tr('議事録を公開する（サインインせずに、会議名・開催日・議題・議事録を閲覧できます）', 'Make the minutes public (title, date, agenda and minutes readable without signing in)')}</label>
      <p><button type="submit" disabled={save.isPending}>{save.isPending ? tr('保存しています…', 'Saving…') : tr('会議を保存', 'Save the meeting')}</button></p>
    </form>
  );
}
