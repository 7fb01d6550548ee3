import { createSignal, For, Index, Show } from 'solid-js';
import { ACTION_STATUSES, mayChangeStatus, type ActionItem, type ActionStatus } from '../../../../shared/meetings/action-item';
import type { Organisation } from '../../../../shared/org/organisation';
import type { MeResponse } from '../../../../shared/api/auth';
import { tr } from '../../app/lang';
import { QueryError } from '../../ui/QueryError';
import { dayLabel, ownerLabel, statusLabel } from './labels';
import { createChangeStatus } from './queries';

/** The owner (or the prefecture) moves one item along: status and a note, guarded by the version it read. */
function StatusForm(props: { item: ActionItem }) {
  const [status, setStatus] = createSignal<ActionStatus>(props.item.status);
  const [note, setNote] = createSignal(props.item.note);
  const [saved, setSaved] = createSignal('');
  const change = createChangeStatus();
  const id = () => `status-${props.item.id}`;
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    setSaved('');
    change.mutate(
      { meetingId: props.item.meetingId, itemId: props.item.id, body: { version: props.item.version, status: status(), note: note() } },
      { onSuccess: (next) => setSaved(tr(`「${statusLabel(next.status)}」にしました。`, `Now “${statusLabel(next.status)}”.`)) },
    );
  };
  return (
    <form class="status-form" onSubmit={submit} aria-label={tr(`対応事項「${props.item.text}」の状況`, `Status of “${props.item.text}”`)}>
      <div class="field">
        <label for={id()}>{tr('状況', 'Status')}</label>
        <select id={id()} value={status()} onChange={(e) => setStatus(e.currentTarget.value as ActionStatus)}>
          <For each={ACTION_STATUSES}>{(s) => <option value={s}>{statusLabel(s)}</option>}</For>
        </select>
      </div>
      <div class="field">
        <label for={`${id()}-note`}>{tr('メモ', 'Note')}</label>
        <textarea id={`${id()}-note`} maxLength={1000} value={note()} onInput={(e) => setNote(e.currentTarget.value)} />
      </div>
      <button type="submit" disabled={change.isPending}>{change.isPending ? tr('保存しています…', 'Saving…') : tr('状況を更新', 'Update status')}</button>
      <p role="status">{saved()}</p>
      <QueryError error={change.error} />
    </form>
  );
}

/** A meeting's action items: owner, deadline in 令和, status; the owner and the prefecture change the status. */
export function ActionItems(props: { items: readonly ActionItem[]; me: MeResponse | undefined; organisations?: readonly Organisation[] }) {
  const mayChange = (item: ActionItem) => Boolean(props.me && mayChangeStatus(props.me, item));
  return (
    <Show when={props.items.length > 0} fallback={<p>{tr('対応事項はありません。', 'No action items.')}</p>}>
      {/* Cards rather than a table: on a phone each item keeps its status form in view. */}
      <ul class="action-items">
        {/* By position, not by object: a refetch after a save keeps each item's form and its message. */}
        <Index each={props.items}>
          {(item) => (
            <li id={`item-${item().id}`} class="action-item">
              <p class="action-text">{item().text}</p>
              <dl>
                <div><dt>{tr('担当', 'Owner')}</dt><dd>{ownerLabel(item().owner, props.organisations)}</dd></div>
                <div><dt>{tr('期限', 'Deadline')}</dt><dd>{dayLabel(item().deadline)}</dd></div>
                <div><dt>{tr('状況', 'Status')}</dt><dd><strong>{statusLabel(item().status)}</strong></dd></div>
              </dl>
              <Show when={mayChange(item())} fallback={<Show when={item().note}><p class="meeting-meta">{tr('メモ: ', 'Note: ')}{item().note}</p></Show>}>
                <StatusForm item={item()} />
              </Show>
            </li>
          )}
        </Index>
      </ul>
    </Show>
  );
}
