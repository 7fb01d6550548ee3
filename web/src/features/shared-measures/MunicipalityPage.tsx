import { A, useParams } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { KANAGAWA_TILE_GRID } from '../../../../shared/org/kanagawa-tile-grid';
import type { SharedMeasure } from '../../../../shared/shared-measures/definition';
import { periodLabel } from '../../../../shared/shared-measures/periods';
import { VALUE_TYPES } from '../../../../shared/shared-measures/value-types';
import { Sparkline } from './Sparkline';
import { Loading, QueryError } from '../../ui/QueryError';
import { valueText } from './labels';
import { createCatalogueQuery, createComparisonQuery, createProfileQuery } from './queries';
import { lang, pick, tr } from '../../app/lang';

/** 市町村のプロフィール: one municipality across every shared measure, against the prefecture average. */
export default function MunicipalityPage() {
  const params = useParams<{ orgCode: string }>();
  const catalogue = createCatalogueQuery();
  const profile = createProfileQuery(() => params.orgCode);
  const name = () => KANAGAWA_TILE_GRID.find((t) => t.code === params.orgCode)?.name ?? params.orgCode;
  const seriesOf = (measure: SharedMeasure) =>
    (profile.data ?? []).filter((v) => v.measureId === measure.id).sort((a, b) => a.period.localeCompare(b.period));
  return (
    <>
      <h1>{tr(`${name()}の共通指標`, `${name()}: shared measures`)}</h1>
      <QueryError error={catalogue.error ?? profile.error} />
      <Show when={catalogue.data && profile.data} fallback={<Loading what={tr('プロフィール', 'profile')} />}>
        <div class="table-scroll">
          <table>
            <caption>{tr(`${name()}の最新値と県内平均`, `${name()}: latest values and the prefecture average`)}</caption>
            <thead>
              <tr>
                <th scope="col">{tr('指標', 'Measure')}</th>
                <th scope="col">{tr('期間', 'Period')}</th>
                <th scope="col" class="num">{name()}</th>
                <th scope="col" class="num">{tr('県内順位', 'Rank')}</th>
                <th scope="col" class="num">{tr('県内平均', 'Average')}</th>
                <th scope="col">{tr('推移', 'Trend')}</th>
              </tr>
            </thead>
            <tbody>
              <For each={catalogue.data!.items}>{(m) => <ProfileRow measure={m} orgCode={params.orgCode} series={seriesOf(m)} />}</For>
            </tbody>
          </table>
        </div>
      </Show>
    </>
  );
}

function ProfileRow(props: { measure: SharedMeasure; orgCode: string; series: ReturnType<typeof createProfileQuery>['data'] & {} }) {
  const comparison = createComparisonQuery(() => props.measure.id, () => props.measure.latestPeriod);
  const row = () => comparison.data?.rows.find((r) => r.orgCode === props.orgCode);
  return (
    <tr>
      <th scope="row"><A href={`/shared-measures/${props.measure.id}`}>{pick(props.measure.name)}</A></th>
      <td>{props.measure.latestPeriod ? periodLabel(props.measure.period, props.measure.latestPeriod, lang()) : '―'}</td>
      <td class="num">
        {valueText(props.measure, row()?.value)}
        <Show when={row()?.sample}><span class="sample-badge">{tr('サンプル', 'Sample')}</span></Show>
      </td>
      <td class="num">{row()?.rank ? tr(`${row()!.rank}位 / ${comparison.data!.stats.reported}`, `${row()!.rank} of ${comparison.data!.stats.reported}`) : '―'}</td>
      <td class="num">{comparison.data?.stats.average ?? '―'}</td>
      <td><Sparkline values={props.series.map((v) => VALUE_TYPES[props.measure.valueType].comparable(v.value))} /></td>
    </tr>
  );
}
