import { createSignal, For, Show } from 'solid-js';
import { formatFiscalYear } from '../../../../shared/fiscal-year';
import { ANNEX_TABLE } from '../../../../shared/report/inspection-report';
import { Dynamic } from 'solid-js/web';
import { fiscalYearShort } from '../../app/format';
import { lang, tr } from '../../app/lang';
import { downloadFile } from '../../app/api';
import { Loading, QueryError } from '../../ui/QueryError';
import { YearSelect } from '../../ui/YearSelect';
import { usePageTitle } from '../../app/page-title';
import { usePlanYear } from '../plan/plan-year';
import { createInspectionReportQuery } from './queries';
import { Errata } from '../plan/Errata';
import { YearStatus } from '../plan/YearStatus';
import { PublishYear } from '../plan/PublishYear';

/** The annex's columns that hold the plan's Japanese text (it has no English version), marked so in English pages. */
const JAPANESE_DATA = new Set(['measure_name', 'bureau', 'indicator', 'target', 'actual', 'reason']);

/**
 * 点検報告書: the summary table and the annex, laid out like the published
 * report; printing (or saving as PDF) gives A4 landscape pages without the
 * portal's navigation. The same data downloads as CSV and Excel.
 */
export default function InspectionReportPage() {
  const py = usePlanYear();
  const report = createInspectionReportQuery(py.planId, py.fy, lang);
  usePageTitle(() => (lang() === 'en' ? `Inspection report ${fyLabel()}` : (report.data?.title ?? '点検報告書')));
  const [downloadError, setDownloadError] = createSignal('');
  const pillars = () => [...new Set((report.data?.annex ?? []).map((r) => r.pillar))];
  /** A pillar in the chosen language: its English name rides on its annex rows. */
  const pillarText = (pillar: string) => (lang() === 'en' ? report.data?.annex.find((r) => r.pillar === pillar)?.pillarEn ?? pillar : pillar);
  const base = () => `/api/plans/${py.planId()}/years/${py.fy()}`;
  const fyLabel = () => (py.fy() ? fiscalYearShort(py.fy()!) : '');
  const fyJa = () => (py.fy() ? formatFiscalYear(py.fy()!) : '');
  const download = (path: string, name: string) => {
    setDownloadError('');
    downloadFile(`${base()}${path}?lang=${lang()}`, name).catch(() =>
      setDownloadError(tr('ダウンロードできませんでした。もう一度お試しください。', 'The download failed. Please try again.')),
    );
  };
  return (
    <article class="report">
      <h1>{lang() === 'en' && py.fy() ? `Inspection report ${fyLabel()}` : (report.data?.title ?? '点検報告書')}</h1>
      <QueryError error={py.plans.error ?? py.plan.error ?? report.error} />
      <Show when={py.fy()}>
        <YearStatus publication={py.publication()} />
        <PublishYear planId={py.planId()!} fiscalYear={py.fy()!} published={py.publication()?.status === 'published'} version={py.plan.data?.plan.version} />
      </Show>
      <div class="no-print">
        <Show when={py.years().length > 0}>
          <YearSelect years={py.years()} value={py.fy()} onChange={py.setFy} />
        </Show>
        <div class="actions">
          <button type="button" onClick={() => window.print()}>{tr('印刷・PDFで保存', 'Print or save as PDF')}</button>
          <button type="button" class="secondary" onClick={() => download('/report/annex.csv', `施策別成果指標達成状況一覧（${fyJa()}）.csv`)}>{tr('別紙（CSV）', 'Annex (CSV)')}</button>
          <button type="button" class="secondary" onClick={() => download('/report/summary.csv', `施策の達成状況（${fyJa()}）.csv`)}>{tr('達成状況の表（CSV）', 'Summary table (CSV)')}</button>
          <button type="button" class="secondary" onClick={() => download('/report.xlsx', `${report.data?.title ?? '点検報告書'}.xlsx`)}>Excel (xlsx)</button>
        </div>
        <Show when={downloadError()}><p class="field-error" role="alert">{downloadError()}</p></Show>
      </div>
      <Show when={report.data} fallback={<Loading what={tr('点検報告書', 'report')} />}>
        <section aria-labelledby="report-summary">
          <h2 id="report-summary">{tr('施策の達成状況', 'Achievement of the measures')}</h2>
          <div class="table-scroll" tabindex="0" role="region" aria-label={tr('施策数と達成率の表', 'Table of measures and achievement rates')}>
            <table class="report-summary">
              <caption>{tr(`施策数と達成率（${fyLabel()}）`, `Measures and achievement rates (${fyLabel()})`)}</caption>
              <thead>
                <tr><For each={report.data!.summaryColumns}>{(c) => <th scope="col">{c}</th>}</For></tr>
              </thead>
              <tbody>
                <For each={report.data!.summary}>
                  {(row) => (
                    <tr class={row.total ? 'total' : ''}>
                      <th scope="row">{row.cells[0]}</th>
                      <For each={row.cells.slice(1)}>{(cell) => <td class="num">{cell}</td>}</For>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </div>
        </section>
        <section aria-labelledby="report-annex" class="page-break">
          <h2 id="report-annex">{tr(`【別紙】施策別成果指標達成状況一覧（${fyLabel()}）`, `Annex: indicators and results by measure (${fyLabel()})`)}</h2>
          <For each={pillars()}>
            {(pillar) => (
              // Fixed column widths (styles.css, @media print) keep bureau names on one line and the reason widest.
              <div class="table-scroll" tabindex="0" role="region" aria-label={tr(`別紙の表：${pillar}`, `Annex table: ${pillarText(pillar)}`)}>
                <table class="annex">
                  <caption>{pillarText(pillar)}</caption>
                  <colgroup><For each={ANNEX_TABLE}>{(c) => <col class={`col-${c.id}`} />}</For></colgroup>
                  <thead>
                    <tr><For each={ANNEX_TABLE}>{(c) => <th scope="col">{c.header[lang()]}</th>}</For></tr>
                  </thead>
                  <tbody>
                    <For each={report.data!.annex.filter((r) => r.pillar === pillar)}>
                      {(r) => (
                        <tr>
                          <For each={ANNEX_TABLE}>
                            {(c) => (
                              <Dynamic component={c.rowHeader ? 'th' : 'td'} scope={c.rowHeader ? 'row' : undefined} class={`cell-${c.id} ${c.className ?? ''}`} lang={JAPANESE_DATA.has(c.id) ? 'ja' : undefined}>
                                {c.cell(r, lang())}
                              </Dynamic>
                            )}
                          </For>
                        </tr>
                      )}
                    </For>
                  </tbody>
                </table>
              </div>
            )}
          </For>
        </section>
        <Errata planId={py.planId()!} fiscalYear={py.fy()!} scheme={py.scheme()} />
      </Show>
    </article>
  );
}
