import { createSignal, For, Show } from 'solid-js';
import type { Comparison } from '../../../../shared/api/shared-measures';
import { periodLabel } from '../../../../shared/shared-measures/periods';
import { QueryError } from '../../ui/QueryError';
import { lang, tr } from '../../app/lang';
import { orgLabel } from '../../app/org-names';
import { createRemoveValue } from './queries';

/**
 * 誤った値の削除 (administrators): a value reported for the wrong municipality
 * or period is removed with a reason, which the value's history keeps.
 */
export function RemoveValueForm(props: { comparison: Comparison }) {
  const reported = () => props.comparison.rows.filter((r) => r.version > 0);
  const [orgCode, setOrgCode] = createSignal('');
  const [reason, setReason] = createSignal('');
  const [done, setDone] = createSignal('');
  const remove = createRemoveValue();
  const row = () => reported().find((r) => r.orgCode === orgCode()) ?? reported()[0];
  const period = () => periodLabel(props.comparison.measure.period, props.comparison.period, lang());
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    const target = row();
    if (!target) return;
    setDone('');
    remove.mutate(
      { measureId: props.comparison.measure.id, period: props.comparison.period, orgCode: target.orgCode, body: { version: target.version, reason: reason() } },
      {
        onSuccess: () => {
          setReason('');
          setDone(tr(`${target.name}の${period()}の値を削除しました。`, `Removed the value of ${orgLabel(target.orgCode, target.name)} for ${period()}.`));
        },
      },
    );
  };
  return (
    <Show when={reported().length > 0}>
      <form onSubmit={submit} aria-labelledby="remove-heading">
        <h2 id="remove-heading">{tr('誤った値の削除', 'Remove a wrong value')}{tr('（', ' (')}{period()}{tr('）', ')')}</h2>
        <p>{tr('削除は変更履歴に理由とともに記録されます。', 'The removal is recorded in the value’s history with the reason.')}</p>
        <p role="status">{done()}</p>
        <QueryError error={remove.error} />
        <div class="field">
          <label for="remove-org">{tr('市町村', 'Municipality')}</label>
          <select id="remove-org" value={row()?.orgCode} onChange={(e) => setOrgCode(e.currentTarget.value)}>
            <For each={reported()}>{(r) => <option value={r.orgCode}>{orgLabel(r.orgCode, r.name)}</option>}</For>
          </select>
        </div>
        <div class="field">
          <label for="remove-reason">{tr('削除の理由（必須）', 'Reason (required)')}</label>
          <input id="remove-reason" required maxLength={1000} value={reason()} onInput={(e) => setReason(e.currentTarget.value)} />
        </div>
        <button type="submit" class="secondary" disabled={remove.isPending}>{remove.isPending ? tr('削除しています…', 'Removing…') : tr('この値を削除する', 'Remove this value')}</button>
      </form>
    </Show>
  );
}
