import { For } from 'solid-js';
import type { SummaryGroup } from '../../../shared/api/plans';
import type { RatingScheme } from '../../../shared/rating/scheme';
import { rankClass } from './ratings';
import { pick, tr } from '../app/lang';
import { groupLabel } from '../app/format';

/** Leaf groups in tree order (the areas of the DX plan). */
function leaves(groups: readonly SummaryGroup[]): SummaryGroup[] {
  return groups.flatMap((g) => (g.groups.length ? leaves(g.groups) : [g]));
}

/**
 * Ratings by area as stacked horizontal bars, one per leaf group under its
 * top-level group, all on one scale so that bar lengths compare. Each segment
 * carries its count and the segments keep the legend's order, so colour is
 * never the only cue. The bars are hidden from screen readers, which get the
 * same numbers in the table that follows.
 */
export function RatingChart(props: { groups: SummaryGroup[]; scheme: RatingScheme; caption: string }) {
  const levels = () => props.scheme.levels.filter((l) => l.role !== 'excluded');
  const total = (g: SummaryGroup) => levels().reduce((s, l) => s + (g.counts[l.id] ?? 0), 0);
  const scale = () => Math.max(1, ...leaves(props.groups).map(total));
  return (
    <figure class="rating-chart">
      <figcaption><strong>{props.caption}</strong></figcaption>
      <ul class="legend" aria-hidden="true">
        <For each={levels()}>
          {(l) => (
            <li>
              <span class={`swatch seg-${rankClass(l)}`} />
              <span class="chart-legend-label">{l.symbol} {pick(l.label)}</span>
            </li>
          )}
        </For>
      </ul>
      <div aria-hidden="true">
        <For each={props.groups}>
          {(top) => (
            <>
              <p class="chart-group">{groupLabel(top)}</p>
              <ul class="chart">
                <For each={top.groups.length ? leaves(top.groups) : [top]}>
                  {(g) => (
                    <li>
                      <span class="chart-label">{groupLabel(g)}</span>
                      <span class="bar-area">
                        <span class="bar" style={{ width: `calc((100% - 3rem) * ${total(g) / scale()})` }}>
                          <For each={levels().filter((l) => (g.counts[l.id] ?? 0) > 0)}>
                            {(l) => (
                              <span class={`seg-${rankClass(l)}`} style={{ flex: `${g.counts[l.id]} 1 0%` }} title={`${pick(l.label)} ${g.counts[l.id]}`}>
                                {g.counts[l.id]}
                              </span>
                            )}
                          </For>
                        </span>
                        <span class="bar-total">{total(g)}</span>
                      </span>
                    </li>
                  )}
                </For>
              </ul>
            </>
          )}
        </For>
      </div>
      <details>
        <summary>{tr('グラフの数値を表で見る', 'Show the figures as a table')}</summary>
        <div class="table-scroll" tabindex="0" role="region" aria-label={props.caption}>
          <table>
            <caption class="visually-hidden">{props.caption}{tr('（表）', ' (table)')}</caption>
            <thead>
              <tr>
                <th scope="col">{tr('分野', 'Area')}</th>
                <For each={levels()}>{(l) => <th scope="col" class="num">{pick(l.label)}</th>}</For>
                <th scope="col" class="num">{tr('計', 'Total')}</th>
              </tr>
            </thead>
            <tbody>
              <For each={leaves(props.groups)}>
                {(g) => (
                  <tr>
                    <th scope="row">{groupLabel(g)}</th>
                    <For each={levels()}>{(l) => <td class="num">{g.counts[l.id] ?? 0}</td>}</For>
                    <td class="num">{total(g)}</td>
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
