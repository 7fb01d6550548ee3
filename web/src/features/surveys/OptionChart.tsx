import { createUniqueId, For } from 'solid-js';
import { tr } from '../../app/lang';

/**
 * How many chose each option, as horizontal bars drawn in SVG (no chart library). The chart is an image whose
 * text alternative states every count; the table beside it holds the same figures for reading and copying.
 */
export function OptionChart(props: { label: string; options: readonly { option: string; count: number }[]; total: number }) {
  const id = createUniqueId();
  const max = () => Math.max(1, ...props.options.map((o) => o.count));
  const row = 28;
  const summary = () => `${props.label}: ${props.options.map((o) => tr(`${o.option} ${o.count}団体`, `${o.option} ${o.count}`)).join(tr('、', ', '))}`;
  return (
    <svg class="option-chart" viewBox={`0 0 400 ${props.options.length * row + 4}`} role="img" aria-labelledby={`chart-${id}`} preserveAspectRatio="xMinYMin meet">
      <title id={`chart-${id}`}>{summary()}</title>
      <For each={props.options}>
        {(o, i) => (
          <g transform={`translate(0 ${i() * row + 2})`}>
            <text x="0" y="17" class="chart-label">{o.option.length > 12 ? `${o.option.slice(0, 11)}…` : o.option}</text>
            <rect x="150" y="4" height="18" rx="2" width={Math.max(o.count > 0 ? 2 : 0, (o.count / max()) * 200)} class="chart-bar" />
            <text x={156 + (o.count / max()) * 200} y="17" class="chart-value">{o.count}</text>
          </g>
        )}
      </For>
    </svg>
  );
}
