import { For, Match, Show, Switch } from 'solid-js';
import type { Comparison } from '../../../../shared/api/shared-measures';
import { pick, tr } from '../../app/lang';
import { isRanked, statusCounts, yesShare } from './stats-text';

/**
 * The comparison's headline figures, fitting the value: yes/no as a count and share, statuses as counts per
 * status, numbers with the simple mean (単純平均, said to be unweighted) and the median; the national figure
 * when the measure keeps one.
 */
export function ComparisonStats(props: { comparison: Comparison }) {
  const m = () => props.comparison.measure;
  const s = () => props.comparison.stats;
  const unit = () => m().unit;
  return (
    <>
      <ul class="stats" aria-label={tr('集計', 'Statistics')}>
        <li>{tr('報告済み', 'Reported')}<strong>{s().reported} / {s().total}{tr('団体', '')}</strong></li>
        <Switch>
          <Match when={m().valueType === 'boolean'}>
            <li>{tr('「はい」と答えた団体（報告済みのうち）', 'Answered yes (of those reported)')}<strong>{pick(yesShare(s()))}</strong></li>
          </Match>
          <Match when={m().valueType === 'status'}>
            <li>
              {tr('項目の状況（報告済みの団体の合計）', 'Items by status (reporting municipalities)')}
              <strong>
                <For each={statusCounts(s())}>{(c, i) => <>{i() > 0 ? tr('・', ', ') : ''}{pick(c.label)} {c.count}{tr('件', '')}</>}</For>
              </strong>
            </li>
          </Match>
          <Match when={isRanked(m())}>
            <li>{tr('単純平均', 'Simple mean')}<strong>{s().average ?? '―'}{unit()}</strong></li>
            <li>{tr('中央値', 'Median')}<strong>{s().median ?? '―'}{unit()}</strong></li>
          </Match>
        </Switch>
        <Show when={s().national !== undefined}><li>{tr('全国', 'National')}<strong>{s().national}{unit()}</strong></li></Show>
      </ul>
      <Show when={isRanked(m())}>
        <p class="help">
          {tr(
            '単純平均は、報告した市町村の値をそのまま平均したものです（人口による重み付けはしていません）。県全体の率とは一致しません。',
            'The simple mean is the average of the reporting municipalities’ figures, not weighted by population; it is not the prefecture-wide rate.',
          )}
        </p>
      </Show>
    </>
  );
}
