import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import type { ProjectOverview } from '../../../../shared/api/joint-projects';
import { DEADLINE_STATUSES } from '../../../../shared/joint-projects/deadlines';
import type { Organisation } from '../../../../shared/org/organisation';
import { dateTimeLabel, reportingPeriodText } from '../../app/format';
import { dateLabel, deadlineStatusLabel, reportHref } from './labels';
import { nameOf } from './organisations';
import { tr } from '../../app/lang';

/** 提出状況: each municipality's status for the current period, and every overdue report. */
export function ProjectDeadlines(props: { overview: ProjectOverview; organisations?: Organisation[] }) {
  const o = () => props.overview;
  const period = () => o().period;
  const ref = (orgCode: string, periodId: string) => ({ projectId: o().project.id, periodId, orgCode });
  return (
    <>
      <Show when={period()}>
        {(p) => (
          <section aria-labelledby="status-heading">
            <h2 id="status-heading">{tr(`提出状況（${p().label}、期限 ${dateLabel(p().deadline)}）`, `Report status (${reportingPeriodText(p())}, due ${dateLabel(p().deadline)})`)}</h2>
            <ul class="stats" aria-label={tr('状況別の団体数', 'Municipalities by status')}>
              <For each={DEADLINE_STATUSES.filter((s) => (p().counts[s] ?? 0) > 0)}>
                {(s) => <li><strong>{p().counts[s]}{tr('団体', '')}</strong>{tr('', ' ')}{deadlineStatusLabel(s)}</li>}
              </For>
            </ul>
            <Show when={p().rows.length > 0} fallback={<p>{tr('表示できる提出状況はありません。', 'No status to show.')}</p>}>
              <table>
                <caption>{tr(`${p().label}の提出状況`, `Status for ${reportingPeriodText(p())}`)}</caption>
                <thead><tr><th scope="col">{tr('市町村', 'Municipality')}</th><th scope="col">{tr('状況', 'Status')}</th><th scope="col">{tr('最終更新', 'Last change')}</th></tr></thead>
                <tbody>
                  <For each={p().rows}>
                    {(r) => (
                      <tr>
                        <th scope="row"><A href={reportHref(ref(r.orgCode, p().id))}>{nameOf(props.organisations, r.orgCode)}</A></th>
                        <td class={`status-${r.status}`}>{deadlineStatusLabel(r.status)}</td>
                        <td>{r.updatedAt ? dateTimeLabel(r.updatedAt) : '―'}</td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </Show>
          </section>
        )}
      </Show>
      <section aria-labelledby="overdue-heading">
        <h2 id="overdue-heading">{tr('期限超過の報告', 'Overdue reports')}</h2>
        <Show when={o().overdue.length > 0} fallback={<p>{tr('期限を過ぎた未提出の報告はありません。', 'No report is overdue.')}</p>}>
          <table>
            <caption>{tr(`期限を過ぎた日数の多い順（${o().overdue.length}件）`, `Most overdue first (${o().overdue.length})`)}</caption>
            <thead><tr><th scope="col">{tr('市町村', 'Municipality')}</th><th scope="col">{tr('報告期間', 'Period')}</th><th scope="col">{tr('期限', 'Due')}</th><th scope="col" class="num">{tr('超過日数', 'Days late')}</th></tr></thead>
            <tbody>
              <For each={o().overdue}>
                {(r) => (
                  <tr>
                    <th scope="row"><A href={reportHref(ref(r.orgCode, r.periodId))}>{nameOf(props.organisations, r.orgCode)}</A></th>
                    <td>{reportingPeriodText({ id: r.periodId, label: r.periodLabel })}</td>
                    <td>{dateLabel(r.deadline)}</td>
                    <td class="num">{r.daysOverdue}{tr('日', '')}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </Show>
      </section>
    </>
  );
}
