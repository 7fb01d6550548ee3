import { For } from 'solid-js';
import type { SummaryGroup } from '../../../shared/api/plans';
import type { RatingScheme } from '../../../shared/rating/scheme';
import { rankClass } from '../i18n/ratings';

/** Leaf groups in tree order (the areas of the DX plan). */
function leaves(groups: readonly SummaryGroup[]): SummaryGroup[] {
  return groups.flatMap((g) => (g.groups.length ? leaves(g.groups) : [g]));
}

/**
 * Ratings by area as stacked bars. The bars are decoration for sighted
 * readers; the same numbers are in the table that follows, which screen
 * readers get instead.
 */
export function RatingChart(props: { groups: SummaryGroup[]; scheme: RatingScheme; caption: string }) {
  const levels = () => props.scheme.levels.filter((l) => l.role !== 'excluded');
  const total = (g: SummaryGroup) => levels().reduce((s, l) => s + (g.counts[l.id] ?? 0), 0);
  return (
    <figure>
      <figcaption><strong>{props.caption}</strong></figcaption>
      <ul class="legend" aria-hidden="true">
        <For each={levels()}>
          {(l) => (
            <li>
              <span class={`swatch seg-${rankClass(l)}`} />
              <span class="chart-legend-label">{l.symbol} {l.label.ja}</span>
            </li>
          )}
        </For>
      </ul>
      <ul class="chart" aria-hidden="true">
        <For each={leaves(props.groups)}>
          {(g) => (
            <li>
              <span>{g.name}</span>
              <span class="bar">
                <For each={levels()}>
                  {(l) => (
                    <span
                      class={`seg-${rankClass(l)}`}
                      style={{ width: `${((g.counts[l.id] ?? 0) / Math.max(1, total(g))) * 100}%` }}
                      title={`${l.label.ja} ${g.counts[l.id] ?? 0}`}
                    />
                  )}
                </For>
              </span>
            </li>
          )}
        </For>
      </ul>
      <details>
        <summary>グラフの数値を表で見る</summary>
        <div class="table-scroll">
          <table>
            <caption class="visually-hidden">{props.caption}（表）</caption>
            <thead>
              <tr>
                <th scope="col">分野</th>
                <For each={levels()}>{(l) => <th scope="col" class="num">{l.label.ja}</th>}</For>
              </tr>
            </thead>
            <tbody>
              <For each={leaves(props.groups)}>
                {(g) => (
                  <tr>
                    <th scope="row">{g.name}</th>
                    <For each={levels()}>{(l) => <td class="num">{g.counts[l.id] ?? 0}</td>}</For>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
