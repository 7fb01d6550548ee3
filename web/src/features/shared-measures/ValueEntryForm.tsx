import { createEffect, createSignal, For, on, Show } from 'solid-js';
import { Dynamic } from 'solid-js/web';
import type { Comparison } from '../../../../shared/api/shared-measures';
import { periodLabel } from '../../../../shared/shared-measures/periods';
import { ApiError } from '../../app/api';
import { QueryError } from '../../ui/QueryError';
import { VALUE_INPUTS, type EnteredValue } from './value-inputs';
import { createSaveValue } from './queries';
import { ReviewState } from './ReviewState';
import { lang, pick, pickIf, tr } from '../../app/lang';
import { orgLabel } from '../../app/org-names';

/**
 * 値の報告: municipal staff report their own municipality's value; prefecture
 * staff choose any municipality (the value is marked as entered by the prefecture).
 * A value that trips a plausibility warning is refused until it carries a note
 * explaining it (400 note_required); the reviewer then sees the warning and the note.
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
  let noteField!: HTMLInputElement;
  const apiError = () => (report.error instanceof ApiError ? report.error : undefined);
  const fieldError = (path: string) => pickIf(apiError()?.fields.find((f) => f.path.startsWith(path))?.message);
  const noteRequired = () => apiError()?.code === 'note_required';
  // The warnings the server found: each one listed, and the note field ready for the explanation.
  const warnings = () => (noteRequired() ? apiError()!.fields : []);
  createEffect(on(noteRequired, (required) => required && noteField.focus(), { defer: true }));

  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    setDone('');
    const saved = tr(`${row()?.name}の${periodLabel(measure().period, props.comparison.period)}の値を保存しました。`, `Saved the value of ${orgLabel(row()?.orgCode ?? '', row()?.name)} for ${periodLabel(measure().period, props.comparison.period, 'en')}.`);
    const review = props.ownOrgCode ? tr('県の確認後に公開されます。', 'It is published once the prefecture confirms it.') : '';
    report.mutate(
      { measureId: measure().id, period: props.comparison.period, orgCode: orgCode(), body: { version: row()?.version ?? 0, value: value(), note: note() || undefined, source: source() || undefined } },
      { onSuccess: () => setDone(`${saved}${review}`) },
    );
  };
  return (
    <form onSubmit={submit} aria-labelledby="report-heading">
      <h2 id="report-heading">{tr('値の報告', 'Report a value')}{tr('（', ' (')}{periodLabel(measure().period, props.comparison.period, lang())}{tr('）', ')')}</h2>
      <p role="status">{done()}</p>
      <QueryError error={report.error} />
      <Show when={noteRequired()}>
        <div class="notice warning">
          <p id="report-warnings-heading"><strong>{tr('確認が必要な点があります。値が正しければ、理由を備考に書いてから、もう一度報告してください。', 'Please check the following. If the value is right, explain it in the note and report it again.')}</strong></p>
          <Show when={warnings().length > 0}><ul><For each={warnings()}>{(w) => <li>{pick(w.message)}</li>}</For></ul></Show>
        </div>
      </Show>
      <Show when={!props.ownOrgCode} fallback={<p>{tr('報告する団体: ', 'Reporting for: ')}{orgLabel(row()?.orgCode ?? '', row()?.name)}</p>}>
        <div class="field">
          <label for="report-org">{tr('市町村', 'Municipality')}</label>
          <select id="report-org" value={orgCode()} onChange={(e) => setOrgCode(e.currentTarget.value)}>
            <For each={props.comparison.rows}>{(r) => <option value={r.orgCode}>{orgLabel(r.orgCode, r.name)}</option>}</For>
          </select>
        </div>
      </Show>
      <Show when={row()}>{(r) => <ReviewState measureId={measure().id} period={props.comparison.period} row={r()} />}</Show>
      <Dynamic component={input().Input} measure={measure()} value={value()} onChange={setValue} error={noteRequired() ? undefined : fieldError('value')} />
      <div class="field">
        <label for="report-note">{tr('備考', 'Note')}<Show when={noteRequired()}><span class="required">{tr('必須', 'Required')}</span></Show></label>
        <input id="report-note" ref={noteField} value={note()} onInput={(e) => setNote(e.currentTarget.value)}
          aria-invalid={noteRequired() && note().trim() === '' ? 'true' : undefined} aria-describedby={noteRequired() ? 'report-warnings-heading' : undefined} />
      </div>
      <div class="field"><label for="report-source">{tr('出典', 'Source')}</label><input id="report-source" value={source()} onInput={(e) => setSource(e.currentTarget.value)} /></div>
      <button type="submit" disabled={report.isPending}>{report.isPending ? tr('保存しています…', 'Saving…') : tr('報告する', 'Report')}</button>
    </form>
  );
}
