import { A, useParams } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { deadlineStatus } from '../../../../shared/joint-projects/deadlines';
import { periodsByDeadline } from '../../../../shared/joint-projects/periods';
import { Loading, QueryError } from '../../ui/QueryError';
import { dateLabel, deadlineStatusLabel, kindLabel, reportHref } from './labels';
import { usePageTitle } from '../../app/page-title';
import { createMeQuery } from '../../app/auth';
import { createProjectOverviewQuery } from './queries';
import { createOrganisationsQuery } from './organisations';
import { ParticipationForm } from './ParticipationForm';
import { ProjectBoard } from './ProjectBoard';
import { ProjectDeadlines } from './ProjectDeadlines';
import { tr } from '../../app/lang';
import { reportingPeriodText } from '../../app/format';

/** 協働事業の状況: effects, the participation board, deadlines and (for a municipality) its own reports. */
export default function JointProjectPage() {
  const params = useParams<{ projectId: string }>();
  const overview = createProjectOverviewQuery(() => params.projectId);
  const organisations = createOrganisationsQuery();
  const me = createMeQuery();
  const project = () => overview.data?.project;
  usePageTitle(() => project()?.name ?? tr('協働事業', 'Joint project'));
  const isPrefecture = () => me.data?.role === 'prefecture_admin' || me.data?.role === 'prefecture_staff';
  const own = () => (me.data?.role === 'municipal_staff' ? overview.data?.participants.find((p) => p.orgCode === me.data!.orgCode) : undefined);
  return (
    <>
      <nav aria-label={tr('パンくずリスト', 'Breadcrumbs')}>
        <ol class="breadcrumbs">
          <li><A href="/joint-projects">{tr('協働事業', 'Joint projects')}</A></li>
          <li aria-current="page">{project()?.name ?? params.projectId}</li>
        </ol>
      </nav>
      <QueryError error={overview.error} />
      <Show when={overview.data} fallback={<Loading what={tr('協働事業', 'project')} />}>
        <h1 lang="ja">{project()!.name}</h1>
        <dl class="meta">
          <dt>{tr('種類', 'Kind')}</dt>
          <dd>{kindLabel(project()!.kind)}</dd>
          <dt>{tr('関連する施策', 'Plan measures')}</dt>
          <dd>
            <For each={project()!.measureLinks} fallback="―">
              {(l, i) => <>{i() > 0 ? tr('、', ', ') : ''}<A href={`/measures/${l.measureNo}`}>{l.measureNo}</A></>}
            </For>
          </dd>
        </dl>
        <Show when={project()!.description}><p lang="ja">{project()!.description}</p></Show>
        <Show when={me.data?.role === 'prefecture_admin'}>
          <p><A href={`/admin/joint-projects/${project()!.id}`}>{tr('この事業の定義を編集', 'Edit this project')}</A></p>
        </Show>

        <Show when={own()}>
          {(p) => (
            <section aria-labelledby="own-heading">
              <h2 id="own-heading">{tr('自団体の進捗報告', 'Our progress reports')}</h2>
              <table>
                <caption>{tr('報告期間ごとの状況', 'Status by reporting period')}</caption>
                <thead><tr><th scope="col">{tr('報告期間', 'Period')}</th><th scope="col">{tr('期限', 'Due')}</th><th scope="col">{tr('状況', 'Status')}</th></tr></thead>
                <tbody>
                  <For each={periodsByDeadline(project()!)}>
                    {(period) => (
                      <tr>
                        <th scope="row"><A href={reportHref({ projectId: project()!.id, periodId: period.id, orgCode: p().orgCode })}>{reportingPeriodText(period)}</A></th>
                        <td>{dateLabel(period.deadline)}</td>
                        <td>{deadlineStatusLabel(deadlineStatus(p().reports[period.id]?.state, period.deadline, new Date()))}</td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </section>
          )}
        </Show>

        <ProjectBoard overview={overview.data!} organisations={organisations.data} />
        <Show when={isPrefecture() || own()}>
          <ProjectDeadlines overview={overview.data!} organisations={organisations.data} />
        </Show>
        <Show when={isPrefecture() && organisations.data}>
          <ParticipationForm overview={overview.data!} organisations={organisations.data!} />
        </Show>
      </Show>
    </>
  );
}
