import { A } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import type { PlanSummary, RatingCounts, SummaryGroup } from '../../../../shared/api/plans';
import type { RatingScheme } from '../../../../shared/rating/scheme';
import { summaryRow } from '../../../../shared/rating/summary';
import { groupLabel, percentLabel } from '../../app/format';
import { evaluatedLevels, pendingLevels, rateLevels } from '../../ui/ratings';
import { pick, tr } from '../../app/lang';

interface Props {
  summary: PlanSummary;
  scheme: RatingScheme;
  caption: string;
  /** Builds the measures-list link of a group. */
  linkOf: (group: SummaryGroup) => string;
}

/**
 * The summary table as the 点検報告書 prints it: 施策数 (each evaluated level,
 * 計, (pending)) and 達成率 per pillar and in total. Columns come from the
 * plan's scheme, so another plan's scheme renders too. Groups expand to their
 * subgroups.
 */
export function SummaryTable(props: Props) {
  const evaluated = () => evaluatedLevels(props.scheme);
  const pending = () => pendingLevels(props.scheme);
  const rates = () => rateLevels(props.scheme);

  const Cells = (cellProps: { counts: RatingCounts }) => {
    const row = () => summaryRow(cellProps.counts, props.scheme);
    return (
      <>
        <For each={evaluated()}>{(l) => <td class="num">{cellProps.counts[l.id] ?? 0}</td>}</For>
        <td class="num">{row().evaluated}</td>
        <For each={pending()}>{(l) => <td class="num">({cellProps.counts[l.id] ?? 0})</td>}</For>
        <For each={rates()}>{(l) => <td class="num">{percentLabel(row().rates[l.id] ?? 0)}</td>}</For>
        <td class="num">{percentLabel(row().combinedRate)}</td>
      </>
    );
  };

  const GroupRows = (rowProps: { group: SummaryGroup; depth: number }) => {
    const [open, setOpen] = createSignal(false);
    const hasChildren = () => rowProps.group.groups.length > 0;
    return (
      <>
        <tr>
          <th scope="row" style={{ 'padding-left': `${0.5 + rowProps.depth * 1.5}rem` }}>
            <Show
              when={hasChildren()}
              fallback={<A href={props.linkOf(rowProps.group)}>{groupLabel(rowProps.group)}</A>}
            >
              <button
                type="button"
                class="link"
                aria-expanded={open()}
                onClick={() => setOpen(!open())}
                aria-label={tr(`${rowProps.group.name}の内訳を${open() ? '閉じる' : '開く'}`, `${open() ? 'Close' : 'Open'} the breakdown of ${groupLabel(rowProps.group)}`)}
              >
                {open() ? '▼' : '▶'}
              </button>{' '}
              <A href={props.linkOf(rowProps.group)}>{groupLabel(rowProps.group)}</A>
            </Show>
          </th>
          <Cells counts={rowProps.group.counts} />
        </tr>
        <Show when={open()}>
          <For each={rowProps.group.groups}>{(child) => <GroupRows group={child} depth={rowProps.depth + 1} />}</For>
        </Show>
      </>
    );
  };

  return (
    <div class="table-scroll" tabindex="0" role="region" aria-label={props.caption}>
      <table class="summary">
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th rowspan="2" scope="col">{tr('区分', 'Group')}</th>
            <th colspan={evaluated().length + 1 + pending().length} scope="colgroup">{tr('施策数', 'Measures')}</th>
            <th colspan={rates().length + 1} scope="colgroup">{tr('達成率', 'Rate')}</th>
          </tr>
          <tr>
            <For each={evaluated()}>{(l) => <th scope="col" class="num">{pick(l.label)}</th>}</For>
            <th scope="col" class="num">{tr('計', 'Rated')}</th>
            <For each={pending()}>{(l) => <th scope="col" class="num">({pick(l.label)})</th>}</For>
            <For each={rates()}>{(l) => <th scope="col" class="num">{pick(l.label)}</th>}</For>
            <th scope="col" class="num">{tr('計', 'Total')}</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.summary.groups}>{(group) => <GroupRows group={group} depth={0} />}</For>
          <tr class="total">
            <th scope="row">{tr('合計', 'Total')}</th>
            <Cells counts={props.summary.total.counts} />
          </tr>
        </tbody>
      </table>
    </div>
  );
}
