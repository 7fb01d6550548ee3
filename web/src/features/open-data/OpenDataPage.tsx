import { createQuery } from '@tanstack/solid-query';
import { For, Show } from 'solid-js';
import type { DatasetDefinition } from '../../../../shared/open-data/datasets';
import { getJson } from '../../app/api';
import { Loading, QueryError } from '../../ui/QueryError';
import { usePageTitle } from '../../app/page-title';
import { pick, tr } from '../../app/lang';

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
  usePageTitle(() => tr('オープンデータ', 'Open data'));
  const catalogue = createQuery(() => ({ queryKey: ['open-data'], queryFn: () => getJson<Catalogue>('/api/open-data') }));
  return (
    <>
      <h1>{tr('オープンデータ', 'Open data')}</h1>
      <p>{tr('承認・確定したデータを、サインインなしで CSV（UTF-8、BOM付き）と JSON で提供しています。下書きや確認中の報告は含みません。', 'Approved and confirmed data, without signing in, as CSV (UTF-8 with BOM) and JSON. Drafts and reports under review are never included.')}</p>
      <QueryError error={catalogue.error} />
      <Show when={catalogue.data} fallback={<Loading what={tr('データセット', 'datasets')} />}>
        <p class="notice">
          {tr('ライセンス: ', 'Licence: ')}
          <a href={catalogue.data!.licence.url} rel="license">{catalogue.data!.licence.name}</a>
          {tr(`。利用の際は「${catalogue.data!.licence.attribution}」と表示してください。`, `. Credit: "${catalogue.data!.licence.attribution}".`)}
        </p>
        <p>
          {tr('データカタログ（CKAN などが収集できる DCAT 形式、JSON-LD）: ', 'Data catalogue (DCAT in JSON-LD, for harvesters such as CKAN): ')}
          <a href="/api/open-data/catalog.jsonld" type="application/ld+json">catalog.jsonld</a>
        </p>
        <For each={catalogue.data!.datasets}>
          {(d) => (
            <section id={d.id} aria-labelledby={`ds-${d.id}`}>
              <h2 id={`ds-${d.id}`}>{pick(d.title)}</h2>
              <p>{d.description}</p>
              <p>
                {tr('ダウンロード: ', 'Download: ')}
                <a href={`${d.formats.csv}${EXAMPLES[d.id] ?? ''}`} download="">CSV<span class="visually-hidden">（{pick(d.title)}）</span></a>
                {' ／ '}
                <a href={`${d.formats.json}${EXAMPLES[d.id] ?? ''}`}>JSON<span class="visually-hidden">（{pick(d.title)}）</span></a>
              </p>
              <Show when={d.parameters.length > 0}>
                <p>{tr('指定できる条件: ', 'Parameters: ')}{d.parameters.map((p) => `${p.name}${p.required ? tr('（必須）', ' (required)') : ''} = ${p.ja}`).join(tr('、', '; '))}</p>
              </Show>
              <div class="table-scroll" tabindex="0" role="region" aria-label={tr(`${d.title.ja}のデータ項目の表`, `Table of ${d.title.en} columns`)}>
              <table>
                <caption>{tr(`${d.title.ja}のデータ項目`, `${d.title.en}: columns`)}</caption>
                <thead>
                  <tr>
                    <th scope="col">{tr('列名', 'Column')}</th>
                    <th scope="col">{tr('型', 'Type')}</th>
                    <th scope="col" lang="ja">説明</th>
                    <th scope="col" lang="en">Description</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={d.fields}>
                    {(f) => (
                      <tr><th scope="row"><code>{f.name}</code></th><td>{f.type}</td><td lang="ja">{f.ja}</td><td lang="en">{f.en}</td></tr>
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
