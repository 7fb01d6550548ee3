import { createSignal, For, Show } from 'solid-js';
import type { ConsultationView } from '../../../../shared/consultations/consultation';
import type { ConsultationStatus } from '../../../../shared/consultations/labels';
import { tr } from '../../app/lang';
import { QueryError } from '../../ui/QueryError';
import { statusLabel } from './labels';
import { createUpdate } from './queries';

const STATUS_ACTIONS: { action: string; status: ConsultationStatus }[] = [
  { action: 'set_in_progress', status: 'in_progress' },
  { action: 'set_answered', status: 'answered' },
  { action: 'resolve', status: 'resolved' },
];

/**
 * The status control: the prefecture moves a consultation as the rules allow (shared/consultations/workflow.ts) and
 * marks it a 技術相談; the asking municipality marks it resolved.
 */
export function DeskActions(props: { view: ConsultationView; prefecture: boolean; onDone: (text: string) => void }) {
  const update = createUpdate();
  const c = () => props.view.consultation;
  const allowed = () => STATUS_ACTIONS.filter((a) => props.view.allowedActions.includes(a.action as never));
  const [next, setNext] = createSignal<ConsultationStatus | ''>('');
  const change = (status: ConsultationStatus) =>
    update.mutate({ id: c().id, version: c().version, status }, { onSuccess: () => props.onDone(tr(`状態を「${statusLabel(status)}」にしました。`, `Status set to ${statusLabel(status)}.`)) });
  return (
    <Show when={props.prefecture || props.view.allowedActions.includes('resolve')}>
    <section aria-labelledby="actions-heading">
      <h2 id="actions-heading">{tr('状態の変更', 'Status')}</h2>
      <QueryError error={update.error} />
      <div class="desk-actions">
        <Show
          when={props.prefecture}
          fallback={
            <Show when={props.view.allowedActions.includes('resolve')}>
              <button type="button" onClick={() => change('resolved')} disabled={update.isPending}>{tr('解決にする', 'Mark resolved')}</button>
            </Show>
          }
        >
          <Show when={allowed().length > 0}>
            <div class="field">
              <label for="next-status">{tr('新しい状態', 'New status')}</label>
              <select id="next-status" value={next()} onChange={(e) => setNext(e.currentTarget.value as ConsultationStatus)}>
                <option value="">{tr('選択してください', 'Choose')}</option>
                <For each={allowed()}>{(a) => <option value={a.status}>{statusLabel(a.status)}</option>}</For>
              </select>
            </div>
            <button type="button" class="secondary" disabled={!next() || update.isPending} onClick={() => next() && change(next() as ConsultationStatus)}>{tr('変更する', 'Change')}</button>
          </Show>
          <div class="field">
            <label>
              <input type="checkbox" checked={c().technical} disabled={update.isPending}
                onChange={(e) => update.mutate({ id: c().id, version: c().version, technical: e.currentTarget.checked }, { onSuccess: (u) => props.onDone(u.technical ? tr('技術相談として数えます。', 'Counted as a technical consultation.') : tr('技術相談から外しました。', 'No longer counted as technical.')) })} />
              {' '}{tr('技術相談として数える（21-2 ② 技術相談利用件数）', 'Count as a technical consultation (21-2 ②)')}
            </label>
          </div>
        </Show>
      </div>
    </section>
    </Show>
  );
}
