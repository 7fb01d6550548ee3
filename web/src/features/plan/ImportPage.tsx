import { useQueryClient } from '@tanstack/solid-query';
import { createSignal, Show } from 'solid-js';
import type { ImportRowError } from '../../../../shared/api/errors';
import type { PlanImportRequest, PlanImportResult } from '../../../../shared/api/plans';
import { ApiError, sendJson } from '../../app/api';
import { ImportErrorTable } from './ImportErrorTable';
import { ImportProgress } from './ImportProgress';
import { ImportPreview, ratingNamesOf } from './ImportPreview';
import { QueryError } from '../../ui/QueryError';
import { fiscalYearLabel } from '../../app/format';
import { createMeQuery } from '../../app/auth';
import { queryKeys } from '../../app/query-keys';
import { usePageTitle } from '../../app/page-title';
import { tr } from '../../app/lang';

const STAGE = { read: 0, validate: 1, write: 2, done: 3 } as const;

/** The counts of an import; `chosen` conflicts (to be overwritten) move from kept to changed before the import. */
const counts = (r: PlanImportResult, chosen = 0) => {
  const updated = r.changes.updated + chosen;
  const kept = r.changes.kept - chosen;
  return tr(
    `新規 ${r.changes.created} 件、更新 ${updated} 件、変更なし ${r.changes.unchanged} 件、ポータルでの変更を保持 ${kept} 件（施策 ${r.counts.measures} 件）`,
    `${r.changes.created} new, ${updated} changed, ${r.changes.unchanged} unchanged, ${kept} portal edits kept (${r.counts.measures} measures)`,
  );
};

function filesError(ja: string, en: string): ApiError {
  return new ApiError(400, 'import_files', { ja, en });
}

/**
 * 計画の取込 (prefecture_admin): plan file + measures CSV + indicators CSV.
 * 「検証する」 runs a dry run that reports every bad row and what would change,
 * measure by measure and field by field (ImportPreview); only then does
 * 「取り込む」 write, exactly what was shown (the preview's fingerprint: if
 * anything changed meanwhile the API refuses and asks for a new check).
 * Measures edited in the portal since the last import are kept unless chosen
 * for overwriting; a published year asks for the reason of the changes.
 * Changing a file or the year asks for a new check.
 */
export default function ImportPage() {
  usePageTitle(() => tr('計画の取込', 'Import a plan'));
  const client = useQueryClient();
  const me = createMeQuery();
  const [stage, setStage] = createSignal(-1);
  const [busy, setBusy] = createSignal(false);
  const [fiscalYear, setFiscalYear] = createSignal(2024);
  const [checked, setChecked] = createSignal<{ body: PlanImportRequest; preview: PlanImportResult }>();
  const [result, setResult] = createSignal<PlanImportResult>();
  const [overwrite, setOverwrite] = createSignal<ReadonlySet<string>>(new Set());
  const [reason, setReason] = createSignal('');
  const [lastPlan, setLastPlan] = createSignal<unknown>();
  const ratings = () => ratingNamesOf(checked()?.body.plan);
  /** A published year needs a reason once something will be written: not when every change is a kept portal edit. */
  const needsReason = () => {
    const preview = checked()?.preview;
    return !!preview?.reasonRequired && preview.items.some((i) => i.kind === 'new' || !i.conflict || overwrite().has(i.measureNo));
  };
  const choose = (measureNo: string, chosen: boolean) => {
    const next = new Set(overwrite());
    if (chosen) next.add(measureNo);
    else next.delete(measureNo);
    setOverwrite(next);
  };
  const [rows, setRows] = createSignal<ImportRowError[]>([]);
  const [error, setError] = createSignal<unknown>();
  let planInput!: HTMLInputElement;
  let measuresInput!: HTMLInputElement;
  let indicatorsInput!: HTMLInputElement;

  const reset = () => {
    setStage(-1);
    setChecked(undefined);
    setResult(undefined);
    setRows([]);
    setError(undefined);
    setOverwrite(new Set<string>());
    setReason('');
  };

  const readFiles = async (): Promise<PlanImportRequest> => {
    const [planText, measuresCsv, indicatorsCsv] = await Promise.all([
      planInput.files?.[0]?.text(),
      measuresInput.files?.[0]?.text(),
      indicatorsInput.files?.[0]?.text(),
    ]);
    if (!planText || !measuresCsv) throw filesError('計画定義ファイルと施策CSVを選んでください。', 'Choose the plan file and the measures CSV.');
    try {
      return { plan: JSON.parse(planText) as unknown, measuresCsv, indicatorsCsv, fiscalYear: fiscalYear() };
    } catch {
      throw filesError('計画定義ファイルを JSON として読み取れません。', 'The plan file is not valid JSON.');
    }
  };

  /**
   * Runs one step; a failure shows the API's rows and message and leaves nothing half done. A refused import
   * keeps its preview to correct (a missing reason), unless the preview itself is out of date.
   */
  const step = async (work: () => Promise<void>, keepPreview = false) => {
    setBusy(true);
    setError(undefined);
    setRows([]);
    try {
      await work();
    } catch (err) {
      const stale = err instanceof ApiError && err.code === 'import_stale';
      if (keepPreview && !stale && checked()) {
        setStage(STAGE.validate);
        setError(err);
        return;
      }
      setStage(-1);
      setChecked(undefined);
      if (err instanceof ApiError) setRows(err.rows);
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const validate = (e: SubmitEvent) => {
    e.preventDefault();
    reset();
    void step(async () => {
      setStage(STAGE.read);
      const body = await readFiles();
      setStage(STAGE.validate);
      const preview = await sendJson<PlanImportResult>('POST', '/api/imports/plans', { ...body, dryRun: true });
      setChecked({ body, preview });
    });
  };

  const write = (e: SubmitEvent) => {
    e.preventDefault();
    return step(async () => {
      const { body, preview } = checked()!;
      setStage(STAGE.write);
      const request: PlanImportRequest = {
        ...body,
        dryRun: false,
        fingerprint: preview.fingerprint,
        overwrite: [...overwrite()],
        ...(needsReason() ? { reason: reason() } : {}),
      };
      setLastPlan(body.plan);
      setResult(await sendJson<PlanImportResult>('POST', '/api/imports/plans', request));
      setChecked(undefined);
      setStage(STAGE.done);
      await client.invalidateQueries({ queryKey: queryKeys.plans });
    }, true);
  };

  return (
    <>
      <h1>{tr('計画の取込', 'Import a plan')}</h1>
      <Show when={!me.data || me.data.role === 'prefecture_admin'} fallback={<p class="notice">{tr('計画の取込は県の管理者のみが行えます。', 'Only prefecture administrators may import plans.')}</p>}>
        <p>
          {tr(
            '計画定義ファイル（JSON）、施策CSV、成果指標CSV（任意）を選び、年度を指定して「検証する」を押します。検証で誤りがなければ、施策・項目ごとの変更前と変更後を確かめてから「取り込む」を押してください。誤りが1件でもあれば何も書き込みません。同じファイルを再度取り込んでも変更はありません。前回の取込の後にポータルで変更された内容は、上書きを選ばない限りそのまま残ります。',
            'Choose the plan file (JSON), the measures CSV and (optionally) the indicators CSV, set the fiscal year and press “Check”. If nothing is wrong, review each measure’s changes (before and after), then press “Import”. If anything is wrong nothing is written; importing the same files again changes nothing. Edits made in the portal since the last import stay unless you choose to overwrite them.',
          )}
        </p>
        <form onSubmit={validate} onChange={reset}>
          <div class="field"><label for="plan-file">{tr('計画定義ファイル（plan.json）', 'Plan file (plan.json)')}</label><input id="plan-file" type="file" accept=".json,application/json" ref={planInput} /></div>
          <div class="field"><label for="measures-file">{tr('施策CSV', 'Measures CSV')}</label><input id="measures-file" type="file" accept=".csv,text/csv" ref={measuresInput} /></div>
          <div class="field"><label for="indicators-file">{tr('成果指標CSV（任意）', 'Indicators CSV (optional)')}</label><input id="indicators-file" type="file" accept=".csv,text/csv" ref={indicatorsInput} /></div>
          <div class="field">
            <label for="import-year">{tr('年度', 'Fiscal year')}</label>
            <input id="import-year" type="number" min="2000" max="2100" value={fiscalYear()} aria-describedby="import-year-label"
              onInput={(e) => { setFiscalYear(Number(e.currentTarget.value)); reset(); }} />
            <span id="import-year-label"> {fiscalYearLabel(fiscalYear())}</span>
          </div>
          <button type="submit" disabled={busy()}>{tr('検証する', 'Check')}</button>
        </form>

        <Show when={stage() >= 0}>
          <ImportProgress stage={stage()} waiting={checked() !== undefined} />
        </Show>
        <QueryError error={error()} />
        <Show when={rows().length > 0}><ImportErrorTable rows={rows()} /></Show>

        <Show when={checked()}>
          {(c) => (
            <section aria-labelledby="preview-heading">
              <h2 id="preview-heading">{tr('取込による変更', 'What the import changes')}</h2>
              <p>{tr(`検証の結果、誤りはありませんでした。取り込むと、計画「${c().preview.planId}」${fiscalYearLabel(c().preview.fiscalYear)}は次のとおり変わります。`, `No problems found. Importing changes plan “${c().preview.planId}” ${fiscalYearLabel(c().preview.fiscalYear)} as follows.`)}</p>
              <p><strong>{counts(c().preview, overwrite().size)}</strong></p>
              <ImportPreview result={c().preview} ratings={ratings()} overwrite={overwrite()} onOverwrite={choose} />
              <form onSubmit={write}>
                <Show when={needsReason()}>
                  <div class="field">
                    <label for="import-reason">{tr('変更の理由（公表済の年度のため、正誤として公表されます）', 'Reason for the changes (the year is published: shown as an erratum)')}</label>
                    <textarea id="import-reason" rows="3" maxLength={1000} required value={reason()} onInput={(e) => setReason(e.currentTarget.value)} />
                  </div>
                </Show>
                <button type="submit" disabled={busy()}>{tr('取り込む', 'Import')}</button>
              </form>
            </section>
          )}
        </Show>
        <Show when={result()}>
          {(r) => (
            <section aria-labelledby="result-heading">
              <div class="notice success" role="status">
                <p id="result-heading">{tr(`計画「${r().planId}」${fiscalYearLabel(r().fiscalYear)}を取り込みました。`, `Imported plan “${r().planId}” ${fiscalYearLabel(r().fiscalYear)}.`)}</p>
                <p>{counts(r())}</p>
                <Show when={r().errata > 0}>
                  <p>{tr(`公表済の年度のため、正誤を ${r().errata} 件記録しました。`, `The year is published: ${r().errata} errata recorded.`)}</p>
                </Show>
              </div>
              <ImportPreview result={r()} ratings={ratingNamesOf(lastPlan())} />
            </section>
          )}
        </Show>
      </Show>
    </>
  );
}
