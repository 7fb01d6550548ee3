import { A, useParams } from '@solidjs/router';
import { For, Index, Show } from 'solid-js';
import { KANAGAWA_TILE_GRID } from '../../../../shared/org/kanagawa-tile-grid';
import { Loading, QueryError } from '../../ui/QueryError';
import { createCatalogueQuery, createProfileQuery } from './queries';
import { ProfileRow } from './ProfileRow';
import { profileRows } from './profile-rows';
import { tr } from '../../app/lang';
import { orgLabel } from '../../app/org-names';

const SKELETON_ROWS = 8;

/**
 * 市町村のプロフィール: one municipality across every shared measure. Its own figures and trends come from one
 * endpoint (the profile, one Query on GSI2); the prefecture's mean and rank of a measure are fetched only when
 * asked for, one comparison at a time, so opening the page costs one request instead of one per measure.
 */
export default function MunicipalityPage() {
  const params = useParams<{ orgCode: string }>();
  const catalogue = createCatalogueQuery();
  const profile = createProfileQuery(() => params.orgCode);
  const name = () => orgLabel(params.orgCode, KANAGAWA_TILE_GRID.find((t) => t.code === params.orgCode)?.name);
  const now = new Date();
  const rows = () => (catalogue.data && profile.data ? profileRows(catalogue.data.items, profile.data, now) : undefined);
  const loading = () => !catalogue.error && !profile.error && rows() === undefined;
  return (
    <>
      <h1>{tr(`${name()}の共通指標`, `${name()}: shared measures`)}</h1>
      <QueryError error={catalogue.error ?? profile.error} />
      <Show when={loading()}><Loading what={tr('プロフィール', 'profile')} /></Show>
      <div class="table-scroll" tabindex="0" role="region" aria-label={tr(`${name()}の最新値と推移`, `${name()}: latest values and trends`)}>
        <table aria-busy={loading() ? 'true' : 'false'}>
          <caption>{tr(`${name()}の最新値と推移`, `${name()}: latest values and trends`)}</caption>
          <thead>
            <tr>
              <th scope="col">{tr('指標', 'Measure')}</th>
              <th scope="col">{tr('期間', 'Period')}</th>
              <th scope="col" class="num">{name()}</th>
              <th scope="col">{tr('推移', 'Trend')}</th>
              <th scope="col">{tr('県内の状況', 'In the prefecture')}</th>
            </tr>
          </thead>
          <tbody>
            <Show when={rows()} fallback={<SkeletonRows measures={catalogue.data?.items.map((m) => m.name.ja)} />}>
              <For each={rows()}>{(r) => <ProfileRow row={r} orgCode={params.orgCode} />}</For>
            </Show>
          </tbody>
        </table>
      </div>
      <p class="help">
        {tr(
          '「県内の状況」のボタンで、その指標の県内の単純平均（人口による重み付けなし）と順位、またははい・状況ごとの団体数を表示します。',
          'The button under “In the prefecture” shows that measure’s simple mean across municipalities (not population-weighted) and rank, or the counts of yes answers and statuses.',
        )}
      </p>
      <Show when={rows()?.some((r) => r.period)}>
        <p class="help">{tr('期間は、報告の暦で締切を過ぎた最新の期間です。', 'The period is the newest whose reporting deadline has passed.')}</p>
      </Show>
      <p><A href="/shared-measures">{tr('共通指標の一覧へ', 'All shared measures')}</A></p>
    </>
  );
}

/** Placeholders the size of the table while the profile loads: never 未報告 before anything is known. */
function SkeletonRows(props: { measures?: string[] }) {
  return (
    <Index each={props.measures ?? Array.from({ length: SKELETON_ROWS }, () => '')}>
      {(measureName) => (
        <tr class="skeleton" aria-busy="true">
          <th scope="row">{measureName() || <span class="skeleton-bar" />}</th>
          <td><span class="skeleton-bar" /></td>
          <td class="num"><span class="skeleton-bar" /><span class="visually-hidden">{tr('読み込み中', 'Loading')}</span></td>
          <td><span class="skeleton-bar" /></td>
          <td><span class="skeleton-bar" /></td>
        </tr>
      )}
    </Index>
  );
}
