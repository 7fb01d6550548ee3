import { A, useSearchParams } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
import { formatDate } from '../../../../shared/fiscal-year';
import { createMeQuery } from '../../app/auth';
import { lang, pick, tr } from '../../app/lang';
import { usePageTitle } from '../../app/page-title';
import { Loading, QueryError } from '../../ui/QueryError';
import { createReportingRatesQuery } from './ReportingRatesQuery';
import { rateText, ReportingRatesTable } from './ReportingRatesTable';
import './ReportingRates.css';

/**
 * 報告状況: completeness and timeliness of municipal reporting, as DHIS2 defines them (reporting rate =
 * reported/expected, on-time rate = reported by the deadline/expected), per municipality, per measure and per
 * period (the trend), over a range of deadlines. For the prefecture and council members.
 */
export default function ReportingRatesPage() {
  usePageTitle(() => tr('報告状況', 'Reporting rates'));
  const me = createMeQuery();
  const [search, setSearch] = useSearchParams<{ from?: string; to?: string }>();
  const range = () => ({ from: search.from ?? '', to: search.to ?? '' });
  const allowed = () => !!me.data && me.data.role !== 'municipal_staff';
  const rates = createReportingRatesQuery(range, allowed);
  const [from, setFrom] = createSignal(range().from);
  const [to, setTo] = createSignal(range().to);
  const measureName = (id: string) => {
    const m = rates.data?.measures.find((x) => x.measureId === id);
    return m ? pick(m.name) : id;
  };
  return (
    <>
      <h1>{tr('報告状況', 'Reporting rates')}</h1>
      <p>
        {tr(
          '報告カレンダーで期限を迎えた期間について、各市町村に1件ずつ報告を求めています。報告率＝報告された件数÷対象件数、期限内報告率＝期限日（日本時間）までに初めて提出された件数÷対象件数です（DHIS2 の定義）。',
          'Each municipality is expected one value per period whose deadline has passed in the reporting calendar. Reporting rate = reported ÷ expected; on-time rate = first submitted by the deadline day (Japan time) ÷ expected (as DHIS2 defines them).',
        )}
      </p>
      <Show when={me.data?.role === 'municipal_staff'}>
        <p>{tr('このページは県と県議会議員向けです。自団体の報告は「やること」で確認できます。', 'This page is for the prefecture and council members. See your own municipality’s reporting in My tasks.')} <A href="/tasks">{tr('やること', 'My tasks')}</A></p>
      </Show>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setSearch({ from: from() || undefined, to: to() || undefined });
        }}
      >
        <label>
          {tr('期限日（から）', 'Deadlines from')} <input type="date" value={from()} onInput={(e) => setFrom(e.currentTarget.value)} />
        </label>{' '}
        <label>
          {tr('期限日（まで）', 'to')} <input type="date" value={to()} onInput={(e) => setTo(e.currentTarget.value)} />
        </label>{' '}
        <button type="submit">{tr('表示', 'Show')}</button>
      </form>
      <QueryError error={rates.error} />
      <Show when={allowed()}>
        <Show when={rates.data} fallback={<Show when={!rates.error}><Loading what={tr('報告状況', 'reporting rates')} /></Show>}>
          {(data) => (
            <>
              <p role="status">
                {tr(`${formatDate(data().from)}から${formatDate(data().to)}までに期限を迎えた報告: `, `Reports due from ${formatDate(data().from, 'en')} to ${formatDate(data().to, 'en')}: `)}
                {tr('報告率', 'reporting rate')} <strong>{rateText(data().total.reportingRate, data().total.reported, data().total.expected)}</strong>
                {tr('、期限内報告率', ', on-time rate')} <strong>{rateText(data().total.onTimeRate, data().total.onTime, data().total.expected)}</strong>
              </p>
              <Show when={data().total.expected > 0} fallback={<p>{tr('この期間に期限を迎えた報告はありません。', 'No report fell due in this range.')}</p>}>
                <section aria-labelledby="rates-by-org">
                  <h2 id="rates-by-org">{tr('市町村別', 'By municipality')}</h2>
                  <ReportingRatesTable
                    caption={tr('市町村別の報告率と期限内報告率', 'Reporting and on-time rates by municipality')}
                    rowHeader={tr('市町村', 'Municipality')}
                    rows={data().municipalities}
                    name={(row) => <A href={`/municipalities/${row.orgCode}`}>{pick(row.name)}</A>}
                  />
                </section>
                <section aria-labelledby="rates-by-measure">
                  <h2 id="rates-by-measure">{tr('指標別', 'By measure')}</h2>
                  <ReportingRatesTable
                    caption={tr('指標別の報告率と期限内報告率', 'Reporting and on-time rates by measure')}
                    rowHeader={tr('指標', 'Measure')}
                    rows={data().measures}
                    name={(row) => <A href={`/shared-measures/${row.measureId}`}>{pick(row.name)}</A>}
                  />
                </section>
                <section aria-labelledby="rates-by-period">
                  <h2 id="rates-by-period">{tr('期間別の推移', 'Trend by period')}</h2>
                  <ReportingRatesTable
                    caption={tr('期限の古い順', 'Oldest deadline first')}
                    rowHeader={tr('指標・期間', 'Measure and period')}
                    extraHeaders={[tr('期限', 'Deadline')]}
                    rows={data().periods}
                    name={(row) => (
                      <A href={`/shared-measures/${row.measureId}?period=${encodeURIComponent(row.period)}`}>
                        {measureName(row.measureId)}{tr('（', ' (')}{pick(row.periodLabel)}{tr('）', ')')}
                      </A>
                    )}
                    extra={(row) => <td><time datetime={row.deadline}>{formatDate(row.deadline, lang())}</time></td>}
                  />
                </section>
              </Show>
            </>
          )}
        </Show>
      </Show>
    </>
  );
}
