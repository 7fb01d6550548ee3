import { createQuery } from '@tanstack/solid-query';
import { createMemo, For, Show } from 'solid-js';
import { getJson } from '../../app/api';
import { Loading, QueryError } from '../../ui/QueryError';
import { roleLabel } from '../../app/format';
import { tr } from '../../app/lang';
import { usePageTitle } from '../../app/page-title';

interface Operation {
  summary?: string;
  description?: string;
  security?: unknown[];
  'x-roles'?: string[];
  parameters?: { name: string; in: string; required?: boolean }[];
  requestBody?: unknown;
}
interface OpenApiDocument {
  info: { title: string; version: string; description?: string };
  paths: Record<string, Record<string, Operation>>;
}

/** API リファレンス: the OpenAPI document the server generates from its schemas, rendered as a list of operations. */
export default function ApiDocsPage() {
  usePageTitle(() => tr('API リファレンス', 'API reference'));
  const doc = createQuery(() => ({ queryKey: ['openapi'], queryFn: () => getJson<OpenApiDocument>('/api/openapi.json'), staleTime: Infinity }));
  const groups = createMemo(() => {
    const byGroup = new Map<string, { method: string; path: string; op: Operation }[]>();
    for (const [path, methods] of Object.entries(doc.data?.paths ?? {})) {
      const group = path.split('/')[2] ?? '';
      for (const [method, op] of Object.entries(methods)) byGroup.set(group, [...(byGroup.get(group) ?? []), { method: method.toUpperCase(), path, op }]);
    }
    return [...byGroup.entries()];
  });
  return (
    <>
      <h1>{tr('API リファレンス', 'API reference')}</h1>
      <p>
        {tr('すべての API は ', 'Every route is described in ')}
        <a href="/api/openapi.json">{tr('OpenAPI 3.1 文書（/api/openapi.json）', 'the OpenAPI 3.1 document (/api/openapi.json)')}</a>
        {tr('に記載しています。文書は、リクエストを検証するのと同じスキーマから生成しています。エラーは ', ', generated from the same schemas that validate requests. Errors come as ')}
        <code>{'{ "error": { "code", "message": { "ja", "en" } } }'}</code>
        {tr(' の形で返ります。', '.')}
      </p>
      <QueryError error={doc.error} />
      <Show when={doc.data} fallback={<Loading what={tr('API の説明', 'API document')} />}>
        <For each={groups()}>
          {([group, operations]) => (
            <section aria-labelledby={`api-${group}`}>
              <h2 id={`api-${group}`}><code>/api/{group}</code></h2>
              <div class="table-scroll" tabindex="0" role="region" aria-label={tr(`/api/${group} の操作の表`, `Table of /api/${group} operations`)}>
              <table>
                <caption class="visually-hidden">/api/{group}{tr(' の操作', ' operations')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{tr('メソッド', 'Method')}</th>
                    <th scope="col">{tr('パス', 'Path')}</th>
                    <th scope="col">{tr('説明', 'Description')}</th>
                    <th scope="col">{tr('利用できる人', 'Who may call it')}</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={operations}>
                    {(o) => (
                      <tr>
                        <td><code>{o.method}</code></td>
                        <th scope="row"><code>{o.path}</code></th>
                        <td>{o.op.summary}</td>
                        <td>{o.op.security?.length === 0 ? tr('サインイン不要', 'No sign-in') : (o.op['x-roles'] ?? []).map((r) => roleLabel(r)).join(tr('、', ', '))}</td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
              </div>
            </section>
          )}
        </For>
      </Show>
    </>
  );
}
