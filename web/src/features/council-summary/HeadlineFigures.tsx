import { For, Show } from 'solid-js';
import type { Headlines } from '../../../../shared/api/dashboard';
import { Loading, QueryError } from '../../ui/QueryError';
import { tr } from '../../app/lang';
import { periodText } from '../../app/period-text';

/** 市町村の主な指標: each figure as a sentence and a number, with the table that carries the detail. */
export function HeadlineFigures(props: { query: { data?: Headlines; error: unknown } }) {
  const h = () => props.query.data;
  const sample = () => <span class="sample-badge">{tr('サンプル', 'Sample')}</span>;
  return (
    <section aria-labelledby="headlines-heading">
      <h2 id="headlines-heading">{tr('市町村の主な指標', 'Municipal headline figures')}</h2>
      <QueryError error={props.query.error} />
      <Show when={h()} fallback={<Loading what={tr('主な指標', 'figures')} />}>
        <ul class="stats headline">
          <Show when={h()!.myNumberCard}>
            {(card) => (
              <li>
                <strong>{card().average?.toFixed(1) ?? '―'}%</strong>
                {tr(`マイナンバーカード保有率（市町村の単純平均、${card().periodLabel}）`, `My Number Card holders (simple mean of municipalities, ${periodText(card().period)})`)}
                <Show when={card().national !== undefined}>
                  {tr(`。全国 ${card().national!.toFixed(1)}%、全国以上は${card().atOrAboveNational}団体`, `; national ${card().national!.toFixed(1)}%, ${card().atOrAboveNational} at or above it`)}
                </Show>
                <Show when={card().sample}>
                  {sample()}
                  <span class="help">
                    {tr(
                      '（サンプルの値は、2024年8月末の実際の値「神奈川県 74.4%・全国 74.8%」に合わせて作ったもので、その前後は架空です）',
                      ' (the sample matches the real figures at the end of Aug 2024, Kanagawa 74.4% and national 74.8%; the months before and after are made up)',
                    )}
                  </span>
                </Show>
              </li>
            )}
          </Show>
          <Show when={h()!.openData}>
            {(open) => (
              <li>
                <strong>{open().adopted} / {open().total}{tr('団体', '')}</strong>
                {tr(`オープンデータに取り組む市町村（${open().periodLabel}）`, `municipalities publishing open data (${periodText(open().period)})`)}
                <Show when={open().sample}>{sample()}</Show>
              </li>
            )}
          </Show>
          <li>
            <strong>{h()!.jointProjects.liveMunicipalities}{tr('団体', '')}</strong>
            {tr(
              `協働事業で導入・運用中の市町村（参加 ${h()!.jointProjects.participants}団体、${h()!.jointProjects.projects}事業）`,
              `municipalities live in joint projects (${h()!.jointProjects.participants} taking part, ${h()!.jointProjects.projects} projects)`,
            )}
          </li>
        </ul>
        <div class="table-scroll" tabindex="0" role="region" aria-label={tr('協働事業ごとの参加団体の表', 'Table of municipalities by joint project')}>
          <table class="projects">
            <caption>{tr('協働事業ごとの参加団体と導入・運用中の団体', 'Joint projects: municipalities taking part and live')}</caption>
            <thead>
              <tr>
                <th scope="col">{tr('事業', 'Project')}</th>
                <th scope="col" class="num">{tr('参加団体', 'Taking part')}</th>
                <th scope="col" class="num">{tr('導入・運用中', 'Live')}</th>
              </tr>
            </thead>
            <tbody>
              <For each={h()!.jointProjects.items}>{(p) => <tr><th scope="row" lang="ja">{p.name}</th><td class="num">{p.participants}</td><td class="num">{p.live}</td></tr>}</For>
            </tbody>
          </table>
        </div>
        <p class="help">
          {tr(
            '市町村の値は、県が確認した値だけで集計しています（確認待ちの値は含みません）。単純平均は市町村の値の平均で、人口による重み付けはしていません。',
            'Municipal figures count only values the prefecture has confirmed (none awaiting review). The simple mean averages the municipalities’ figures, not weighted by population.',
          )}
        </p>
      </Show>
    </section>
  );
}
