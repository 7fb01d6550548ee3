import { A, useNavigate, useParams } from '@solidjs/router';
import { createMemo, For, Show } from 'solid-js';
import { Loading, QueryError } from '../../ui/QueryError';
import { kindLabel } from './labels';
import { usePageTitle } from '../../app/page-title';
import { createMeQuery } from '../../app/auth';
import { createProjectListQuery } from './queries';
import { ProjectEditor } from './ProjectEditor';
import { tr } from '../../app/lang';

/** 協働事業の登録・編集 (administrators): the list with edit links, and the editor of one project. */
export default function ProjectAdminPage() {
  const params = useParams<{ projectId?: string }>();
  const navigate = useNavigate();
  const me = createMeQuery();
  const projects = createProjectListQuery();
  usePageTitle(() => (params.projectId ? `${tr('協働事業の編集', 'Edit joint project')} ${params.projectId}` : tr('協働事業の登録・編集', 'Add or edit joint projects')));
  const project = createMemo(() => projects.data?.items.find((p) => p.id === params.projectId));
  return (
    <>
      <nav aria-label={tr('パンくずリスト', 'Breadcrumbs')}>
        <ol class="breadcrumbs">
          <li><A href="/joint-projects">{tr('協働事業', 'Joint projects')}</A></li>
          <li aria-current="page">{tr('登録・編集', 'Add or edit')}</li>
        </ol>
      </nav>
      <h1>{tr('協働事業の登録・編集', 'Add or edit joint projects')}</h1>
      <Show when={me.data?.role === 'prefecture_admin'} fallback={<p class="notice">{tr('協働事業の登録・編集は県の管理者のみが行えます。', 'Only prefecture administrators may add or edit joint projects.')}</p>}>
        <QueryError error={projects.error} />
        <Show when={projects.data} fallback={<Loading what={tr('協働事業', 'projects')} />}>
          <Show
            when={params.projectId}
            fallback={
              <>
                <ul>
                  <For each={projects.data!.items}>
                    {(p) => <li><A href={`/admin/joint-projects/${p.id}`}>{p.name}</A>（{kindLabel(p.kind)}）</li>}
                  </For>
                </ul>
                <ProjectEditor onSaved={(id) => navigate(`/joint-projects/${id}`)} />
              </>
            }
          >
            <Show when={project()} keyed fallback={<p>{tr(`協働事業「${params.projectId}」はありません。`, `There is no joint project “${params.projectId}”.`)}</p>}>
              {(p) => <ProjectEditor project={p} onSaved={(id) => navigate(`/joint-projects/${id}`)} />}
            </Show>
          </Show>
        </Show>
      </Show>
    </>
  );
}
