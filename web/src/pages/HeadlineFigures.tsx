import { For, Show } from 'solid-js';
import type { Headlines } from '../../../shared/api/dashboard';
import { Loading, QueryError } from '../components/QueryError';

/** 市町村の主な指標: each figure as a sentence and a number, with the table that carries the detail. */
export function HeadlineFigures(props: { query: { data?: Headlines; error: unknown } }) {
  const h = () => props.query.data;
  return (
    <section aria-labelledby="headlines-heading">
      <h2 id="headlines-heading">市町村の主な指標</h2>
      <QueryError error={props.query.error} />
      <Show when={h()} fallback={<Loading what="主な指標" />}>
        <ul class="stats headline">
          <Show when={h()!.myNumberCard}>
            {(card) => (
              <li>
                <strong>{card().average?.toFixed(1) ?? '―'}%</strong>
                マイナンバーカード保有率（市町村平均、{card().periodLabel}）
                <Show when={card().national !== undefined}>。全国 {card().national!.toFixed(1)}%、全国以上は{card().atOrAboveNational}団体</Show>
                <Show when={card().sample}><span class="sample-badge">サンプル</span></Show>
              </li>
            )}
          </Show>
          <Show when={h()!.openData}>
            {(open) => (
              <li>
                <strong>{open().adopted} / {open().total}団体</strong>
                オープンデータに取り組む市町村（{open().periodLabel}）
                <Show when={open().sample}><span class="sample-badge">サンプル</span></Show>
              </li>
            )}
          </Show>
          <li>
            <strong>{h()!.jointProjects.liveMunicipalities}団体</strong>
            協働事業で導入・運用中の市町村（参加 {h()!.jointProjects.participants}団体、{h()!.jointProjects.projects}事業）
          </li>
        </ul>
        <table>
          <caption>協働事業ごとの参加団体と導入・運用中の団体</caption>
          <thead><tr><th scope="col">事業</th><th scope="col" class="num">参加団体</th><th scope="col" class="num">導入・運用中</th></tr></thead>
          <tbody>
            <For each={h()!.jointProjects.items}>
              {(p) => (
                <tr><th scope="row">{p.name}</th><td class="num">{p.participants}</td><td class="num">{p.live}</td></tr>
              )}
            </For>
          </tbody>
        </table>
      </Show>
    </section>
  );
}
