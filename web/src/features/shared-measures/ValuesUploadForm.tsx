import { useQueryClient } from '@tanstack/solid-query';
import { createSignal, For, Show } from 'solid-js';
import type { ImportRowError } from '../../../../shared/api/errors';
import { ApiError, sendJson } from '../../app/api';
import { QueryError } from '../../ui/QueryError';
import { sharedKeys } from '../../app/query-keys';
import { pick, tr } from '../../app/lang';

/**
 * CSVで報告: a file of rows (measure_id, period, org_code, value, note, source).
 * Every row is checked on the server; one bad row and nothing is written.
 */
export function ValuesUploadForm(props: { ownOrgCode?: string }) {
  const client = useQueryClient();
  const [status, setStatus] = createSignal('');
  const [error, setError] = createSignal<unknown>();
  const [rows, setRows] = createSignal<ImportRowError[]>([]);
  let input!: HTMLInputElement;
  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    setError(undefined);
    setRows([]);
    const file = input.files?.[0];
    if (!file) return setError(new ApiError(400, 'no_file', { ja: 'CSVファイルを選んでください。', en: 'Choose a CSV file.' }));
    setStatus(tr('取り込んでいます…', 'Importing…'));
    try {
      const { written } = await sendJson<{ written: number }>('POST', '/api/shared-values/imports', { csv: await file.text() });
      setStatus(tr(`${written}件の値を取り込みました。`, `Imported ${written} values.`));
      await client.invalidateQueries({ queryKey: sharedKeys.all });
    } catch (err) {
      setStatus('');
      if (err instanceof ApiError) setRows(err.rows);
      setError(err);
    }
  };
  return (
    <form onSubmit={submit} aria-labelledby="upload-heading">
      <h2 id="upload-heading">{tr('CSVで報告', 'Report by CSV')}</h2>
      <p>
        {tr('見出し行 ', 'A CSV (UTF-8) with the header ')}<code>measure_id,period,org_code,value,note,source</code>{tr(' のCSV（UTF-8）を取り込みます。', '. ')}
        {props.ownOrgCode ? tr(`自団体（${props.ownOrgCode}）の行のみ取り込めます。`, `Only your municipality’s rows (${props.ownOrgCode}) are accepted. `) : ''}
        {tr('誤りが1行でもあれば、何も書き込みません。', 'If any row is wrong, nothing is written.')}
      </p>
      <div class="field">
        <label for="values-file">{tr('CSVファイル', 'CSV file')}</label>
        <input id="values-file" type="file" accept=".csv,text/csv" ref={input} />
      </div>
      <button type="submit">{tr('取り込む', 'Import')}</button>
      <p role="status">{status()}</p>
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
    </form>
  );
}
