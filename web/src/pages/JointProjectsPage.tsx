import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { Loading, QueryError } from '../components/QueryError';
import { dateTimeLabel } from '../i18n/format';
import { kindLabel, reportHref } from '../i18n/joint-projects';
import { usePageTitle } from '../page-title';
import { createMeQuery } from '../queries/auth';
import { createProjectListQuery, createReviewQueueQuery } from '../queries/joint-projects';
import { createOrganisationsQuery, nameOf } from '../queries/organisations';

/** 協働事業: the prefecture's joint projects with municipalities, and (for reviewers) the reports awaiting review. */
export default function JointProjectsPage() {
  usePageTitle(() => '協働事業');
  const me = createMeQuery();
  const projects = createProjectListQuery();
  const isPrefecture = () => me.data?.role === 'prefecture_admin' || me.data?.role === 'prefecture_staff';
  const queue = createReviewQueueQuery(isPrefecture);
  const organisations = createOrganisationsQuery();
  const projectName = (id: string) => projects.data?.items.find((p) => p.id === id)?.name ?? id;
  const periodLabel = (projectId: string, periodId: string) =>
    projects.data?.items.find((p) => p.id === projectId)?.periods.find((p) => p.id === periodId)?.label ?? periodId;
  return (
    <>
      <h1>協働事業</h1>
      <p>県と市町村が共同で進める事業です。事業を選ぶと、参加団体のフェーズ、効果、報告の提出状況を確認できます。</p>
      <Show when={me.data?.role === 'prefecture_admin'}>
        <p><A href="/admin/joint-projects">協働事業の登録・編集</A></p>
      </Show>
      <QueryError error={projects.error} />
      <Show when={projects.data} fallback={<Loading what="協働事業" />}>
        <table>
          <caption>協働事業の一覧</caption>
          <thead>
            <tr><th scope="col">事業名</th><th scope="col">種類</th><th scope="col">関連する施策</th><th scope="col">報告期間</th></tr>
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
          <h2 id="queue-heading">確認待ちの報告</h2>
          <QueryError error={queue.error} />
          <Show when={queue.data} fallback={<Loading what="確認待ちの報告" />}>
            <Show when={queue.data!.items.length > 0} fallback={<p>確認待ちの報告はありません。</p>}>
              <table>
                <caption>提出が古い順</caption>
                <thead><tr><th scope="col">市町村</th><th scope="col">事業</th><th scope="col">報告期間</th><th scope="col">提出日時</th></tr></thead>
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
