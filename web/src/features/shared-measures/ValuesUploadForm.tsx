import { useQueryClient } from '@tanstack/solid-query';
import { createSignal, For, Match, Show, Switch } from 'solid-js';
import type { ImportRowError } from '../../../../shared/api/errors';
import type { LocalizedText } from '../../../../shared/localized';
import { ApiError, sendJson } from '../../app/api';
import { pick, tr } from '../../app/lang';
import { sharedKeys, taskKeys } from '../../app/query-keys';
import { QueryError } from '../../ui/QueryError';
import { ImportPreview, type ImportResult } from './ImportPreview';
import { createCatalogueQuery } from './queries';
import { readXlsxRows } from './read-xlsx';
import { TemplateDownload } from './TemplateDownload';

/** What the import takes (POST /api/shared-values/imports): the XLSX read here as rows, or the CSV's bytes as they are. */
type ImportSource = { rows: Record<string, string>[] } | { csvBase64: string };

type Phase = 'idle' | 'reading' | 'checking' | 'preview' | 'saving' | 'done';

const ACCEPT = '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv';

const problem = (text: LocalizedText) => new ApiError(400, 'file', text);

/**
 * The file's bytes in base64. A CSV is never read with file.text(): that decodes it as UTF-8 and turns a
 * Shift_JIS file's Japanese into U+FFFD before anyone could notice; the API decides the encoding from the bytes.
 */
async function base64Of(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

async function sourceOf(file: File): Promise<ImportSource> {
  const name = file.name.toLowerCase();
  if (name.endsWith('.csv')) return { csvBase64: await base64Of(file) };
  if (name.endsWith('.xlsx')) {
    const read = await readXlsxRows(file);
    if (!read.ok) throw problem(read.message);
    if (read.rows.length === 0) {
      throw problem({ ja: '値が記入された行がありません。「値」の列を記入してから取り込んでください。', en: 'No row has a value. Fill in the 値 (value) column and upload again.' });
    }
    return { rows: read.rows };
  }
  if (name.endsWith('.xls')) {
    throw problem({ ja: '古い形式のExcelファイル（.xls）は読み込めません。Excelで .xlsx として保存し直してください。', en: 'Old Excel files (.xls) cannot be read. Save the file as .xlsx.' });
  }
  throw problem({ ja: '取り込めるのは Excel（.xlsx）か CSV（.csv）のファイルです。', en: 'Upload an Excel (.xlsx) or CSV (.csv) file.' });
}

/**
 * ファイルで報告: the template (or any file with its columns) as XLSX or CSV. The file is checked on the server
 * first (dry run) and the person sees every value it would change, before → after, with warnings; only 「この内容で
 * 登録」 writes, all rows or none. Nothing is lost on an error: the chosen file stays chosen, to correct and retry.
 */
export function ValuesUploadForm(props: { ownOrgCode?: string }) {
  const client = useQueryClient();
  const catalogue = createCatalogueQuery();
  const [phase, setPhase] = createSignal<Phase>('idle');
  const [source, setSource] = createSignal<ImportSource>();
  const [result, setResult] = createSignal<ImportResult>();
  const [written, setWritten] = createSignal(0);
  const [error, setError] = createSignal<unknown>();
  const [rows, setRows] = createSignal<ImportRowError[]>([]);
  let input!: HTMLInputElement;
  const busy = () => phase() === 'reading' || phase() === 'checking' || phase() === 'saving';

  const fail = (err: unknown) => {
    if (err instanceof ApiError) setRows(err.rows);
    setError(err);
  };
  const reset = () => {
    setPhase('idle');
    setSource(undefined);
    setResult(undefined);
    setError(undefined);
    setRows([]);
  };

  const check = async (e: SubmitEvent) => {
    e.preventDefault();
    reset();
    const file = input.files?.[0];
    if (!file) return fail(problem({ ja: 'ファイルを選んでください。', en: 'Choose a file.' }));
    try {
      setPhase('reading');
      const body = await sourceOf(file);
      setSource(body);
      setPhase('checking');
      setResult(await sendJson<ImportResult>('POST', '/api/shared-values/imports', { ...body, dryRun: true }));
      setPhase('preview');
      // The preview appears below the form: take keyboard and screen-reader users to it.
      queueMicrotask(() => document.getElementById('import-preview-heading')?.focus());
    } catch (err) {
      setPhase('idle');
      fail(err);
    }
  };

  const confirm = async () => {
    const body = source();
    if (!body) return;
    setError(undefined);
    setRows([]);
    setPhase('saving');
    try {
      const saved = await sendJson<ImportResult>('POST', '/api/shared-values/imports', { ...body, dryRun: false });
      setWritten(saved.written);
      setPhase('done');
      setResult(undefined);
      await client.invalidateQueries({ queryKey: sharedKeys.all });
      // The task list (やること) counts what is still due.
      await client.invalidateQueries({ queryKey: taskKeys.mine });
    } catch (err) {
      // The preview stays: the person can read what failed and confirm again, or choose the file again.
      setPhase('preview');
      fail(err);
    }
  };

  return (
    <section aria-labelledby="upload-heading">
      <h2 id="upload-heading">{tr('ファイルで報告（Excel・CSV）', 'Report by file (Excel or CSV)')}</h2>
      <TemplateDownload ownOrgCode={props.ownOrgCode} />
      <form onSubmit={check}>
        <p>
          {tr('報告用Excelファイル（.xlsx）か、同じ見出しのCSV（UTF-8 または Shift_JIS）を取り込みます。', 'Upload the Excel template (.xlsx), or a CSV with the same headers (UTF-8 or Shift_JIS). ')}
          {props.ownOrgCode ? tr(`自団体（${props.ownOrgCode}）の行のみ取り込めます。`, `Only your municipality’s rows (${props.ownOrgCode}) are accepted. `) : ''}
          {tr('登録する前に、変更される値を確認できます。誤りが1行でもあれば、何も登録しません。', 'You see what will change before anything is saved. If any row is wrong, nothing is saved.')}
        </p>
        <div class="field">
          <label for="values-file">{tr('ファイル（.xlsx・.csv）', 'File (.xlsx or .csv)')}</label>
          <input id="values-file" type="file" accept={ACCEPT} ref={input} onChange={reset} disabled={busy()} />
        </div>
        <button type="submit" disabled={busy()}>{tr('内容を確認', 'Check the file')}</button>
      </form>
      <div role="status">
        <Switch>
          <Match when={phase() === 'reading'}>{tr('ファイルを読み込んでいます…', 'Reading the file…')}</Match>
          <Match when={phase() === 'checking'}>{tr('内容を確認しています…', 'Checking the values…')}</Match>
          <Match when={phase() === 'saving'}>{tr('登録しています…', 'Saving…')}</Match>
          <Match when={phase() === 'done'}>{tr(`${written()}件を登録しました。`, `Saved ${written()} values.`)}</Match>
        </Switch>
      </div>
      <Show when={busy()}>
        <progress aria-label={tr('処理中', 'Working')} />
      </Show>
      <QueryError error={error()} />
      <Show when={rows().length > 0}>
        <table>
          <caption>{tr(`取込ファイルの誤り（${rows().length}件）`, `Problems in the file (${rows().length})`)}</caption>
          <thead><tr><th scope="col">{tr('行', 'Row')}</th><th scope="col">{tr('列', 'Column')}</th><th scope="col">{tr('内容', 'Problem')}</th></tr></thead>
          <tbody>
            <For each={rows()}>{(r) => <tr><td class="num">{r.row}</td><td>{r.column}</td><td>{pick(r.message)}</td></tr>}</For>
          </tbody>
        </table>
      </Show>
      <Show when={result()}>
        {(r) => (
          <>
            <ImportPreview result={r()} catalogue={catalogue.data?.items} showOrg={!props.ownOrgCode} />
            <div class="actions">
              <Show when={r().changes.length > 0}>
                <button type="button" onClick={confirm} disabled={busy()}>{tr('この内容で登録', 'Save these values')}</button>
              </Show>
              <button type="button" class="secondary" onClick={reset} disabled={busy()}>{tr('取りやめる', 'Cancel')}</button>
            </div>
          </>
        )}
      </Show>
    </section>
  );
}
