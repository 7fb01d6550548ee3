import { useNavigate } from '@solidjs/router';
import { createMemo, createSignal, For, Show } from 'solid-js';
import { tr } from '../../../app/lang';
import { BIN_FILLS, quintiles } from './bins';
import { binName, MapLegend } from './MapLegend';
import map from './kanagawa-shapes.json';
import './ChoroplethMap.css';

export interface MapValue {
  /** The municipality's name in the language shown. */
  name: string;
  numeric?: number;
  /** The value as the table prints it (「78.2%」, 「あり」). */
  label?: string;
  sample?: boolean;
}

const [, , WIDTH, HEIGHT] = map.viewBox.split(' ').map(Number) as [number, number, number, number];
const HATCH = 'kmap-unreported';

/**
 * Kanagawa's 33 municipalities as their real shapes (web/src/features/shared-measures/map/README.md),
 * coloured in five quintile classes. Each shape is focusable and named with its
 * municipality, value and class, so neither colour nor pointing is needed to
 * read it; the comparison table on the same page holds the same values.
 */
export default function ChoroplethMap(props: {
  values: Map<string, MapValue>;
  caption: string;
  unit: string;
  /** Shapes open the municipality's page; off for visitors who could not open it. */
  linked: boolean;
}) {
  const navigate = useNavigate();
  const bins = createMemo(() => quintiles([...props.values.values()].map((v) => v.numeric)));
  type Spot = { code: string; x: number; top: number; bottom: number };
  // Pointing and keyboard focus are kept apart: the latest of the two shows, and moving the pointer away
  // must not hide where focus is (nor a resting pointer hide where Tab went).
  const [hovered, setHovered] = createSignal<Spot>();
  const [focused, setFocused] = createSignal<Spot>();
  const [latest, setLatest] = createSignal<'pointer' | 'focus'>('pointer');
  const active = () => (latest() === 'focus' ? (focused() ?? hovered()) : (hovered() ?? focused()));

  const nameOf = (code: string) => {
    const v = props.values.get(code);
    const value = v?.label ?? tr('未報告', 'Not reported');
    const sample = v?.sample ? tr('（サンプル）', ' (sample)') : '';
    const bin = bins().of(v?.numeric);
    const cls = bin === undefined ? '' : tr(`（${binName(bins(), bin, props.unit)}）`, ` (${binName(bins(), bin, props.unit)})`);
    return `${v?.name ?? code}: ${value}${sample}${cls}`;
  };
  // The tip sits above the shape's middle, in percentages of the map so it follows the map's scaling.
  const spot = (code: string, target: SVGPathElement): Spot => {
    const box = target.getBBox();
    return { code, x: ((box.x + box.width / 2) / WIDTH) * 100, top: (box.y / HEIGHT) * 100, bottom: ((box.y + box.height) / HEIGHT) * 100 };
  };
  const open = (code: string) => props.linked && navigate(`/municipalities/${code}`);
  const activeShape = () => map.shapes.find((s) => s.code === active()?.code);

  return (
    <figure class="choropleth">
      <figcaption><strong>{props.caption}</strong>{tr('（同じ値を下の表でも確認できます）', ' (the same values are in the table below)')}</figcaption>
      <p class="help">
        {props.linked
          ? tr('市町村にポインターを合わせるか Tab キーで選ぶと値を表示し、クリックまたは Enter キーでその市町村のページを開きます。', 'Point at a municipality or move to it with Tab to see its value; click or press Enter to open its page.')
          : tr('市町村にポインターを合わせるか Tab キーで選ぶと値を表示します。', 'Point at a municipality or move to it with Tab to see its value.')}
      </p>
      <div class="map-frame">
        <svg viewBox={map.viewBox} role="group" aria-label={props.caption} onPointerLeave={() => setHovered(undefined)}>
          <defs>
            <pattern id={HATCH} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="6" height="6" class="hatch-bg" />
              <line x1="0" y1="0" x2="0" y2="6" class="hatch-line" />
            </pattern>
          </defs>
          <For each={map.shapes}>
            {(shape) => {
              const bin = () => bins().of(props.values.get(shape.code)?.numeric);
              return (
                <path
                  d={shape.d}
                  class="shape"
                  classList={{ linked: props.linked }}
                  data-code={shape.code}
                  fill={bin() === undefined ? `url(#${HATCH})` : BIN_FILLS[bin()!]}
                  tabindex="0"
                  role={props.linked ? 'link' : 'img'}
                  aria-label={nameOf(shape.code)}
                  onPointerEnter={(e) => {
                    setHovered(spot(shape.code, e.currentTarget));
                    setLatest('pointer');
                  }}
                  onFocus={(e) => {
                    setFocused(spot(shape.code, e.currentTarget));
                    setLatest('focus');
                  }}
                  onBlur={() => setFocused(undefined)}
                  onClick={() => open(shape.code)}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter' && props.linked) {
                      e.preventDefault();
                      open(shape.code);
                    }
                  }}
                />
              );
            }}
          </For>
          {/* Borders drawn again as a white line over a dark one, so they stand out from light and dark classes alike. */}
          <g class="borders dark" aria-hidden="true">
            <For each={map.shapes}>{(shape) => <path d={shape.d} />}</For>
          </g>
          <g class="borders light" aria-hidden="true">
            <For each={map.shapes}>{(shape) => <path d={shape.d} />}</For>
          </g>
          <Show when={activeShape()}>
            {(shape) => (
              <g aria-hidden="true">
                <path class="highlight under" d={shape().d} />
                <path class="highlight" d={shape().d} />
              </g>
            )}
          </Show>
        </svg>
        <Show when={active()}>
          {(a) => (
            // Anchored by the same share of its own width as the shape's place across the map, so it never leaves the map's sides;
            // below the shape's top edge (at most a little way in) when there is no room above.
            <p
              class="map-tip"
              aria-hidden="true"
              style={{
                left: `${a().x}%`,
                top: `${a().top < 20 ? Math.min(a().bottom, a().top + 15) : a().top}%`,
                transform: `translate(-${a().x}%, ${a().top < 20 ? '0.5rem' : 'calc(-100% - 0.5rem)'})`,
              }}
            >
              <strong>{props.values.get(a().code)?.name ?? a().code}</strong>
              <span>{props.values.get(a().code)?.label ?? tr('未報告', 'Not reported')}{props.values.get(a().code)?.sample ? tr('（サンプル）', ' (sample)') : ''}</span>
              <Show when={bins().of(props.values.get(a().code)?.numeric) !== undefined}>
                <span>{binName(bins(), bins().of(props.values.get(a().code)?.numeric)!, props.unit)}</span>
              </Show>
            </p>
          )}
        </Show>
      </div>
      <MapLegend bins={bins()} unit={props.unit} hatch={HATCH} />
      <p class="map-attribution">
        {tr('出典：国土交通省 国土数値情報（行政区域データ）を加工して作成（デジタル庁）', 'Source: MLIT National Land Numerical Information (administrative areas), processed by the Digital Agency')}
        {tr('。', '. ')}
        <a href="https://creativecommons.org/licenses/by/4.0/" rel="license">{tr('CC BY 4.0（クリエイティブ・コモンズ 表示 4.0 国際）', 'CC BY 4.0 (Creative Commons Attribution 4.0 International)')}</a>
      </p>
    </figure>
  );
}
