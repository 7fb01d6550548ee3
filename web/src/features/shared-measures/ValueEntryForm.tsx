import { createSignal, For, Show } from 'solid-js';
import { Dynamic } from 'solid-js/web';
import type { Comparison } from '../../../../shared/api/shared-measures';
import { periodLabel } from '../../../../shared/shared-measures/periods';
import { ApiError } from '../../app/api';
import { QueryError } from '../../ui/QueryError';
import { VALUE_INPUTS, type EnteredValue } from './value-inputs';
import { createSaveValue } from './queries';
import { lang, pickIf, tr } from '../../app/lang';

/**
 * 値の報告: municipal staff report their own municipality's value; prefecture
 * staff choose any municipality (the value is marked as entered by the prefecture).
 */
export function ValueEntryForm(props: { comparison: Comparison; ownOrgCode?: string }) {
  const measure = () => props.comparison.measure;
  const [orgCode, setOrgCode] = createSignal(props.ownOrgCode ?? props.comparison.rows[0]!.orgCode);
  const row = () => props.comparison.rows.find((r) => r.orgCode === orgCode());
  const input = () => VALUE_INPUTS[measure().valueType];
  const [value, setValue] = createSignal<EnteredValue>(input().initial(row()?.value));
  const [note, setNote] = createSignal('');
  const [source, setSource] = createSignal('');
  const [done, setDone] = createSignal('');
  const report = createSaveValue();
  const fieldError = (path: string) => pickIf((report.error as ApiError | null)?.fields.find((f) => f.path.startsWith(path))?.message);

  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    setDone('');
    report.mutate(
      { measureId: measure().id, period: props.comparison.period, orgCode: orgCode(), body: { version: row()?.version ?? 0, value: value(), note: note() || undefined, source: source() || undefined } },
      { onSuccess: () => setDone(tr(`${row()?.name}の${periodLabel(measure().period, props.comparison.period)}の値を保存しました。`, `Saved the value of ${row()?.name} for ${periodLabel(measure().period, props.comparison.period, 'en')}.`)) },
    );
  };
  return (
    <form onSubmit={submit} aria-labelledby="report-heading">
      <h2 id="report-heading">{tr('値の報告', 'Report a value')}（{periodLabel(measure().period, props.comparison.period, lang())}）</h2>
      <p role="status">{done()}</p>
      <QueryError error={report.error} />
      <Show when={!props.ownOrgCode} fallback={<p>{tr('報告する団体: ', 'Reporting for: ')}{row()?.name}</p>}>
        <div class="field">
          <label for="report-org">{tr('市町村', 'Municipality')}</label>
          <select id="report-org" value={orgCode()} onChange={(e) => setOrgCode(e.currentTarget.value)}>
            <For each={props.comparison.rows}>{(r) => <option value={r.orgCode}>{r.name}</option>}</For>
          </select>
        </div>
      </Show>
      <Dynamic component={input().Input} measure={measure()} value={value()} onChange={setValue} error={fieldError('value')} />
      <div class="field"><label for="report-note">{tr('備考', 'Note')}</label><input id="report-note" value={note()} onInput={(e) => setNote(e.currentTarget.value)} /></div>
      <div class="field"><label for="report-source">{tr('出典', 'Source')}</label><input id="report-source" value={source()} onInput={(e) => setSource(e.currentTarget.value)} /></div>
      <button type="submit" disabled={report.isPending}>{report.isPending ? tr('保存しています…', 'Saving…') : tr('報告する', 'Report')}</button>
    </form>
  );
}
