import { useParams, useSearchParams } from '@solidjs/router';
import { createSignal, For, lazy, Show, Suspense } from 'solid-js';
import { toExcelCsv } from '../../../../shared/csv';
import { periodLabel, periodsEndingAt } from '../../../../shared/shared-measures/periods';
import { defaultPeriod, periodChoices } from './period-choices';
import { isRanked, reviewMark } from './stats-text';
import { ComparisonStats } from './ComparisonStats';
import { VALUE_TYPES } from '../../../../shared/shared-measures/value-types';
import { Loading, QueryError } from '../../ui/QueryError';
import { TileMap, type TileValue } from './TileMap';
import { mapViewOf, MapViewChoice } from './map/MapViewChoice';
import { token } from '../../app/session';
import { valueText } from './labels';
import { createMeQuery } from '../../app/auth';
import { createCatalogueQuery, createComparisonQuery, createTrendQuery } from './queries';
import { ComparisonTable, type Grouping } from './ComparisonTable';
import { ValueEntryForm } from './ValueEntryForm';
import { RemoveValueForm } from './RemoveValueForm';
import { lang, pick, pickIf, tr } from '../../app/lang';
import { orgLabel } from '../../app/org-names';

const TREND_PERIODS = 12;
// The map's geometry is its own chunk, loaded only when the map is shown.
const ChoroplethMap = lazy(() => import('./map/ChoroplethMap'));

/** 市町村比較: one shared measure for one period across the 33 municipalities — table, map, trends, unreported list, CSV. */
export default function ComparisonPage() {
  const params = useParams<{ measureId: string }>();
  const [search, setSearch] = useSearchParams<{ period?: string; group?: string; view?: string }>();
  const catalogue = createCatalogueQuery();
  const me = createMeQuery();
  const measure = () => catalogue.data?.items.find((m) => m.id === params.measureId);
  const now = new Date();
  const periods = () => {
    const m = measure();
    return m ? periodChoices(m, now) : [];
  };
  // Opens on the calendar's current period (the newest complete one), not on the newest period anyone reported.
  const period = () => {
    const m = measure();
    if (!m) return undefined;
    return search.period && periods().includes(search.period) ? search.period : defaultPeriod(m, now);
  };
  const comparison = createComparisonQuery(() => params.measureId, period);
  const trendRange = () => {
    const m = measure();
    const p = period();
    if (!m || !p) return undefined;
    return periodsEndingAt(m.period, p, TREND_PERIODS);
  };
  const trend = createTrendQuery(() => params.measureId, () => trendRange()?.[0], () => trendRange()?.at(-1));
  const trends = () => {
    const range = trendRange() ?? [];
    const byOrg = new Map<string, (number | undefined)[]>();
    for (const v of trend.data?.items ?? []) {
      const series = byOrg.get(v.orgCode) ?? range.map(() => undefined);
      series[range.indexOf(v.period)] = measure() ? VALUE_TYPES[measure()!.valueType].comparable(v.value) : undefined;
      byOrg.set(v.orgCode, series);
    }
    return byOrg;
  };
  const grouping = () => (search.group as Grouping) || 'none';
  const tiles = () =>
    new Map<string, TileValue>((comparison.data?.rows ?? []).map((r) => [r.orgCode, { numeric: r.numeric, label: valueText(comparison.data!.measure, r.value), sample: r.sample }]));
  const mapCaption = (m: { name: { ja: string; en: string }; period: Parameters<typeof periodLabel>[0] }, p: string) =>
    tr(`${m.name.ja}（${periodLabel(m.period, p)}）の地図`, `${m.name.en} (${periodLabel(m.period, p, 'en')}): map`);
  const missing = () => (comparison.data?.rows ?? []).filter((r) => r.value === undefined);
  const canReport = () => {
    const user = me.data;
    const m = measure();
    if (!user || !m) return false;
    if (user.role === 'prefecture_admin' || user.role === 'prefecture_staff') return true;
    return user.role === 'municipal_staff' && m.reportedBy === 'municipality';
  };
  const [csvError, setCsvError] = createSignal<unknown>();
  const downloadCsv = () => {
    const c = comparison.data!;
    // Yes/no and status measures have no rank: their file has no rank column either.
    const ranked = isRanked(c.measure);
    const header = lang() === 'en'
      ? ['Local government code', 'Municipality', 'Value', 'Value compared', 'Change', 'Review', 'Sample', 'Entered by prefecture', 'Note']
      : ['団体コード', '市町村', '値', '比較用の数値', '前期からの変化', '確認状況', 'サンプル', '県入力', '備考'];
    const csv = toExcelCsv(
      ranked ? [tr('順位', 'Rank'), ...header] : header,
      c.rows.map((r) => {
        const cells = [r.orgCode, orgLabel(r.orgCode, r.name), valueText(c.measure, r.value), r.numeric, r.change, pickIf(reviewMark(r.review)) ?? '', r.sample ? tr('サンプル', 'sample') : '', r.enteredByPrefecture ? tr('県入力', 'prefecture') : '', r.note];
        return ranked ? [r.rank, ...cells] : cells;
      }),
    );
    try {
      const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
      const a = Object.assign(document.createElement('a'), { href: url, download: `${c.measure.id}-${c.period}.csv` });
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch (error) {
      setCsvError(error);
    }
  };

  return (
    <>
      <QueryError error={catalogue.error ?? comparison.error ?? csvError()} />
      <Show when={measure()} fallback={<Loading what={tr('共通指標', 'shared measure')} />}>
        {(m) => (
          <>
            <h1>{pick(m().name)}</h1>
            <p>{pick(m().definition)}</p>
            <div class="filters">
              <div class="field">
                <label for="period">{tr('期間', 'Period')}</label>
                <select id="period" value={period()} onChange={(e) => setSearch({ period: e.currentTarget.value })}>
                  <For each={periods()}>{(p) => <option value={p}>{periodLabel(m().period, p, lang())}</option>}</For>
                </select>
              </div>
              <div class="field">
                <label for="grouping">{tr('まとめ方', 'Group by')}</label>
                <select id="grouping" value={grouping()} onChange={(e) => setSearch({ group: e.currentTarget.value })}>
                  <option value="none">{tr('まとめない', 'No grouping')}</option>
                  <option value="kind">{tr('団体区分（政令市・市・町村）', 'Kind (designated city, city, town/village)')}</option>
                  <option value="region">{tr('地域', 'Region')}</option>
                </select>
              </div>
              <button type="button" class="secondary" onClick={downloadCsv} disabled={!comparison.data}>{tr('CSVダウンロード（Excel対応）', 'Download CSV (opens in Excel)')}</button>
            </div>
            <Show when={comparison.data} fallback={<Loading what={tr('比較', 'comparison')} />}>
              {(c) => (
                <>
                  <ComparisonStats comparison={c()} />
                  <Show when={c().rows.some((r) => r.review)}>
                    <p class="notice warning">{tr('「未確認」は県の確認を待っている値、「差戻し」は県が差し戻した値です。確認されるまで、ほかの市町村や県議会、オープンデータには公開されません。', 'Values marked “Unconfirmed” await the prefecture’s review and those marked “Returned” were sent back; neither is shown to other municipalities, the council or open data until confirmed.')}</p>
                  </Show>
                  <Show when={c().rows.some((r) => r.sample)}>
                    <p class="notice warning">{tr('「サンプル」と表示した値は、実データではないサンプルデータです。', 'Values marked “Sample” are sample data, not real figures.')}</p>
                  </Show>
                  <MapViewChoice value={mapViewOf(search.view)} onChange={(view) => setSearch({ view: view === 'map' ? undefined : view })} />
                  <Show
                    when={mapViewOf(search.view) === 'map'}
                    fallback={<TileMap values={tiles()} caption={mapCaption(m(), c().period)} unit={m().valueType === 'status' ? '%' : m().unit} />}
                  >
                    <Suspense fallback={<Loading what={tr('地図', 'map')} />}>
                      <ChoroplethMap
                        values={new Map(c().rows.map((r) => [r.orgCode, { ...tiles().get(r.orgCode)!, name: orgLabel(r.orgCode, r.name) }]))}
                        caption={mapCaption(m(), c().period)}
                        unit={m().valueType === 'status' ? '%' : m().unit}
                        linked={token() !== null}
                      />
                    </Suspense>
                  </Show>
                  <ComparisonTable comparison={c()} grouping={grouping()} trends={trends()} trendLabel={tr(`推移（直近${TREND_PERIODS}期）`, `Trend (last ${TREND_PERIODS} periods)`)} />
                  <h2>{tr(`未報告の市町村（${missing().length}団体）`, `Municipalities not reported (${missing().length})`)}</h2>
                  <Show when={missing().length > 0} fallback={<p>{tr('すべての市町村が報告済みです。', 'Every municipality has reported.')}</p>}>
                    <ul><For each={missing()}>{(r) => <li>{orgLabel(r.orgCode, r.name)}</li>}</For></ul>
                  </Show>
                  <Show when={canReport()}>
                    <ValueEntryForm comparison={c()} ownOrgCode={me.data?.role === 'municipal_staff' ? me.data.orgCode : undefined} />
                  </Show>
                  <Show when={me.data?.role === 'prefecture_admin'}>
                    <RemoveValueForm comparison={c()} />
                  </Show>
                </>
              )}
            </Show>
          </>
        )}
      </Show>
    </>
  );
}
