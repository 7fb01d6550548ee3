import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { QueryError } from '../../ui/QueryError';
import { numberLabel, reportHref } from './labels';
import { createLinkedProjectsQuery } from './queries';
import { createOrganisationsQuery, nameOf } from './organisations';
import { tr } from '../../app/lang';
import { reportingPeriodText } from '../../app/format';

/** 関連する協働事業 on a plan measure's page: participation, effects and the latest approved reports. */
export function LinkedProjects(props: { planId: string; measureNo: string }) {
  const linked = createLinkedProjectsQuery(() => props.planId, () => props.measureNo);
  const organisations = createOrganisationsQuery();
  return (
    <Show when={(linked.data?.items.length ?? 0) > 0 || linked.error}>
      <section aria-labelledby="linked-heading">
        <h2 id="linked-heading">{tr('関連する協働事業', 'Related joint projects')}</h2>
        <QueryError error={linked.error} />
        <For each={linked.data?.items ?? []}>
          {(item) => (
            <article class="linked-project">
              <h3><A href={`/joint-projects/${item.project.id}`}>{item.project.name}</A></h3>
              <ul class="stats">
                <li><strong>{item.effects.participants}{tr('団体', '')}</strong>{tr('参加団体', ' taking part')}</li>
                <li><strong>{item.effects.liveMunicipalities}{tr('団体', '')}</strong>{tr('導入・運用中', ' live')}</li>
                <For each={item.effects.totals}>{(t) => <li><strong>{numberLabel(t.total)}<span lang="ja">{t.unit}</span></strong><span lang="ja">{t.label}</span></li>}</For>
              </ul>
              <Show when={item.latestApproved.length > 0} fallback={<p>{tr('承認済みの報告はまだありません。', 'No approved report yet.')}</p>}>
                <p>{tr('最新の承認済み報告: ', 'Latest approved reports: ')}
                  <For each={item.latestApproved}>
                    {(r, i) => (
                      <>
                        {i() > 0 ? tr('、', ', ') : ''}
                        <A href={reportHref({ projectId: item.project.id, periodId: r.periodId, orgCode: r.orgCode })}>
                          {nameOf(organisations.data, r.orgCode)}{tr('（', ' (')}{reportingPeriodText(item.project.periods.find((p) => p.id === r.periodId) ?? { id: r.periodId, label: r.periodId })}{tr('）', ')')}
                        </A>
                      </>
                    )}
                  </For>
                </p>
              </Show>
            </article>
          )}
        </For>
      </section>
    </Show>
  );
}
