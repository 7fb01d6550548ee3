import { createQuery } from '@tanstack/solid-query';
import { For, Show } from 'solid-js';
import type { DatasetDefinition } from '../../../shared/open-data/datasets';
import { getJson } from '../api';
import { Loading, QueryError } from '../components/QueryError';
import { usePageTitle } from '../page-title';

interface Catalogue {
  licence: { name: string; id: string; url: string; attribution: string };
  datasets: (DatasetDefinition & { formats: { csv: string; json: string } })[];
}

/** Example queries, so a link downloads something without reading the dictionary first. */
const EXAMPLES: Record<string, string> = {
  'plan-results': '?planId=kanagawa-dx&fiscalYear=2024',
  'shared-values': '?measureId=mynumber-card-rate',
};

/** オープンデータ: the published datasets, their columns and the licence; open without signing in. */
export default function OpenDataPage() {
  usePageTitle(() => 'オープンデータ');
  const catalogue = createQuery(() => ({ queryKey: ['open-data'], queryFn: () => getJson<Catalogue>('/api/open-data') }));
  return (
    <>
      <h1>オープンデータ</h1>
      <p>承認・確定したデータを、サインインなしで CSV（UTF-8、BOM付き）と JSON で提供しています。下書きや確認中の報告は含みません。</p>
      <QueryError error={catalogue.error} />
      <Show when={catalogue.data} fallback={<Loading what="データセット" />}>
        <p class="notice">
          ライセンス: <a href={catalogue.data!.licence.url} rel="license">{catalogue.data!.licence.name}</a>。
          利用の際は「{catalogue.data!.licence.attribution}」と表示してください。
        </p>
        <For each={catalogue.data!.datasets}>
          {(d) => (
            <section aria-labelledby={`ds-${d.id}`}>
              <h2 id={`ds-${d.id}`}>{d.title.ja}</h2>
              <p>{d.description}</p>
              <p>
                ダウンロード:{' '}
                <a href={`${d.formats.csv}${EXAMPLES[d.id] ?? ''}`} download="">CSV<span class="visually-hidden">（{d.title.ja}）</span></a>
                {' ／ '}
                <a href={`${d.formats.json}${EXAMPLES[d.id] ?? ''}`}>JSON<span class="visually-hidden">（{d.title.ja}）</span></a>
              </p>
              <Show when={d.parameters.length > 0}>
                <p>指定できる条件: {d.parameters.map((p) => `${p.name}${p.required ? '（必須）' : ''} = ${p.ja}`).join('、')}</p>
              </Show>
              <table>
                <caption>{d.title.ja}のデータ項目</caption>
                <thead><tr><th scope="col">列名</th><th scope="col">型</th><th scope="col">説明</th><th scope="col" lang="en">Description</th></tr></thead>
                <tbody>
                  <For each={d.fields}>
                    {(f) => (
                      <tr><th scope="row"><code>{f.name}</code></th><td>{f.type}</td><td>{f.ja}</td><td lang="en">{f.en}</td></tr>
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
