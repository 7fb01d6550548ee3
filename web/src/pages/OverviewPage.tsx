import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import type { SummaryGroup } from '../../../shared/api/plans';
import { formatFiscalYear } from '../../../shared/fiscal-year';
import { Loading, QueryError } from '../components/QueryError';
import { RatingBadge } from '../components/RatingBadge';
import { RatingChart } from '../components/RatingChart';
import { SummaryTable } from '../components/SummaryTable';
import { YearSelect } from '../components/YearSelect';
import { usePlanYear } from '../plan-year';
import { createDiscrepanciesQuery, createSummaryQuery } from '../queries/plans';
import { usePageTitle } from '../page-title';

/** 計画の概要: the report's summary table, drill-down by area, a chart of ratings by area, and discrepancies. */
export default function OverviewPage() {
  const py = usePlanYear();
  const summary = createSummaryQuery(py.planId, py.fy);
  const discrepancies = createDiscrepanciesQuery(py.planId, py.fy);
  const title = () => `${py.plan.data?.plan.name.ja ?? '計画'} ${py.fy() ? formatFiscalYear(py.fy()!, 'ja') : ''} 点検結果`;
  usePageTitle(title);
  const linkOf = (group: SummaryGroup) =>
    `/measures?${new URLSearchParams({ plan: py.planId() ?? '', fy: String(py.fy() ?? ''), group: group.id })}`;
  return (
    <>
      <h1>{title()}</h1>
      <QueryError error={py.plans.error ?? py.plan.error ?? summary.error} />
      <Show when={py.years().length > 0}>
        <YearSelect years={py.years()} value={py.fy()} onChange={py.setFy} />
      </Show>
      <Show when={summary.data && py.scheme()} fallback={<Loading what="点検結果" />}>
        <section aria-labelledby="summary-heading">
          <h2 id="summary-heading">施策の達成状況</h2>
          <p>柱の行のボタンで分野別の内訳を開けます。名称を選ぶと、その施策の一覧を表示します。</p>
          <SummaryTable summary={summary.data!} scheme={py.scheme()!} caption={`${title()}（施策数・達成率）`} linkOf={linkOf} />
        </section>
        <section aria-labelledby="chart-heading">
          <h2 id="chart-heading">分野別の評価</h2>
          <RatingChart groups={summary.data!.groups} scheme={py.scheme()!} caption="分野ごとの評価の内訳（施策数）" />
        </section>
        <section aria-labelledby="discrepancy-heading">
          <h2 id="discrepancy-heading">公表評価と算定評価の相違</h2>
          <Show
            when={(discrepancies.data?.items.length ?? 0) > 0}
            fallback={<p>目標と実績から算定した評価は、すべて公表評価と一致しています。</p>}
          >
            <p>目標と実績から算定した評価が、確定（公表）した評価と異なる施策です。</p>
            <div class="table-scroll">
              <table>
                <caption class="visually-hidden">公表評価と算定評価の相違</caption>
                <thead>
                  <tr>
                    <th scope="col">番号</th>
                    <th scope="col">施策名</th>
                    <th scope="col">公表評価</th>
                    <th scope="col">算定評価</th>
                    <th scope="col">理由</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={discrepancies.data!.items}>
                    {(d) => (
                      <tr>
                        <td>{d.measureNo}</td>
                        <td>
                          <A href={`/measures/${encodeURIComponent(d.measureNo)}?plan=${py.planId()}&fy=${py.fy()}`}>{d.name}</A>
                        </td>
                        <td><RatingBadge scheme={py.scheme()!} rating={d.official} /></td>
                        <td><RatingBadge scheme={py.scheme()!} rating={d.computed} /></td>
                        <td>{d.reason || '（記載なし）'}</td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </div>
          </Show>
        </section>
      </Show>
    </>
  );
}
