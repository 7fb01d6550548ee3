import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import type { SummaryGroup } from '../../../shared/api/plans';
import { formatFiscalYear } from '../../../shared/fiscal-year';
import { summaryRow } from '../../../shared/rating/summary';
import { Loading, QueryError } from '../components/QueryError';
import { RatingChart } from '../components/RatingChart';
import { YearSelect } from '../components/YearSelect';
import { usePageTitle } from '../page-title';
import { usePlanYear } from '../plan-year';
import { createMeasuresQuery } from '../queries/measures';
import { createHeadlinesQuery, createSummaryQuery, createYearSummariesQuery } from '../queries/plans';
import { YearOverYear } from './YearOverYear';
import { HeadlineFigures } from './HeadlineFigures';

/**
 * 県議会向けサマリー: what a council member needs in a minute — how much of
 * the plan was achieved, by pillar and area, against the year before; which
 * measures fell short and why; and the municipalities' headline figures.
 */
export default function CouncilSummaryPage() {
  const py = usePlanYear();
  const summary = createSummaryQuery(py.planId, py.fy);
  const previousFy = () => (py.fy() !== undefined && py.years().includes(py.fy()! - 1) ? py.fy()! - 1 : undefined);
  const previous = createSummaryQuery(py.planId, previousFy);
  const unmet = createMeasuresQuery(() => py.planId() ?? '', () => py.fy() ?? 0, () => ({ rating: 'not_achieved' }));
  const headlines = createHeadlinesQuery();
  const allYears = createYearSummariesQuery(py.planId, py.years);
  const fyLabel = () => (py.fy() ? formatFiscalYear(py.fy()!) : '');
  usePageTitle(() => `県議会向けサマリー ${fyLabel()}`);
  const rowOf = (g: { counts: SummaryGroup['counts'] }) => summaryRow(g.counts, py.scheme()!);
  const achieved = (g: { counts: SummaryGroup['counts'] }) => Math.round((rowOf(g).combinedRate / 100) * rowOf(g).evaluated);
  const previousOf = (name: string) => previous.data?.groups.find((g) => g.name === name);
  const change = (now: number, before: number | undefined) =>
    before === undefined ? '―' : `${now - before >= 0 ? '+' : '−'}${Math.abs(now - before).toFixed(1)}ポイント`;
  const unmetRows = () => unmet.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <article class="council">
      <h1>県議会向けサマリー {fyLabel()}</h1>
      <QueryError error={py.plans.error ?? py.plan.error ?? summary.error} />
      <div class="no-print filters">
        <Show when={py.years().length > 0}><YearSelect years={py.years()} value={py.fy()} onChange={py.setFy} /></Show>
        <button type="button" onClick={() => window.print()}>印刷・PDFで保存</button>
      </div>
      <Show when={summary.data && py.scheme()} fallback={<Loading what="サマリー" />}>
        <section aria-labelledby="plan-heading">
          <h2 id="plan-heading">神奈川DX計画の達成状況</h2>
          <p class="lead">
            {fyLabel()}は、評価した{rowOf(summary.data!.total).evaluated}施策のうち
            <strong>{achieved(summary.data!.total)}施策（{rowOf(summary.data!.total).combinedRate.toFixed(1)}%）</strong>
            が「達成」または「概ね達成」でした。
            <Show when={previous.data} fallback={<>前年度（{py.fy() ? formatFiscalYear(py.fy()! - 1) : ''}）のデータはまだ登録されていないため、前年度との比較はありません。</>}>
              前年度は{rowOf(previous.data!.total).combinedRate.toFixed(1)}%でした（{change(rowOf(summary.data!.total).combinedRate, rowOf(previous.data!.total).combinedRate)}）。
            </Show>
          </p>
          <table>
            <caption>柱別の達成率（達成＋概ね達成）と前年度からの変化</caption>
            <thead><tr><th scope="col">柱</th><th scope="col" class="num">評価した施策</th><th scope="col" class="num">達成＋概ね達成</th><th scope="col" class="num">達成率</th><th scope="col" class="num">前年度からの変化</th></tr></thead>
            <tbody>
              <For each={[...summary.data!.groups, { id: 'total', name: '合計', counts: summary.data!.total.counts, groups: [] }]}>
                {(g) => (
                  <tr class={g.id === 'total' ? 'total' : ''}>
                    <th scope="row">{g.name}</th>
                    <td class="num">{rowOf(g).evaluated}</td>
                    <td class="num">{achieved(g)}</td>
                    <td class="num">{rowOf(g).combinedRate.toFixed(1)}%</td>
                    <td class="num">
                      {change(rowOf(g).combinedRate, (() => {
                        const before = g.id === 'total' ? previous.data?.total : previousOf(g.name);
                        return before ? rowOf(before).combinedRate : undefined;
                      })())}
                    </td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
          <RatingChart groups={summary.data!.groups} scheme={py.scheme()!} caption="分野別の評価（施策数）" />
          <YearOverYear summaries={allYears.map((q) => q.data)} scheme={py.scheme()!} />
          <p class="no-print"><A href={`/report?plan=${py.planId()}&fy=${py.fy()}`}>点検報告書（表・別紙）を見る</A></p>
        </section>

        <section aria-labelledby="unmet-heading">
          <h2 id="unmet-heading">未達成の施策と理由（{unmetRows().length}施策）</h2>
          <QueryError error={unmet.error} />
          <Show when={unmet.data} fallback={<Loading what="未達成の施策" />}>
            <table>
              <caption>未達成（△）の施策と、未達成の理由及び今後の見込み</caption>
              <thead><tr><th scope="col">番号</th><th scope="col">施策名</th><th scope="col">目標</th><th scope="col">実績</th><th scope="col">理由と今後の見込み</th></tr></thead>
              <tbody>
                <For each={unmetRows()}>
                  {(m) => (
                    <tr>
                      <th scope="row" class="nowrap">{m.measureNo}</th>
                      <td><A href={`/measures/${encodeURIComponent(m.measureNo)}?plan=${py.planId()}&fy=${py.fy()}`}>{m.name}</A></td>
                      <td>{m.targetText}</td>
                      <td>{m.actualText}</td>
                      <td>{m.reason || '（記載なし）'}</td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </Show>
        </section>
      </Show>
      <HeadlineFigures query={headlines} />
    </article>
  );
}
