import { createSignal, For, Match, Show, Switch } from 'solid-js';
import { createStore } from 'solid-js/store';
import type { ReportView } from '../../../../shared/api/joint-projects';
import type { JointProject, ReportField } from '../../../../shared/joint-projects/definition';
import type { ReportValues } from '../../../../shared/joint-projects/report-values';
import { ApiError } from '../../app/api';
import { QueryError } from '../../ui/QueryError';
import { createReportTransition, createSaveReport, type ReportRef } from './queries';
import { pick, pickIf, tr } from '../../app/lang';

const toText = (v: ReportValues[string] | undefined) => (v === null || v === undefined ? '' : String(v));

/** Numbers as typed (full-width digits and commas too); anything else goes as text for the server to explain. */
function fromText(field: ReportField, text: string): ReportValues[string] {
  const t = text.trim();
  if (t === '') return null;
  if (field.type !== 'number') return t;
  const n = Number(t.normalize('NFKC').replace(/,/g, ''));
  return Number.isFinite(n) ? n : t;
}

/**
 * 報告の入力: the project's form, saved as a draft or submitted. Submitting
 * saves first, so what is submitted is exactly what is on the screen.
 */
export function ReportForm(props: { reportRef: ReportRef; project: JointProject; view: ReportView; onDone: (message: string) => void }) {
  const [texts, setTexts] = createStore<Record<string, string>>(
    Object.fromEntries(props.project.fields.map((f) => [f.id, toText(props.view.report?.values[f.id])])),
  );
  const save = createSaveReport();
  const transition = createReportTransition();
  const [busy, setBusy] = createSignal(false);
  const error = () => save.error ?? transition.error;
  const fieldError = (id: string) => pickIf((error() as ApiError | null)?.fields?.find((f) => f.path === `values.${id}`)?.message);
  const values = () => Object.fromEntries(props.project.fields.map((f) => [f.id, fromText(f, texts[f.id] ?? '')]));
  const canSubmit = () => props.view.allowedActions.includes('submit') || props.view.report === null || props.view.report.state === 'draft';

  const run = async (submit: boolean) => {
    setBusy(true);
    save.reset();
    transition.reset();
    try {
      const saved = await save.mutateAsync({ ...props.reportRef, version: props.view.report?.version ?? 0, values: values() });
      if (submit) {
        await transition.mutateAsync({ ...props.reportRef, action: 'submit', version: saved.version });
        props.onDone(tr('報告を提出しました。県の確認をお待ちください。', 'The report is submitted. The prefecture will review it.'));
      } else props.onDone(tr('下書きを保存しました。', 'The draft is saved.'));
    } catch {
      // shown by QueryError and the field messages below
    } finally {
      setBusy(false);
    }
  };
  const onSubmit = (e: SubmitEvent) => {
    e.preventDefault();
    void run((e.submitter as HTMLButtonElement | null)?.value === 'submit');
  };

  return (
    <form onSubmit={onSubmit} aria-labelledby="form-heading" novalidate>
      <h2 id="form-heading">{tr('報告の入力', 'Your report')}</h2>
      <QueryError error={error()} />
      <For each={props.project.fields}>
        {(field) => {
          const id = `field-${field.id}`;
          const label = (
            <label for={id}>
              <span lang="ja">{field.label}{field.type === 'number' && field.unit ? `（${field.unit}）` : ''}</span>
              {field.required ? <span class="required">{tr('必須', 'Required')}</span> : ''}
            </label>
          );
          const common = {
            id,
            'aria-invalid': fieldError(field.id) ? ('true' as const) : undefined,
            'aria-describedby': `${id}-error`,
            'aria-required': field.required ? ('true' as const) : undefined,
          };
          return (
            <div class="field">
              {label}
              <Switch>
                <Match when={field.type === 'status' && field}>
                  {(f) => (
                    <select {...common} value={texts[field.id]} onChange={(e) => setTexts(field.id, e.currentTarget.value)}>
                      <option value="">{tr('選択してください', 'Choose')}</option>
                      <For each={f().options}>{(o) => <option value={o}>{o}</option>}</For>
                    </select>
                  )}
                </Match>
                <Match when={field.type === 'number'}>
                  <input {...common} type="text" inputmode="decimal" class="number" value={texts[field.id]} onInput={(e) => setTexts(field.id, e.currentTarget.value)} />
                </Match>
                <Match when={field.type === 'text' && field}>
                  {(f) => (
                    <>
                      <textarea {...common} maxLength={f().maxLength} value={texts[field.id]} onInput={(e) => setTexts(field.id, e.currentTarget.value)} />
                      <p class="help">{(texts[field.id] ?? '').length} / {f().maxLength}{tr('文字', ' characters')}</p>
                    </>
                  )}
                </Match>
              </Switch>
              <Show when={fieldError(field.id)}>{(m) => <p id={`${id}-error`} class="field-error">{m()}</p>}</Show>
            </div>
          );
        }}
      </For>
      <div class="actions">
        <button type="submit" value="save" class="secondary" disabled={busy()}>{busy() ? tr('処理しています…', 'Working…') : tr('下書き保存', 'Save draft')}</button>
        <Show when={canSubmit()}>
          <button type="submit" value="submit" disabled={busy()}>{tr('提出する', 'Submit')}</button>
        </Show>
      </div>
    </form>
  );
}
