import { A } from '@solidjs/router';
import { createSignal, Match, Show, Switch } from 'solid-js';
import type { Comparison } from '../../../../shared/api/shared-measures';
import { periodLabel } from '../../../../shared/shared-measures/periods';
import { lang, pick, tr } from '../../app/lang';
import { QueryError } from '../../ui/QueryError';
import { valueText } from './labels';
import type { ProfileLine } from './profile-rows';
import { createComparisonQuery } from './queries';
import { Sparkline } from './Sparkline';
import { isRanked, reviewMark, statusCounts, yesShare } from './stats-text';

/** The prefecture's figures of one measure, fitting its value: rank and simple mean, a yes share, or status counts. */
function Standing(props: { comparison: Comparison; orgCode: string }) {
  const c = () => props.comparison;
  const rank = () => c().rows.find((r) => r.orgCode === props.orgCode)?.rank;
  return (
    <Switch>
      <Match when={c().measure.valueType === 'boolean'}>{tr('はい ', 'Yes: ')}{pick(yesShare(c().stats))}</Match>
      <Match when={c().measure.valueType === 'status'}>
        {statusCounts(c().stats).filter((s) => s.count > 0).map((s) => `${pick(s.label)} ${s.count}`).join(tr('・', ', ')) || '―'}
      </Match>
      <Match when={isRanked(c().measure)}>
        {rank() ? tr(`${rank()}位 / ${c().stats.reported}`, `${rank()} of ${c().stats.reported}`) : tr('順位なし', 'No rank')}
        {tr('・単純平均 ', ', simple mean ')}{c().stats.average ?? '―'}{c().measure.unit}
      </Match>
    </Switch>
  );
}

/** One measure of a municipality's profile; the prefecture's figures are one comparison request, made on demand. */
export function ProfileRow(props: { row: ProfileLine; orgCode: string }) {
  const [asked, setAsked] = createSignal(false);
  const comparison = createComparisonQuery(() => props.row.measure.id, () => (asked() ? props.row.period : undefined));
  const m = () => props.row.measure;
  const mark = () => reviewMark(props.row.record?.review);
  return (
    <tr>
      <th scope="row"><A href={`/shared-measures/${m().id}?period=${encodeURIComponent(props.row.period)}`}>{pick(m().name)}</A></th>
      <td>{periodLabel(m().period, props.row.period, lang())}</td>
      <td class="num">
        {valueText(m(), props.row.record?.value)}
        <Show when={props.row.record?.sample}><span class="sample-badge">{tr('サンプル', 'Sample')}</span></Show>
        <Show when={mark()}>{(t) => <span class={`review-badge review-${props.row.record!.review}`}>{pick(t())}</span>}</Show>
      </td>
      <td><Sparkline values={props.row.series} /></td>
      <td aria-live="polite">
        <Show
          when={comparison.data}
          fallback={
            <Show when={!asked()} fallback={<Show when={comparison.error} fallback={tr('読み込んでいます…', 'Loading…')}><QueryError error={comparison.error} /></Show>}>
              <button type="button" class="secondary" onClick={() => setAsked(true)} aria-label={tr(`${m().name.ja}の県内の状況を表示`, `Show the prefecture’s figures for ${m().name.en}`)}>
                {tr('表示', 'Show')}
              </button>
            </Show>
          }
        >
          {(c) => <Standing comparison={c()} orgCode={props.orgCode} />}
        </Show>
      </td>
    </tr>
  );
}
