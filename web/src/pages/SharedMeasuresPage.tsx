import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { periodLabel } from '../../../shared/shared-measures/periods';
import { Loading, QueryError } from '../components/QueryError';
import { createMeQuery } from '../queries/auth';
import { createCatalogueQuery } from '../queries/shared-measures';
import { ValuesUploadForm } from './ValuesUploadForm';

/** 共通指標: the shared municipal DX measures by category, each opening its comparison. */
export default function SharedMeasuresPage() {
  const catalogue = createCatalogueQuery();
  const me = createMeQuery();
  const categories = () => [...new Set((catalogue.data?.items ?? []).map((m) => m.category.ja))];
  return (
    <>
      <h1>共通指標（市町村比較）</h1>
      <p>県と33市町村が共通で追う指標です。指標を選ぶと、市町村ごとの値を表と地図で比較できます。</p>
      <p class="notice warning">表示している値の多くは<strong>サンプルデータ</strong>（実データではありません）です。サンプルの値には「サンプル」と表示します。</p>
      <Show when={me.data?.role === 'prefecture_admin'}>
        <p><A href="/admin/shared-measures">共通指標の管理（追加・編集）</A></p>
      </Show>
      <QueryError error={catalogue.error} />
      <Show when={catalogue.data} fallback={<Loading what="共通指標" />}>
        <For each={categories()}>
          {(category) => (
            <section aria-labelledby={`cat-${category}`}>
              <h2 id={`cat-${category}`}>{category}</h2>
              <ul>
                <For each={catalogue.data!.items.filter((m) => m.category.ja === category)}>
                  {(m) => (
                    <li>
                      <A href={`/shared-measures/${m.id}`}>{m.name.ja}</A>
                      {m.latestPeriod ? `（最新: ${periodLabel(m.period, m.latestPeriod)}）` : ''}
                      {m.reportedBy === 'prefecture' ? '・県が入力' : '・市町村が報告'}
                    </li>
                  )}
                </For>
              </ul>
            </section>
          )}
        </For>
      </Show>
      <Show when={me.data && me.data.role !== 'council'}>
        <ValuesUploadForm ownOrgCode={me.data!.role === 'municipal_staff' ? me.data!.orgCode : undefined} />
      </Show>
    </>
  );
}
