import { A } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import type { Comparison } from '../../../../shared/api/shared-measures';
import { KANAGAWA_REGIONS, KANAGAWA_TILE_GRID } from '../../../../shared/org/kanagawa-tile-grid';
import { Sparkline } from './Sparkline';
import { KIND_GROUPS, valueText } from './labels';
import { isRanked, reviewMark, yesShare } from './stats-text';
import { pick, tr } from '../../app/lang';
import { orgLabel, regionLabel } from '../../app/org-names';

type Row = Comparison['rows'][number];
type SortKey = 'rank' | 'name' | 'value' | 'change';
export type Grouping = 'none' | 'kind' | 'region';

const regionOf = new Map(KANAGAWA_TILE_GRID.map((t) => [t.code, t.region]));
const kindLabel = (kind: Row['kind']) => {
  const group = KIND_GROUPS.find((g) => (g.kinds as readonly string[]).includes(kind));
  return group ? tr(group.label, group.labelEn) : '';
};

function groupsOf(rows: Row[], grouping: Grouping): { label: string; rows: Row[] }[] {
  if (grouping === 'kind') return KIND_GROUPS.map((g) => ({ label: tr(g.label, g.labelEn), rows: rows.filter((r) => (g.kinds as readonly string[]).includes(r.kind)) }));
  if (grouping === 'region') return KANAGAWA_REGIONS.map((region) => ({ label: regionLabel(region), rows: rows.filter((r) => regionOf.get(r.orgCode) === region) }));
  return [{ label: '', rows }];
}

const average = (rows: Row[]) => {
  const n = rows.map((r) => r.numeric).filter((v): v is number => v !== undefined);
  return n.length ? Math.round((n.reduce((s, v) => s + v, 0) / n.length) * 100) / 100 : undefined;
};

/** A group's subtotal, fitting the value: the simple mean of numbers, the yes count of yes/no, the reported count of statuses. */
function subtotal(measure: Comparison['measure'], rows: Row[]): string {
  const reported = rows.filter((r) => r.value !== undefined);
  if (measure.valueType === 'boolean') return pick(yesShare({ yes: reported.filter((r) => r.value === true).length, reported: reported.length, total: rows.length }));
  if (measure.valueType === 'status') return tr(`報告 ${reported.length}団体`, `${reported.length} reported`);
  return `${tr('単純平均 ', 'Simple mean ')}${average(rows) ?? '―'}`;
}

/** The comparison as a sortable table (with group subtotals and a sparkline of each municipality's trend). */
export function ComparisonTable(props: { comparison: Comparison; grouping: Grouping; trends: Map<string, (number | undefined)[]>; trendLabel: string }) {
  // Only numbers are ranked (issue 15): yes/no and statuses open in the order of the local government codes.
  const ranked = () => isRanked(props.comparison.measure);
  const [sort, setSort] = createSignal<SortKey>(isRanked(props.comparison.measure) ? 'rank' : 'name');
  const [desc, setDesc] = createSignal(false);
  const sorted = (rows: Row[]) => {
    const by: Record<SortKey, (a: Row, b: Row) => number> = {
      rank: (a, b) => (a.rank ?? 999) - (b.rank ?? 999),
      name: (a, b) => a.orgCode.localeCompare(b.orgCode),
      value: (a, b) => (b.numeric ?? -Infinity) - (a.numeric ?? -Infinity),
      change: (a, b) => (b.change ?? -Infinity) - (a.change ?? -Infinity),
    };
    const out = [...rows].sort(by[sort()]);
    return desc() ? out.reverse() : out;
  };
  const sortBy = (key: SortKey) => {
    setDesc(sort() === key ? !desc() : false);
    setSort(key);
  };
  const ariaSort = (key: SortKey) => (sort() === key ? (desc() ? 'descending' : 'ascending') : 'none');
  const measure = () => props.comparison.measure;
  const Header = (p: { key: SortKey; label: string }) => (
    <th scope="col" aria-sort={ariaSort(p.key)}><button type="button" class="sort" onClick={() => sortBy(p.key)}>{p.label}</button></th>
  );
  return (
    <div class="table-scroll" tabindex="0" role="region" aria-label={`${pick(measure().name)}${tr('：市町村別の値', ': values by municipality')}`}>
      <table class="comparison">
        <caption>{pick(measure().name)}{tr('：市町村別の値', ': values by municipality')}</caption>
        <thead>
          <tr>
            <Show when={ranked()}><Header key="rank" label={tr('順位', 'Rank')} /></Show>
            <Header key="name" label={tr('市町村', 'Municipality')} />
            <th scope="col">{tr('区分・地域', 'Kind / region')}</th>
            <Show when={ranked()} fallback={<Header key="value" label={tr('値', 'Value')} />}><th scope="col" class="num">{tr('値', 'Value')}</th></Show>
            <Header key="change" label={tr('前期からの変化', 'Change')} />
            <th scope="col">{props.trendLabel}</th>
          </tr>
        </thead>
        <For each={groupsOf(props.comparison.rows, props.grouping)}>
          {(group) => (
            <tbody>
              <Show when={group.label}>
                <tr class="total"><th scope="rowgroup" colspan={ranked() ? 3 : 2}>{group.label}{tr(`（${group.rows.length}団体）`, ` (${group.rows.length})`)}</th><td class="num">{subtotal(measure(), group.rows)}</td><td colspan="2" /></tr>
              </Show>
              <For each={sorted(group.rows)}>
                {(row) => (
                  <tr>
                    <Show when={ranked()}><td class="num">{row.rank ?? '―'}</td></Show>
                    <th scope="row"><A href={`/municipalities/${row.orgCode}`}>{orgLabel(row.orgCode, row.name)}</A></th>
                    <td>{kindLabel(row.kind)}{tr('・', ', ')}{regionLabel(regionOf.get(row.orgCode) ?? '')}</td>
                    <td class="num">
                      {valueText(measure(), row.value)}
                      <Show when={row.sample}><span class="sample-badge">{tr('サンプル', 'Sample')}</span></Show>
                      <Show when={row.enteredByPrefecture && !row.sample}><span class="sample-badge">{tr('県入力', 'Entered by prefecture')}</span></Show>
                      <Show when={reviewMark(row.review)}>{(mark) => <span class={`review-badge review-${row.review}`}>{pick(mark())}</span>}</Show>
                    </td>
                    <td class="num">{row.change === undefined ? '―' : `${row.change > 0 ? '+' : ''}${row.change}`}</td>
                    <td><Sparkline values={props.trends.get(row.orgCode) ?? []} /></td>
                  </tr>
                )}
              </For>
            </tbody>
          )}
        </For>
      </table>
    </div>
  );
}
