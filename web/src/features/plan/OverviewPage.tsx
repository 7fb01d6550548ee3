import { A } from '@solidjs/router';
import { For, lazy, Show } from 'solid-js';
import type { SummaryGroup } from '../../../../shared/api/plans';
import { formatFiscalYear } from '../../../../shared/fiscal-year';
import { Loading, QueryError } from '../../ui/QueryError';
import { RatingBadge } from './RatingBadge';
import { RatingChart } from '../../ui/RatingChart';
import { SummaryTable } from './SummaryTable';
import { YearSelect } from '../../ui/YearSelect';
import { usePlanYear } from './plan-year';
import { createDiscrepanciesQuery, createSummaryQuery } from './queries';
import { usePageTitle } from '../../app/page-title';
import { tr } from '../../app/lang';
import { YearStatus } from './YearStatus';
// Only administrators ever see the button: its code loads when the page first renders it.
const PublishYear = lazy(() => import('./PublishYear').then((m) => ({ default: m.PublishYear })));

/** 計画の概要: the report's summary table, drill-down by area, a chart of ratings by area, and discrepancies. */
export default function OverviewPage() {
  const py = usePlanYear();
  const summary = createSummaryQuery(py.planId, py.fy);
  const discrepancies = createDiscrepanciesQuery(py.planId, py.fy);
  const title = () =>
    tr(
      `${py.plan.data?.plan.name.ja ?? '計画'} ${py.fy() ? formatFiscalYear(py.fy()!, 'ja') : ''} 点検結果`,
      `${py.plan.data?.plan.name.en ?? 'Plan'} ${py.fy() ? formatFiscalYear(py.fy()!, 'en') : ''} results`,
    );
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
      <Show when={py.fy()}>
        <YearStatus publication={py.publication()} />
        <PublishYear planId={py.planId()!} fiscalYear={py.fy()!} published={py.publication()?.status === 'published'} version={py.plan.data?.plan.version} />
      </Show>
      <Show when={summary.data && py.scheme()} fallback={<Loading what={tr('点検結果', 'results')} />}>
        <section aria-labelledby="summary-heading">
          <h2 id="summary-heading">{tr('施策の達成状況', 'Achievement of the measures')}</h2>
          <p>{tr('柱の行のボタンで分野別の内訳を開けます。名称を選ぶと、その施策の一覧を表示します。', 'The button on a pillar’s row opens its areas; a name opens its measures.')}</p>
          <SummaryTable summary={summary.data!} scheme={py.scheme()!} caption={`${title()}${tr('（施策数・達成率）', ' (measures and rates)')}`} linkOf={linkOf} />
        </section>
        <section aria-labelledby="chart-heading">
          <h2 id="chart-heading">{tr('分野別の評価', 'Ratings by area')}</h2>
          <RatingChart groups={summary.data!.groups} scheme={py.scheme()!} caption={tr('分野ごとの評価の内訳（施策数）', 'Ratings in each area (number of measures)')} />
        </section>
        <section aria-labelledby="discrepancy-heading">
          <h2 id="discrepancy-heading">{tr('公表評価と算定評価の相違', 'Published vs computed ratings')}</h2>
          <Show
            when={(discrepancies.data?.items.length ?? 0) > 0}
            fallback={<p>{tr('目標と実績から算定した評価は、すべて公表評価と一致しています。', 'Every rating computed from the targets and actuals agrees with the published one.')}</p>}
          >
            <p>{tr('目標と実績から算定した評価が、確定（公表）した評価と異なる施策です。', 'Measures whose rating computed from the target and actual differs from the confirmed (published) one.')}</p>
            <div class="table-scroll" tabindex="0" role="region" aria-label={tr('公表評価と算定評価の相違', 'Published vs computed ratings')}>
              <table>
                <caption class="visually-hidden">{tr('公表評価と算定評価の相違', 'Published vs computed ratings')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{tr('番号', 'No.')}</th>
                    <th scope="col">{tr('施策名', 'Measure')}</th>
                    <th scope="col">{tr('公表評価', 'Published')}</th>
                    <th scope="col">{tr('算定評価', 'Computed')}</th>
                    <th scope="col">{tr('理由', 'Reason')}</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={discrepancies.data!.items}>
                    {(d) => (
                      <tr>
                        <td>{d.measureNo}</td>
                        <td>
                          <A href={`/measures/${encodeURIComponent(d.measureNo)}?plan=${py.planId()}&fy=${py.fy()}`} lang="ja">{d.name}</A>
                        </td>
                        <td><RatingBadge scheme={py.scheme()!} rating={d.official} /></td>
                        <td><RatingBadge scheme={py.scheme()!} rating={d.computed} /></td>
                        <td lang={d.reason ? 'ja' : undefined}>{d.reason || tr('（記載なし）', '(none given)')}</td>
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
