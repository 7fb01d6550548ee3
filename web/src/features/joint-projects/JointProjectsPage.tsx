import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { Loading, QueryError } from '../../ui/QueryError';
import { dateTimeLabel, reportingPeriodText } from '../../app/format';
import { kindLabel, reportHref } from './labels';
import { usePageTitle } from '../../app/page-title';
import { createMeQuery } from '../../app/auth';
import { createProjectListQuery, createReviewQueueQuery } from './queries';
import { createOrganisationsQuery, nameOf } from './organisations';
import { tr } from '../../app/lang';

/** 協働事業: the prefecture's joint projects with municipalities, and (for reviewers) the reports awaiting review. */
export default function JointProjectsPage() {
  usePageTitle(() => tr('協働事業', 'Joint projects'));
  const me = createMeQuery();
  const projects = createProjectListQuery();
  const isPrefecture = () => me.data?.role === 'prefecture_admin' || me.data?.role === 'prefecture_staff';
  const queue = createReviewQueueQuery(isPrefecture);
  const organisations = createOrganisationsQuery();
  const projectName = (id: string) => projects.data?.items.find((p) => p.id === id)?.name ?? id;
  const periodLabel = (projectId: string, periodId: string) =>
    {
    const period = projects.data?.items.find((p) => p.id === projectId)?.periods.find((p) => p.id === periodId);
    return period ? reportingPeriodText(period) : periodId;
  };
  return (
    <>
      <h1>{tr('協働事業', 'Joint projects')}</h1>
      <p>{tr('県と市町村が共同で進める事業です。事業を選ぶと、参加団体のフェーズ、効果、報告の提出状況を確認できます。', 'Projects the prefecture runs with municipalities. Choose one to see its participants’ phases, its effects and the reports’ status.')}</p>
      <Show when={me.data?.role === 'prefecture_admin'}>
        <p><A href="/admin/joint-projects">{tr('協働事業の登録・編集', 'Add or edit joint projects')}</A></p>
      </Show>
      <QueryError error={projects.error} />
      <Show when={projects.data} fallback={<Loading what={tr('協働事業', 'projects')} />}>
        <table>
          <caption>{tr('協働事業の一覧', 'Joint projects')}</caption>
          <thead>
            <tr><th scope="col">{tr('事業名', 'Project')}</th><th scope="col">{tr('種類', 'Kind')}</th><th scope="col">{tr('関連する施策', 'Plan measures')}</th><th scope="col">{tr('報告期間', 'Reporting periods')}</th></tr>
          </thead>
          <tbody>
            <For each={projects.data!.items}>
              {(p) => (
                <tr>
                  <th scope="row"><A href={`/joint-projects/${p.id}`}>{p.name}</A></th>
                  <td>{kindLabel(p.kind)}</td>
                  <td>
                    <For each={p.measureLinks} fallback="―">
                      {(l, i) => <>{i() > 0 ? '、' : ''}<A href={`/measures/${l.measureNo}`}>{l.measureNo}</A></>}
                    </For>
                  </td>
                  <td class="num">{p.periods.length}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </Show>
      <Show when={isPrefecture()}>
        <section aria-labelledby="queue-heading">
          <h2 id="queue-heading">{tr('確認待ちの報告', 'Reports awaiting review')}</h2>
          <QueryError error={queue.error} />
          <Show when={queue.data} fallback={<Loading what={tr('確認待ちの報告', 'reports')} />}>
            <Show when={queue.data!.items.length > 0} fallback={<p>{tr('確認待ちの報告はありません。', 'No report is waiting for review.')}</p>}>
              <table>
                <caption>{tr('提出が古い順', 'Oldest submission first')}</caption>
                <thead><tr><th scope="col">{tr('市町村', 'Municipality')}</th><th scope="col">{tr('事業', 'Project')}</th><th scope="col">{tr('報告期間', 'Period')}</th><th scope="col">{tr('提出日時', 'Submitted')}</th></tr></thead>
                <tbody>
                  <For each={queue.data!.items}>
                    {(r) => (
                      <tr>
                        <th scope="row"><A href={reportHref(r)}>{nameOf(organisations.data, r.orgCode)}</A></th>
                        <td>{projectName(r.projectId)}</td>
                        <td>{periodLabel(r.projectId, r.periodId)}</td>
                        <td>{r.submittedAt ? dateTimeLabel(r.submittedAt) : ''}</td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </Show>
          </Show>
        </section>
      </Show>
    </>
  );
}
