import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { periodLabel } from '../../../../shared/shared-measures/periods';
import { Loading, QueryError } from '../../ui/QueryError';
import { createMeQuery } from '../../app/auth';
import { createCatalogueQuery } from './queries';
import { ValuesUploadForm } from './ValuesUploadForm';
import { pick, tr } from '../../app/lang';

/** 共通指標: the shared municipal DX measures by category, each opening its comparison. */
export default function SharedMeasuresPage() {
  const catalogue = createCatalogueQuery();
  const me = createMeQuery();
  const categories = () => [...new Set((catalogue.data?.items ?? []).map((m) => m.category.ja))];
  return (
    <>
      <h1>{tr('共通指標（市町村比較）', 'Shared measures (municipalities compared)')}</h1>
      <p>{tr('県と33市町村が共通で追う指標です。指標を選ぶと、市町村ごとの値を表と地図で比較できます。', 'Measures the prefecture and its 33 municipalities follow together. Choose one to compare the municipalities in a table and on a map.')}</p>
      <p class="notice warning">{tr('表示している値の多くはサンプルデータ（実データではありません）です。サンプルの値には「サンプル」と表示します。', 'Most values shown are sample data (not real figures); they are marked “Sample”.')}</p>
      <Show when={me.data?.role === 'prefecture_admin' || me.data?.role === 'prefecture_staff'}>
        <p><A href="/shared-measures/review">{tr('確認待ちの値（市町村が提出した値の確認）', 'Values awaiting review')}</A></p>
      </Show>
      <Show when={me.data?.role === 'prefecture_admin'}>
        <p><A href="/admin/shared-measures">{tr('共通指標の管理（追加・編集）', 'Manage shared measures')}</A></p>
      </Show>
      <QueryError error={catalogue.error} />
      <Show when={catalogue.data} fallback={<Loading what={tr('共通指標', 'shared measures')} />}>
        <For each={categories()}>
          {(category) => (
            <section aria-labelledby={`cat-${category}`}>
              <h2 id={`cat-${category}`}>{pick(catalogue.data!.items.find((m) => m.category.ja === category)!.category)}</h2>
              <ul>
                <For each={catalogue.data!.items.filter((m) => m.category.ja === category)}>
                  {(m) => (
                    <li>
                      <A href={`/shared-measures/${m.id}`}>{pick(m.name)}</A>
                      {m.currentPeriod ? tr(`（${periodLabel(m.period, m.currentPeriod)}）`, ` (${periodLabel(m.period, m.currentPeriod, 'en')})`) : ''}
                      {m.reportedBy === 'prefecture' ? tr('・県が入力', ' · entered by the prefecture') : tr('・市町村が報告', ' · reported by municipalities')}
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
