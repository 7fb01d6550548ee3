import { For, Show } from 'solid-js';
import type { PlanSummary } from '../../../shared/api/plans';
import { formatFiscalYear } from '../../../shared/fiscal-year';
import { summaryRow } from '../../../shared/rating/summary';
import type { RatingScheme } from '../../../shared/rating/scheme';
import { fiscalYearLabel } from '../i18n/format';

/** 年度別の推移: the plan's ratings in every year on record, oldest first. */
export function YearOverYear(props: { summaries: (PlanSummary | undefined)[]; scheme: RatingScheme }) {
  const rows = () => props.summaries.filter((s): s is PlanSummary => s !== undefined).sort((a, b) => a.fiscalYear - b.fiscalYear);
  const evaluated = () => props.scheme.levels.filter((l) => l.role === 'evaluated');
  const pending = () => props.scheme.levels.filter((l) => l.role === 'pending');
  return (
    <section aria-labelledby="years-heading">
      <h2 id="years-heading">年度別の推移</h2>
      <Show when={rows().length > 1} fallback={<p>登録されている年度は{rows().map((s) => formatFiscalYear(s.fiscalYear)).join('、') || 'まだありません'}のみです。年度が増えると推移を表示します。</p>}>
        <p>登録されているすべての年度の評価です。</p>
      </Show>
      <table>
        <caption>年度別の施策数と達成率</caption>
        <thead>
          <tr>
            <th scope="col">年度</th>
            <For each={evaluated()}>{(l) => <th scope="col" class="num">{l.symbol}{l.label.ja}</th>}</For>
            <th scope="col" class="num">計</th>
            <For each={pending()}>{(l) => <th scope="col" class="num">({l.label.ja})</th>}</For>
            <th scope="col" class="num">達成率（達成＋概ね達成）</th>
          </tr>
        </thead>
        <tbody>
          <For each={rows()}>
            {(s) => (
              <tr>
                <th scope="row">{fiscalYearLabel(s.fiscalYear)}</th>
                <For each={evaluated()}>{(l) => <td class="num">{s.total.counts[l.id] ?? 0}</td>}</For>
                <td class="num">{summaryRow(s.total.counts, props.scheme).evaluated}</td>
                <For each={pending()}>{(l) => <td class="num">({s.total.counts[l.id] ?? 0})</td>}</For>
                <td class="num">{summaryRow(s.total.counts, props.scheme).combinedRate.toFixed(1)}%</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </section>
  );
}
