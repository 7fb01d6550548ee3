import { A } from '@solidjs/router';
import { createMemo, For, Show } from 'solid-js';
import { KANAGAWA_TILE_GRID, TILE_GRID_SIZE } from '../../../../shared/org/kanagawa-tile-grid';
import { tr } from '../../app/lang';
import { orgLabel } from '../../app/org-names';
import { boundText, quintiles } from './map/bins';
import './TileMap.css';

/** Five steps of the design system's blue, light to dark; text colour chosen per step for contrast. */
const STEPS = [
  { bg: 'var(--color-primitive-blue-100)', fg: 'var(--color-text)' },
  { bg: 'var(--color-primitive-blue-300)', fg: 'var(--color-text)' },
  { bg: 'var(--color-primitive-blue-500)', fg: 'var(--color-neutral-black)' },
  { bg: 'var(--color-primitive-blue-800)', fg: 'var(--color-neutral-white)' },
  { bg: 'var(--color-primitive-blue-1100)', fg: 'var(--color-neutral-white)' },
];

export interface TileValue {
  numeric?: number;
  label: string;
  /** Sample data (サンプル) is marked on the tile too. */
  sample?: boolean;
}

/**
 * Kanagawa as a tile grid, one square per municipality, coloured by value.
 * Each tile is a link to the municipality's profile (keyboard reachable, named
 * by its visible name and value); the comparison table beside it carries the same numbers.
 */
export function TileMap(props: { values: Map<string, TileValue>; caption: string; unit: string }) {
  // The same classes as the map (map/bins.ts), so a municipality has one colour in either view.
  const bins = createMemo(() => quintiles([...props.values.values()].map((v) => v.numeric)));
  const numbers = () => bins().bounds;
  const step = (n: number | undefined) => bins().of(n);
  const bound = (i: number) => boundText(bins().bounds[i]!);
  return (
    <figure class="tile-map">
      <figcaption><strong>{props.caption}</strong>{tr('（同じ値を下の表でも確認できます）', ' (the same values are in the table below)')}</figcaption>
      <div class="tiles-scroll">
        <div class="tiles" style={{ 'grid-template-columns': `repeat(${TILE_GRID_SIZE.cols}, minmax(4.5rem, 1fr))` }}>
          <For each={KANAGAWA_TILE_GRID}>
            {(tile) => {
              const value = () => props.values.get(tile.code);
              const colour = () => {
                const s = step(value()?.numeric);
                return s === undefined ? { bg: 'var(--color-bg-sub)', fg: 'var(--color-text)' } : STEPS[s]!;
              };
              return (
                <A
                  class="tile"
                  href={`/municipalities/${tile.code}`}
                  style={{ 'grid-column': String(tile.col + 1), 'grid-row': String(tile.row + 1), background: colour().bg, color: colour().fg }}
                >
                  {/* The visible text is the link's name (WCAG 2.5.3); the hidden colon keeps name and value apart for screen readers. */}
                  <span class="tile-name">{orgLabel(tile.code, tile.name)}</span>
                  <span class="visually-hidden">{tr('：', ': ')}</span>
                  <span class="tile-value">{value()?.label ?? tr('未報告', 'Not reported')}</span>
                  <Show when={value()?.sample}><span class="tile-sample">{tr(' サンプル', ' sample')}</span></Show>
                </A>
              );
            }}
          </For>
        </div>
      </div>
      <Show when={numbers().length > 0}>
        <ul class="legend" aria-label={tr('凡例', 'Legend')}>
          <For each={STEPS}>
            {(s, i) => (
              <li>
                <span class="swatch" style={{ background: s.bg, border: '1px solid var(--color-border)' }} />
                {bound(i())}{i() < 4 ? tr(`〜${bound(i() + 1)}未満`, ` to under ${bound(i() + 1)}`) : tr('以上', ' and over')}{props.unit}
              </li>
            )}
          </For>
          <li><span class="swatch" style={{ background: 'var(--color-bg-sub)', border: '1px solid var(--color-border)' }} />{tr('未報告', 'Not reported')}</li>
        </ul>
      </Show>
    </figure>
  );
}
