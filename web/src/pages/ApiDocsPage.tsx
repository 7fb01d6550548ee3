import { createQuery } from '@tanstack/solid-query';
import { createMemo, For, Show } from 'solid-js';
import { getJson } from '../api';
import { Loading, QueryError } from '../components/QueryError';
import { ROLE_LABELS } from '../i18n/format';
import { usePageTitle } from '../page-title';

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
  usePageTitle(() => 'API リファレンス');
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
      <h1>API リファレンス</h1>
      <p>
        すべての API は <a href="/api/openapi.json">OpenAPI 3.1 文書（/api/openapi.json）</a>に記載しています。文書は、リクエストを検証するのと同じスキーマから生成しています。
        エラーは <code>{'{ "error": { "code", "message": { "ja", "en" } } }'}</code> の形で返ります。
      </p>
      <QueryError error={doc.error} />
      <Show when={doc.data} fallback={<Loading what="API の説明" />}>
        <For each={groups()}>
          {([group, operations]) => (
            <section aria-labelledby={`api-${group}`}>
              <h2 id={`api-${group}`}><code>/api/{group}</code></h2>
              <table>
                <caption class="visually-hidden">/api/{group} の操作</caption>
                <thead><tr><th scope="col">メソッド</th><th scope="col">パス</th><th scope="col">説明</th><th scope="col">利用できる人</th></tr></thead>
                <tbody>
                  <For each={operations}>
                    {(o) => (
                      <tr>
                        <td><code>{o.method}</code></td>
                        <th scope="row"><code>{o.path}</code></th>
                        <td>{o.op.summary}</td>
                        <td>{o.op.security?.length === 0 ? 'サインイン不要' : (o.op['x-roles'] ?? []).map((r) => ROLE_LABELS[r] ?? r).join('、')}</td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </section>
          )}
        </For>
      </Show>
    </>
  );
}
