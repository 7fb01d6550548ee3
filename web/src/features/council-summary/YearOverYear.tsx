import { For, Show } from 'solid-js';
import type { PlanSummary } from '../../../../shared/api/plans';
import { summaryRow } from '../../../../shared/rating/summary';
import type { RatingScheme } from '../../../../shared/rating/scheme';
import { fiscalYearLabel, fiscalYearShort } from '../../app/format';
import { pick, tr } from '../../app/lang';

/** 年度別の推移: the plan's ratings in every year on record, oldest first. */
export function YearOverYear(props: { summaries: (PlanSummary | undefined)[]; scheme: RatingScheme }) {
  const rows = () => props.summaries.filter((s): s is PlanSummary => s !== undefined).sort((a, b) => a.fiscalYear - b.fiscalYear);
  const evaluated = () => props.scheme.levels.filter((l) => l.role === 'evaluated');
  const pending = () => props.scheme.levels.filter((l) => l.role === 'pending');
  return (
    <section aria-labelledby="years-heading">
      <h2 id="years-heading">{tr('年度別の推移', 'Year over year')}</h2>
      <Show
        when={rows().length > 1}
        fallback={<p>{tr(`登録されている年度は${rows().map((s) => fiscalYearShort(s.fiscalYear)).join('、')}のみです。年度が増えると推移を表示します。`, `Only ${rows().map((s) => fiscalYearShort(s.fiscalYear)).join(', ')} is recorded so far; the trend appears as years are added.`)}</p>}
      >
        <p>{tr('登録されているすべての年度の評価です。', 'Ratings in every year on record.')}</p>
      </Show>
      <div class="table-scroll" tabindex="0" role="region" aria-label={tr('年度別の施策数と達成率の表', 'Table of measures and achievement rate by fiscal year')}>
        <table class="years">
          <caption>{tr('年度別の施策数と達成率', 'Measures and achievement rate by fiscal year')}</caption>
          <thead>
            <tr>
              <th scope="col">{tr('年度', 'Fiscal year')}</th>
              <For each={evaluated()}>{(l) => <th scope="col" class="num">{l.symbol}{pick(l.label)}</th>}</For>
              <th scope="col" class="num">{tr('計', 'Rated')}</th>
              <For each={pending()}>{(l) => <th scope="col" class="num">({pick(l.label)})</th>}</For>
              <th scope="col" class="num">{tr('達成率（達成＋概ね達成）', 'Rate (achieved + mostly)')}</th>
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
      </div>
    </section>
  );
}
