import { createSignal, For, Show } from 'solid-js';
import { ACTION_STATUSES, PREFECTURE_OWNER, type ActionItem, type ActionStatus } from '../../../../shared/meetings/action-item';
import type { Organisation } from '../../../../shared/org/organisation';
import { ApiError } from '../../app/api';
import { pickIf, tr } from '../../app/lang';
import { orgLabel } from '../../app/org-names';
import { QueryError } from '../../ui/QueryError';
import { statusLabel } from './labels';
import { createSaveActionItem } from './queries';

/**
 * One action item in the editor: what, who (県 or one municipality), by when, and its status. A new item (no
 * `item`) gets an id of its own; a municipality that becomes the owner is notified by the API.
 */
export function ActionItemEditor(props: { meetingId: string; item?: ActionItem; organisations: readonly Organisation[]; onSaved?: () => void }) {
  const key = props.item?.id ?? 'new';
  const [text, setText] = createSignal(props.item?.text ?? '');
  const [owner, setOwner] = createSignal(props.item?.owner ?? PREFECTURE_OWNER);
  const [deadline, setDeadline] = createSignal(props.item?.deadline ?? '');
  const [status, setStatus] = createSignal<ActionStatus>(props.item?.status ?? 'open');
  const [saved, setSaved] = createSignal('');
  const save = createSaveActionItem();
  const municipalities = () => props.organisations.filter((o) => o.kind !== 'prefecture');
  const fieldError = (path: string) => pickIf((save.error as ApiError | null)?.fields.find((f) => f.path === path)?.message);
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    setSaved('');
    const itemId = props.item?.id ?? `a-${Date.now().toString(36)}`;
    save.mutate(
      { meetingId: props.meetingId, itemId, body: { version: props.item?.version ?? 0, text: text(), owner: owner(), deadline: deadline(), status: status(), note: props.item?.note ?? '' } },
      {
        onSuccess: () => {
          setSaved(props.item ? tr('対応事項を保存しました。', 'Action item saved.') : tr('対応事項を追加しました。', 'Action item added.'));
          if (!props.item) {
            setText('');
            setDeadline('');
          }
          props.onSaved?.();
        },
      },
    );
  };
  const id = (field: string) => `item-${key}-${field}`;
  return (
    <form class="editor-row" onSubmit={submit} aria-label={props.item ? tr(`対応事項「${props.item.text}」`, `Action item “${props.item.text}”`) : tr('対応事項の追加', 'Add an action item')}>
      <div class="field">
        <label for={id('text')}>{tr('対応事項', 'Action item')}</label>
        <textarea id={id('text')} required maxLength={1000} value={text()} onInput={(e) => setText(e.currentTarget.value)} aria-invalid={fieldError('text') ? 'true' : undefined} />
        <Show when={fieldError('text')}>{(m) => <p class="field-error">{m()}</p>}</Show>
      </div>
      <div class="field">
        <label for={id('owner')}>{tr('担当', 'Owner')}</label>
        <select id={id('owner')} value={owner()} onChange={(e) => setOwner(e.currentTarget.value)}>
          <option value={PREFECTURE_OWNER}>{tr('県', 'Prefecture')}</option>
          <For each={municipalities()}>{(m) => <option value={m.code}>{orgLabel(m.code, m.name)}</option>}</For>
        </select>
        <Show when={fieldError('owner')}>{(m) => <p class="field-error">{m()}</p>}</Show>
      </div>
      <div class="field">
        <label for={id('deadline')}>{tr('期限', 'Deadline')}</label>
        <input id={id('deadline')} type="date" required value={deadline()} onInput={(e) => setDeadline(e.currentTarget.value)} aria-invalid={fieldError('deadline') ? 'true' : undefined} />
        <Show when={fieldError('deadline')}>{(m) => <p class="field-error">{m()}</p>}</Show>
      </div>
      <div class="field">
        <label for={id('status')}>{tr('状況', 'Status')}</label>
        <select id={id('status')} value={status()} onChange={(e) => setStatus(e.currentTarget.value as ActionStatus)}>
          <For each={ACTION_STATUSES}>{(s) => <option value={s}>{statusLabel(s)}</option>}</For>
        </select>
      </div>
      <button type="submit" disabled={save.isPending}>{props.item ? tr('保存', 'Save') : tr('対応事項を追加', 'Add the action item')}</button>
      <p role="status">{saved()}</p>
      <QueryError error={save.error} />
    </form>
  );
}
