import { A, useNavigate, useParams } from '@solidjs/router';
import { createMemo, For, Show } from 'solid-js';
import { Loading, QueryError } from '../components/QueryError';
import { kindLabel } from '../i18n/joint-projects';
import { usePageTitle } from '../page-title';
import { createMeQuery } from '../queries/auth';
import { createProjectListQuery } from '../queries/joint-projects';
import { ProjectEditor } from './ProjectEditor';

/** 協働事業の登録・編集 (administrators): the list with edit links, and the editor of one project. */
export default function ProjectAdminPage() {
  const params = useParams<{ projectId?: string }>();
  const navigate = useNavigate();
  const me = createMeQuery();
  const projects = createProjectListQuery();
  usePageTitle(() => (params.projectId ? `協働事業の編集 ${params.projectId}` : '協働事業の登録・編集'));
  const project = createMemo(() => projects.data?.items.find((p) => p.id === params.projectId));
  return (
    <>
      <nav aria-label="パンくずリスト">
        <ol class="breadcrumbs">
          <li><A href="/joint-projects">協働事業</A></li>
          <li aria-current="page">登録・編集</li>
        </ol>
      </nav>
      <h1>協働事業の登録・編集</h1>
      <Show when={me.data?.role === 'prefecture_admin'} fallback={<p class="notice">協働事業の登録・編集は県の管理者のみが行えます。</p>}>
        <QueryError error={projects.error} />
        <Show when={projects.data} fallback={<Loading what="協働事業" />}>
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
            <Show when={project()} keyed fallback={<p>協働事業「{params.projectId}」はありません。</p>}>
              {(p) => <ProjectEditor project={p} onSaved={(id) => navigate(`/joint-projects/${id}`)} />}
            </Show>
          </Show>
        </Show>
      </Show>
    </>
  );
}
