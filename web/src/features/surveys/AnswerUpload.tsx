import { useQueryClient } from '@tanstack/solid-query';
import { createSignal, For, Match, Show, Switch } from 'solid-js';
import type { SurveyAnswer } from '../../../../shared/surveys/answers';
import type { Survey } from '../../../../shared/surveys/definition';
import type { AnswerImportResult } from '../../../../shared/surveys/form-file';
import { ApiError, downloadFile } from '../../app/api';
import { pick, tr } from '../../app/lang';
import { surveyKeys, taskKeys } from '../../app/query-keys';
import { QueryError } from '../../ui/QueryError';
import { formFileName } from './labels';
import { importAnswer, surveyFilePath } from './queries';
import { readFormFile } from './read-form';

type Phase = 'idle' | 'reading' | 'checking' | 'preview' | 'saving' | 'done';

/**
 * 「Excelで回答する」: the survey's form as XLSX (prefilled with what is saved), filled in Excel and uploaded. The
 * file is read here, checked by the API without writing (each answer before → after, problems per row), and only
 * 「この内容で保存」 writes it — as a draft, or submitted. A wrong file changes nothing and stays chosen to retry.
 */
export function AnswerUpload(props: { survey: Survey; answer: SurveyAnswer; orgName: string }) {
  const client = useQueryClient();
  const [phase, setPhase] = createSignal<Phase>('idle');
  const [rows, setRows] = createSignal<Record<string, string>[]>();
  const [result, setResult] = createSignal<AnswerImportResult>();
  const [error, setError] = createSignal<unknown>();
  const [downloading, setDownloading] = createSignal(false);
  const [submitted, setSubmitted] = createSignal(false);
  let input!: HTMLInputElement;
  const busy = () => phase() === 'reading' || phase() === 'checking' || phase() === 'saving';

  const download = async () => {
    setDownloading(true);
    setError(undefined);
    try {
      await downloadFile(surveyFilePath(props.survey.id, 'form.xlsx', props.answer.orgCode), formFileName(props.survey.title, props.orgName));
    } catch (e) {
      setError(e);
    } finally {
      setDownloading(false);
    }
  };

  const reset = () => {
    setPhase('idle');
    setRows(undefined);
    setResult(undefined);
    setError(undefined);
  };

  const check = async (e: SubmitEvent) => {
    e.preventDefault();
    reset();
    const file = input.files?.[0];
    if (!file) return setError(new ApiError(400, 'file', { ja: 'ファイルを選んでください。', en: 'Choose a file.' }));
    if (!file.name.toLowerCase().endsWith('.xlsx')) {
      return setError(new ApiError(400, 'file', { ja: '取り込めるのは Excel（.xlsx）のファイルです。', en: 'Upload an Excel (.xlsx) file.' }));
    }
    try {
      setPhase('reading');
      const read = await readFormFile(file);
      if (!read.ok) throw new ApiError(400, 'file', read.message);
      setRows(read.rows);
      setPhase('checking');
      setResult(await importAnswer(props.survey.id, props.answer.orgCode, { rows: read.rows, dryRun: true }));
      setPhase('preview');
      queueMicrotask(() => document.getElementById('answer-import-heading')?.focus());
    } catch (err) {
      setPhase('idle');
      setError(err);
    }
  };

  const confirm = async (submit: boolean) => {
    const body = rows();
    if (!body) return;
    setError(undefined);
    setPhase('saving');
    try {
      const saved = await importAnswer(props.survey.id, props.answer.orgCode, { rows: body, dryRun: false, version: props.answer.version, submit });
      setSubmitted(saved.status === 'submitted');
      setResult(undefined);
      setPhase('done');
      await client.invalidateQueries({ queryKey: surveyKeys.survey(props.survey.id) });
      await client.invalidateQueries({ queryKey: surveyKeys.list({}) });
      await client.invalidateQueries({ queryKey: taskKeys.mine });
    } catch (err) {
      setPhase('preview');
      setError(err);
    }
  };

  const problems = () => result()?.errors ?? (error() instanceof ApiError ? (error() as ApiError).rows : []);

  return (
    <section aria-labelledby="answer-excel-heading" class="answer-excel">
      <h2 id="answer-excel-heading">{tr('Excelで回答する', 'Answer in Excel')}</h2>
      <p>{tr('回答様式（.xlsx）をダウンロードし、「回答」列を記入して取り込みます。保存済みの回答が記入された状態でダウンロードされます。', 'Download the form (.xlsx), fill in the 回答 (answer) column and upload it. The form comes with what you have saved.')}</p>
      <button type="button" class="secondary" onClick={download} disabled={downloading()}>
        {downloading() ? tr('作成しています…', 'Preparing…') : tr('回答様式（Excel）をダウンロード', 'Download the form (Excel)')}
      </button>
      <form onSubmit={check}>
        <div class="field">
          <label for="answer-file">{tr('記入した回答様式（.xlsx）', 'The filled-in form (.xlsx)')}</label>
          <input id="answer-file" type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" ref={input} onChange={reset} disabled={busy()} />
        </div>
        <button type="submit" disabled={busy()}>{tr('内容を確認', 'Check the file')}</button>
      </form>
      <div role="status">
        <Switch>
          <Match when={phase() === 'reading'}>{tr('ファイルを読み込んでいます…', 'Reading the file…')}</Match>
          <Match when={phase() === 'checking'}>{tr('内容を確認しています…', 'Checking the answers…')}</Match>
          <Match when={phase() === 'saving'}>{tr('保存しています…', 'Saving…')}</Match>
          <Match when={phase() === 'done'}>{submitted() ? tr('取り込んだ回答を提出しました。', 'The uploaded answer was submitted.') : tr('取り込んだ回答を下書きとして保存しました。', 'The uploaded answer was saved as a draft.')}</Match>
        </Switch>
      </div>
      <Show when={busy()}><progress aria-label={tr('処理中', 'Working')} /></Show>
      <Show when={!(error() instanceof ApiError && (error() as ApiError).rows.length > 0)}>
        <QueryError error={error()} />
      </Show>
      <Show when={problems().length > 0}>
        <div class="table-scroll" tabindex="0" role="region" aria-label={tr('ファイルの誤り', 'Problems in the file')}>
          <table>
            <caption>{tr(`ファイルの誤り（${problems().length}件）。直してから取り込み直してください。何も保存していません。`, `Problems in the file (${problems().length}). Correct them and upload again; nothing was saved.`)}</caption>
            <thead><tr><th scope="col" class="num">{tr('行', 'Row')}</th><th scope="col">{tr('列', 'Column')}</th><th scope="col">{tr('内容', 'Problem')}</th></tr></thead>
            <tbody><For each={problems()}>{(p) => <tr><td class="num">{p.row}</td><td>{p.column}</td><td>{pick(p.message)}</td></tr>}</For></tbody>
          </table>
        </div>
      </Show>
      <Show when={result()}>
        {(r) => (
          <section aria-labelledby="answer-import-heading">
            <h3 id="answer-import-heading" tabIndex={-1}>{tr('取込内容の確認', 'Check what will change')}</h3>
            <Show when={r().changes.length > 0} fallback={<p>{tr('このファイルで変わる回答はありません。', 'This file changes no answer.')}</p>}>
              <div class="table-scroll" tabindex="0" role="region" aria-label={tr('変わる回答（前 → 後）', 'Answers that change (before → after)')}>
                <table>
                  <caption>{tr(`変わる回答（前 → 後）: ${r().changes.length}件`, `Answers that change (before → after): ${r().changes.length}`)}</caption>
                  <thead><tr><th scope="col" class="num">{tr('行', 'Row')}</th><th scope="col">{tr('設問', 'Question')}</th><th scope="col">{tr('変更前', 'Before')}</th><th scope="col">{tr('変更後', 'After')}</th></tr></thead>
                  <tbody>
                    <For each={r().changes}>
                      {(c) => <tr><td class="num">{c.row}</td><th scope="row">{c.label}</th><td>{c.before || tr('（未回答）', '(empty)')}</td><td><strong>{c.after || tr('（空欄）', '(empty)')}</strong></td></tr>}
                    </For>
                  </tbody>
                </table>
              </div>
            </Show>
            <Show when={r().errors.length === 0}>
              <div class="actions">
                <button type="button" class="secondary" disabled={busy()} onClick={() => void confirm(false)}>{tr('この内容で下書き保存', 'Save as a draft')}</button>
                <button type="button" disabled={busy()} onClick={() => void confirm(true)}>{tr('この内容で提出', 'Save and submit')}</button>
                <button type="button" class="link" disabled={busy()} onClick={reset}>{tr('取りやめる', 'Cancel')}</button>
              </div>
            </Show>
          </section>
        )}
      </Show>
    </section>
  );
}
