import { useQueryClient } from '@tanstack/solid-query';
import { createSignal, For, Show } from 'solid-js';
import type { ImportRowError } from '../../../shared/api/errors';
import type { PlanImportResult } from '../../../shared/api/plans';
import { ApiError, sendJson } from '../api';
import { QueryError } from '../components/QueryError';
import { fiscalYearLabel } from '../i18n/format';

const STAGES = ['ファイルの読込', '検証', '書込', '完了'] as const;
const FILE_LABEL: Record<ImportRowError['file'], string> = { plan: '計画定義', measures: '施策CSV', indicators: '成果指標CSV', values: '値CSV' };

/**
 * 計画の取込: plan file + measures CSV + indicators CSV. A dry run validates
 * first and reports every bad row; only then are the files written.
 */
export default function ImportPage() {
  const client = useQueryClient();
  const [stage, setStage] = createSignal(-1);
  const [fiscalYear, setFiscalYear] = createSignal(2024);
  const [rows, setRows] = createSignal<ImportRowError[]>([]);
  const [result, setResult] = createSignal<PlanImportResult>();
  const [error, setError] = createSignal<unknown>();
  let planInput!: HTMLInputElement;
  let measuresInput!: HTMLInputElement;
  let indicatorsInput!: HTMLInputElement;

  const run = async (e: SubmitEvent) => {
    e.preventDefault();
    setRows([]);
    setResult(undefined);
    setError(undefined);
    try {
      setStage(0);
      const [planText, measuresCsv, indicatorsCsv] = await Promise.all([
        planInput.files?.[0]?.text(),
        measuresInput.files?.[0]?.text(),
        indicatorsInput.files?.[0]?.text(),
      ]);
      if (!planText || !measuresCsv) {
        throw new ApiError(400, 'missing_files', { ja: '計画定義ファイルと施策CSVを選んでください。', en: 'Choose the plan file and the measures CSV.' });
      }
      let plan: unknown;
      try {
        plan = JSON.parse(planText);
      } catch {
        throw new ApiError(400, 'bad_json', { ja: '計画定義ファイルを JSON として読み取れません。', en: 'The plan file is not valid JSON.' });
      }
      const body = { plan, measuresCsv, indicatorsCsv, fiscalYear: fiscalYear() };
      setStage(1);
      await sendJson<PlanImportResult>('POST', '/api/imports/plans', { ...body, dryRun: true });
      setStage(2);
      setResult(await sendJson<PlanImportResult>('POST', '/api/imports/plans', body));
      setStage(3);
      await client.invalidateQueries({ queryKey: ['plans'] });
    } catch (err) {
      setStage(-1);
      if (err instanceof ApiError && err.rows.length > 0) setRows(err.rows);
      setError(err);
    }
  };

  return (
    <>
      <h1>計画の取込</h1>
      <p>計画定義ファイル（JSON）、施策CSV、成果指標CSV（任意）を選び、年度を指定して取り込みます。誤りが1件でもあれば何も書き込みません。同じファイルを再度取り込んでも変更はありません。</p>
      <form onSubmit={run}>
        <div class="field"><label for="plan-file">計画定義ファイル（plan.json）</label><input id="plan-file" type="file" accept=".json,application/json" ref={planInput} /></div>
        <div class="field"><label for="measures-file">施策CSV</label><input id="measures-file" type="file" accept=".csv,text/csv" ref={measuresInput} /></div>
        <div class="field"><label for="indicators-file">成果指標CSV（任意）</label><input id="indicators-file" type="file" accept=".csv,text/csv" ref={indicatorsInput} /></div>
        <div class="field">
          <label for="import-year">年度</label>
          <input id="import-year" type="number" min="2000" max="2100" value={fiscalYear()} onInput={(e) => setFiscalYear(Number(e.currentTarget.value))} aria-describedby="import-year-label" />
          <span id="import-year-label"> {fiscalYearLabel(fiscalYear())}</span>
        </div>
        <button type="submit" disabled={stage() >= 0 && stage() < 3}>検証して取り込む</button>
      </form>

      <Show when={stage() >= 0}>
        <section aria-labelledby="progress-heading">
          <h2 id="progress-heading">進捗</h2>
          <progress max={STAGES.length - 1} value={stage()} aria-labelledby="progress-heading" />
          <ol class="steps">
            <For each={STAGES}>{(name, i) => <li aria-current={i() === stage() ? 'step' : undefined}>{name}</li>}</For>
          </ol>
          <p role="status" aria-live="polite">{STAGES[stage()]}{stage() < 3 ? 'をしています…' : 'しました。'}</p>
        </section>
      </Show>

      <QueryError error={error()} />
      <Show when={rows().length > 0}>
        <div class="table-scroll">
          <table>
            <caption>取込ファイルの誤り（{rows().length}件）</caption>
            <thead><tr><th scope="col">ファイル</th><th scope="col">行</th><th scope="col">列</th><th scope="col">内容</th></tr></thead>
            <tbody>
              <For each={rows()}>
                {(r) => (
                  <tr><td>{FILE_LABEL[r.file]}</td><td class="num">{r.row === 0 ? '見出し' : r.row}</td><td>{r.column}</td><td>{r.message.ja}</td></tr>
                )}
              </For>
            </tbody>
          </table>
        </div>
      </Show>
      <Show when={result()}>
        {(r) => (
          <div class="notice success" role="status">
            <p>計画「{r().planId}」{fiscalYearLabel(r().fiscalYear)}を取り込みました。</p>
            <p>新規 {r().changes.created} 件、更新 {r().changes.updated} 件、変更なし {r().changes.unchanged} 件（施策 {r().counts.measures} 件）</p>
          </div>
        )}
      </Show>
    </>
  );
}
