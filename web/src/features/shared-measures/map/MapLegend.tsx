import { For, Show } from 'solid-js';
import { tr } from '../../../app/lang';
import { BIN_FILLS, boundText, type Bins } from './bins';

/** A class as words, 「区分2: 62.3〜70未満%」: what a shape's name and the legend both say, so colour is never the only cue. */
export function binName(bins: Bins, bin: number, unit: string): string {
  const from = boundText(bins.bounds[bin]!);
  const last = bin === BIN_FILLS.length - 1;
  const to = last ? '' : boundText(bins.bounds[bin + 1]!);
  return last
    ? tr(`区分${bin + 1}: ${from}${unit}以上`, `class ${bin + 1}: ${from}${unit} and over`)
    : tr(`区分${bin + 1}: ${from}〜${to}${unit}未満`, `class ${bin + 1}: ${from} to under ${to}${unit}`);
}

/** The map's legend in words, each class with its swatch; 未報告 with the hatching the map uses. */
export function MapLegend(props: { bins: Bins; unit: string; hatch: string }) {
  return (
    <ul class="legend map-legend" aria-label={tr('凡例', 'Legend')}>
      <Show when={props.bins.bounds.length > 0}>
        <For each={BIN_FILLS}>
          {(fill, i) => (
            <li>
              <svg class="map-swatch" viewBox="0 0 16 16" aria-hidden="true"><rect x="0.5" y="0.5" width="15" height="15" fill={fill} /></svg>
              {binName(props.bins, i(), props.unit)}
            </li>
          )}
        </For>
      </Show>
      <li>
        <svg class="map-swatch" viewBox="0 0 16 16" aria-hidden="true"><rect x="0.5" y="0.5" width="15" height="15" fill={`url(#${props.hatch})`} /></svg>
        {tr('未報告（斜線）', 'Not reported (hatched)')}
      </li>
    </ul>
  );
}
