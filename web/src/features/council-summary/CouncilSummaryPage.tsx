import { A } from '@solidjs/router';
import { createSignal, For, lazy, Show } from 'solid-js';
import type { SummaryGroup } from '../../../../shared/api/plans';
import { summaryRow } from '../../../../shared/rating/summary';
import { Loading, QueryError } from '../../ui/QueryError';
import { RatingChart } from '../../ui/RatingChart';
import { YearSelect } from '../../ui/YearSelect';
import { fiscalYearShort, groupLabel } from '../../app/format';
import { tr } from '../../app/lang';
import { usePageTitle } from '../../app/page-title';
import { usePlanYear } from '../plan/plan-year';
import { createMeasuresQuery } from '../plan/measure-queries';
import { createSummaryQuery } from '../plan/queries';
import { createHeadlinesQuery, createYearSummariesQuery } from './queries';
import { HeadlineFigures } from './HeadlineFigures';
import { YearOverYear } from './YearOverYear';

// The year's council meetings and decisions (issue 17), loaded with their own chunk.
const CouncilMeetings = lazy(() => import('../meetings/CouncilMeetings'));

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
  const fyLabel = () => (py.fy() ? fiscalYearShort(py.fy()!) : '');
  const title = () => `${tr('県議会向けサマリー', 'Summary for council members')} ${fyLabel()}`;
  usePageTitle(title);
  const rowOf = (g: { counts: SummaryGroup['counts'] }) => summaryRow(g.counts, py.scheme()!);
  const achieved = (g: { counts: SummaryGroup['counts'] }) => Math.round((rowOf(g).combinedRate / 100) * rowOf(g).evaluated);
  const previousOf = (g: Pick<SummaryGroup, 'id' | 'name'>) => (g.id === 'total' ? previous.data?.total : previous.data?.groups.find((p) => p.name === g.name));
  const change = (now: number, before: number | undefined) =>
    before === undefined ? '―' : `${now - before >= 0 ? '+' : '−'}${Math.abs(now - before).toFixed(1)}${tr('ポイント', ' pt')}`;
  const unmetRows = () => unmet.data?.pages.flatMap((p) => p.items) ?? [];
  const total = () => rowOf(summary.data!.total);
  const [printAppendix, setPrintAppendix] = createSignal(true);
  return (
    <article class="council">
      <h1>{title()}</h1>
      <QueryError error={py.plans.error ?? py.plan.error ?? summary.error} />
      <div class="no-print filters">
        <Show when={py.years().length > 0}><YearSelect years={py.years()} value={py.fy()} onChange={py.setFy} /></Show>
        <div class="field">
          <label class="check">
            <input type="checkbox" checked={printAppendix()} onChange={(e) => setPrintAppendix(e.currentTarget.checked)} />
            {tr('付録（未達成の施策の一覧）も印刷する', 'Also print the appendix (the measures not achieved)')}
          </label>
          <p class="help">{tr('サマリーは A4 横 2 ページに収まります。付録はその後のページに続けて印刷します。', 'The summary fits on two A4 landscape pages; the appendix prints on the pages after it.')}</p>
        </div>
        <button type="button" onClick={() => window.print()}>{tr('印刷・PDFで保存', 'Print or save as PDF')}</button>
      </div>
      <Show when={summary.data && py.scheme()} fallback={<Loading what={tr('サマリー', 'summary')} />}>
        <section aria-labelledby="plan-heading">
          <h2 id="plan-heading">{tr('神奈川DX計画の達成状況', 'Kanagawa DX plan: achievement')}</h2>
          <p class="lead">
            {tr(
              `${fyLabel()}は、評価した${total().evaluated}施策のうち`,
              `In ${fyLabel()}, of the ${total().evaluated} measures rated, `,
            )}
            <strong>{tr(`${achieved(summary.data!.total)}施策（${total().combinedRate.toFixed(1)}%）`, `${achieved(summary.data!.total)} (${total().combinedRate.toFixed(1)}%)`)}</strong>
            {tr('が「達成」または「概ね達成」でした。', ' were achieved or mostly achieved. ')}
            <Show
              when={previous.data}
              fallback={tr(
                `前年度（${py.fy() ? fiscalYearShort(py.fy()! - 1) : ''}）のデータはまだ登録されていないため、前年度との比較はありません。`,
                `There is no comparison with the previous year: ${py.fy() ? fiscalYearShort(py.fy()! - 1) : ''} has not been recorded yet.`,
              )}
            >
              {tr(`前年度は${rowOf(previous.data!.total).combinedRate.toFixed(1)}%でした`, `The year before: ${rowOf(previous.data!.total).combinedRate.toFixed(1)}%`)}
              （{change(total().combinedRate, rowOf(previous.data!.total).combinedRate)}）。
            </Show>
          </p>
          <div class="table-scroll" tabindex="0" role="region" aria-label={tr('柱別の達成率の表', 'Table of achievement by pillar')}>
            <table class="pillars">
              <caption>{tr('柱別の達成率（達成＋概ね達成）と前年度からの変化', 'Achievement by pillar (achieved + mostly achieved) and change from the previous year')}</caption>
              <thead>
                <tr>
                  <th scope="col">{tr('柱', 'Pillar')}</th>
                  <th scope="col" class="num">{tr('評価した施策', 'Measures rated')}</th>
                  <th scope="col" class="num">{tr('達成＋概ね達成', 'Achieved + mostly')}</th>
                  <th scope="col" class="num">{tr('達成率', 'Rate')}</th>
                  <th scope="col" class="num">{tr('前年度からの変化', 'Change')}</th>
                </tr>
              </thead>
              <tbody>
                <For each={[...summary.data!.groups, { id: 'total', name: tr('合計', 'Total'), counts: summary.data!.total.counts, groups: [] }]}>
                  {(g) => (
                    <tr class={g.id === 'total' ? 'total' : ''}>
                      <th scope="row">{groupLabel(g)}</th>
                      <td class="num">{rowOf(g).evaluated}</td>
                      <td class="num">{achieved(g)}</td>
                      <td class="num">{rowOf(g).combinedRate.toFixed(1)}%</td>
                      <td class="num">{change(rowOf(g).combinedRate, previousOf(g) ? rowOf(previousOf(g)!).combinedRate : undefined)}</td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </div>
          <RatingChart groups={summary.data!.groups} scheme={py.scheme()!} caption={tr('分野別の評価（施策数）', 'Ratings by area (number of measures)')} />
          <YearOverYear summaries={allYears.map((q) => q.data)} scheme={py.scheme()!} />
          <Show when={unmet.data}>
            <p>{tr(`未達成の${unmetRows().length}施策と、その理由及び今後の見込みは付録に掲載しています。`, `The ${unmetRows().length} measures not achieved, with the reasons and outlook, are listed in the appendix.`)}</p>
          </Show>
          <p class="no-print"><A href={`/report?plan=${py.planId()}&fy=${py.fy()}`}>{tr('点検報告書（表・別紙）を見る', 'Open the inspection report (table and annex)')}</A></p>
        </section>
      </Show>
      <HeadlineFigures query={headlines} />
      <Show when={py.fy()}>{(fy) => <CouncilMeetings fiscalYear={fy()} />}</Show>
      {/* The full list is an appendix: the summary itself prints on two A4 pages, the list on the pages after. */}
      <Show when={summary.data && py.scheme()}>
        <section aria-labelledby="unmet-heading" class={printAppendix() ? 'appendix page-break' : 'appendix page-break no-print'}>
          <p class="appendix-label">{tr('付録', 'Appendix')}</p>
          <h2 id="unmet-heading">{tr(`未達成の施策と理由（${unmetRows().length}施策）`, `Measures not achieved, and why (${unmetRows().length})`)}</h2>
          <QueryError error={unmet.error} />
          <Show when={unmet.data} fallback={<Loading what={tr('未達成の施策', 'measures')} />}>
            <div class="table-scroll" tabindex="0" role="region" aria-label={tr('未達成の施策の表', 'Table of measures not achieved')}>
              <table class="unmet">
                <caption>{tr('未達成（△）の施策と、未達成の理由及び今後の見込み', 'Measures not achieved (△), the reason and the outlook')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{tr('番号', 'No.')}</th>
                    <th scope="col">{tr('施策名', 'Measure')}</th>
                    <th scope="col">{tr('目標', 'Target')}</th>
                    <th scope="col">{tr('実績', 'Actual')}</th>
                    <th scope="col">{tr('理由と今後の見込み', 'Reason and outlook')}</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={unmetRows()}>
                    {(m) => (
                      <tr>
                        <th scope="row" class="nowrap">{m.measureNo}</th>
                        <td lang="ja"><A href={`/measures/${encodeURIComponent(m.measureNo)}?plan=${py.planId()}&fy=${py.fy()}`}>{m.name}</A></td>
                        <td lang="ja">{m.targetText}</td>
                        <td lang="ja">{m.actualText}</td>
                        <td lang={m.reason ? 'ja' : undefined}>{m.reason || tr('（記載なし）', '(none given)')}</td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </div>
          </Show>
        </section>
      </Show>
    </article>
  );
}
