import { useQueryClient } from '@tanstack/solid-query';
import { createSignal, For, Show } from 'solid-js';
import type { ImportRowError } from '../../../shared/api/errors';
import { ApiError, sendJson } from '../api';
import { QueryError } from '../components/QueryError';
import { sharedKeys } from '../queries/keys';

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
    setStatus('取り込んでいます…');
    try {
      const { written } = await sendJson<{ written: number }>('POST', '/api/shared-values/imports', { csv: await file.text() });
      setStatus(`${written}件の値を取り込みました。`);
      await client.invalidateQueries({ queryKey: sharedKeys.all });
    } catch (err) {
      setStatus('');
      if (err instanceof ApiError) setRows(err.rows);
      setError(err);
    }
  };
  return (
    <form onSubmit={submit} aria-labelledby="upload-heading">
      <h2 id="upload-heading">CSVで報告</h2>
      <p>
        見出し行 <code>measure_id,period,org_code,value,note,source</code> のCSV（UTF-8）を取り込みます。
        {props.ownOrgCode ? `自団体（${props.ownOrgCode}）の行のみ取り込めます。` : ''}誤りが1行でもあれば、何も書き込みません。
      </p>
      <div class="field">
        <label for="values-file">CSVファイル</label>
        <input id="values-file" type="file" accept=".csv,text/csv" ref={input} />
      </div>
      <button type="submit">取り込む</button>
      <p role="status">{status()}</p>
      <QueryError error={error()} />
      <Show when={rows().length > 0}>
        <table>
          <caption>取込ファイルの誤り（{rows().length}件）</caption>
          <thead><tr><th scope="col">行</th><th scope="col">列</th><th scope="col">内容</th></tr></thead>
          <tbody>
            <For each={rows()}>{(r) => <tr><td class="num">{r.row}</td><td>{r.column}</td><td>{r.message.ja}</td></tr>}</For>
          </tbody>
        </table>
      </Show>
    </form>
  );
}
