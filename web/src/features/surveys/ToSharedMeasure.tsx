import { useQueryClient } from '@tanstack/solid-query';
import { createSignal, For, Show } from 'solid-js';
import type { ValuesImportResult } from '../../../../shared/api/shared-measures';
import type { SharedMeasure } from '../../../../shared/shared-measures/definition';
import { currentPeriodOf, periodLabel, periodsEndingAt } from '../../../../shared/shared-measures/periods';
import { VALUE_TYPES } from '../../../../shared/shared-measures/value-types';
import type { Survey } from '../../../../shared/surveys/definition';
import { ApiError } from '../../app/api';
import { lang, pick, tr } from '../../app/lang';
import { orgLabel } from '../../app/org-names';
import { sharedKeys } from '../../app/query-keys';
import { QueryError } from '../../ui/QueryError';
import { createCatalogueQuery, toSharedValues } from './queries';

/** The periods a value may be given for: the measure's own calendar, else the last ones up to now, newest first. */
function periodChoices(m: SharedMeasure, fiscalYear: number): string[] {
  const fromCalendar = m.calendar.map((w) => w.period);
  const recent = m.period === 'as_of' ? [] : periodsEndingAt(m.period, currentPeriodOf(m.period), m.period === 'month' ? 24 : 6);
  const all = [...new Set([...fromCalendar, ...recent])].sort().reverse();
  const preferred = `FY${fiscalYear}`;
  return all.includes(preferred) ? [preferred, ...all.filter((p) => p !== preferred)] : all;
}

/**
 * 共通指標へ反映 (prefecture administrators): a number question's submitted answers become each municipality's value
 * of a shared measure for one period, entered by the prefecture. The API shows before → after first; only
 * 「反映する」 writes.
 */
export function ToSharedMeasure(props: { survey: Survey }) {
  const client = useQueryClient();
  const catalogue = createCatalogueQuery(() => true);
  const numberQuestions = () => props.survey.questions.filter((q) => q.kind === 'number');
  const measures = () => (catalogue.data?.items ?? []).filter((m) => m.valueType === 'number' || m.valueType === 'percent');
  const [questionId, setQuestionId] = createSignal(numberQuestions()[0]?.id ?? '');
  const [measureId, setMeasureId] = createSignal('');
  const [period, setPeriod] = createSignal('');
  const [note, setNote] = createSignal('');
  const [preview, setPreview] = createSignal<ValuesImportResult>();
  const [written, setWritten] = createSignal<number>();
  const [error, setError] = createSignal<unknown>();
  const [busy, setBusy] = createSignal(false);
  const measure = () => measures().find((m) => m.id === measureId());
  const periods = () => (measure() ? periodChoices(measure()!, props.survey.fiscalYear) : []);
  const format = (v: ValuesImportResult['changes'][number]['after'] | undefined) => {
    const m = measure();
    if (v === undefined) return tr('（未報告）', '(none)');
    return m ? VALUE_TYPES[m.valueType].format(v, m.unit, lang()) : String(v);
  };
  const chooseMeasure = (id: string) => {
    setMeasureId(id);
    setPreview(undefined);
    setPeriod(periods()[0] ?? '');
  };
  const run = async (dryRun: boolean) => {
    if (!questionId() || !measureId() || !period()) return;
    setBusy(true);
    setError(undefined);
    setWritten(undefined);
    try {
      const result = await toSharedValues(props.survey.id, questionId(), { measureId: measureId(), period: period(), note: note().trim() || undefined, dryRun });
      if (dryRun) setPreview(result);
      else {
        setPreview(undefined);
        setWritten(result.written);
        await client.invalidateQueries({ queryKey: sharedKeys.all });
      }
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Show when={numberQuestions().length > 0}>
      <section aria-labelledby="to-shared-heading">
        <h2 id="to-shared-heading">{tr('共通指標へ反映', 'Use as shared-measure values')}</h2>
        <p>{tr('数値の設問の提出済み回答を、共通指標の各市町村の値（県が入力した値）として登録します。登録する前に変わる値を確認できます。', 'Submitted answers to a number question become each municipality’s value of a shared measure, entered by the prefecture. You see what changes first.')}</p>
        <form class="question-row" onSubmit={(e) => { e.preventDefault(); void run(true); }}>
          <div class="field">
            <label for="to-shared-question">{tr('設問', 'Question')}</label>
            <select id="to-shared-question" value={questionId()} onChange={(e) => { setQuestionId(e.currentTarget.value); setPreview(undefined); }}>
              <For each={numberQuestions()}>{(q) => <option value={q.id}>{q.label}</option>}</For>
            </select>
          </div>
          <div class="field">
            <label for="to-shared-measure">{tr('共通指標', 'Shared measure')}</label>
            <select id="to-shared-measure" value={measureId()} onChange={(e) => chooseMeasure(e.currentTarget.value)}>
              <option value="">{tr('選んでください', 'Choose')}</option>
              <For each={measures()}>{(m) => <option value={m.id}>{pick(m.name)}{m.unit ? `（${m.unit}）` : ''}</option>}</For>
            </select>
          </div>
          <div class="field">
            <label for="to-shared-period">{tr('期間', 'Period')}</label>
            <select id="to-shared-period" value={period()} disabled={!measure()} onChange={(e) => { setPeriod(e.currentTarget.value); setPreview(undefined); }}>
              <For each={periods()}>{(p) => <option value={p}>{periodLabel(measure()!.period, p, lang())}</option>}</For>
            </select>
          </div>
          <div class="field">
            <label for="to-shared-note">{tr('備考（任意。前期から大きく変わる値の理由など）', 'Note (optional; e.g. why a value jumps)')}</label>
            <input id="to-shared-note" value={note()} maxLength={500} onInput={(e) => { setNote(e.currentTarget.value); setPreview(undefined); }} />
          </div>
          <div class="field"><button type="submit" class="secondary" disabled={busy() || !measureId() || !period()}>{tr('変わる値を確認', 'Preview')}</button></div>
        </form>
        <QueryError error={error() ?? catalogue.error} />
        <Show when={error() instanceof ApiError && (error() as ApiError).rows.length > 0}>
          <ul class="field-error">
            <For each={(error() as ApiError).rows}>{(r) => <li>{pick(r.message)}</li>}</For>
          </ul>
        </Show>
        <p role="status">{busy() ? tr('処理しています…', 'Working…') : written() !== undefined ? tr(`${written()}件の値を登録しました。`, `Saved ${written()} values.`) : ''}</p>
        <Show when={preview()}>
          {(p) => (
            <>
              <Show when={p().changes.length > 0} fallback={<p>{tr(`変わる値はありません（変更なし ${p().unchanged}件）。`, `No value changes (${p().unchanged} unchanged).`)}</p>}>
                <div class="table-scroll" tabindex="0" role="region" aria-label={tr('反映される値（前 → 後）', 'Values to be set (before → after)')}>
                  <table>
                    <caption>{tr(`反映される値（前 → 後）: ${p().changes.length}件`, `Values to be set (before → after): ${p().changes.length}`)}</caption>
                    <thead><tr><th scope="col">{tr('市町村', 'Municipality')}</th><th scope="col">{tr('変更前', 'Before')}</th><th scope="col">{tr('変更後', 'After')}</th><th scope="col">{tr('確認事項', 'Warnings')}</th></tr></thead>
                    <tbody>
                      <For each={p().changes}>
                        {(c) => (
                          <tr>
                            <th scope="row">{orgLabel(c.orgCode, c.orgName)}</th>
                            <td>{format(c.before)}</td>
                            <td><strong>{format(c.after)}</strong></td>
                            <td>{c.warnings.length > 0 ? c.warnings.map((w) => pick(w.message)).join(' ') : '―'}</td>
                          </tr>
                        )}
                      </For>
                    </tbody>
                  </table>
                </div>
                <div class="actions"><button type="button" disabled={busy()} onClick={() => void run(false)}>{tr('反映する', 'Apply')}</button></div>
              </Show>
            </>
          )}
        </Show>
      </section>
    </Show>
  );
}
