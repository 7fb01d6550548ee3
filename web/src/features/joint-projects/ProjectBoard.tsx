import { For, Show } from 'solid-js';
import type { ProjectOverview } from '../../../../shared/api/joint-projects';
import type { Organisation } from '../../../../shared/org/organisation';
import { dateLabel, numberLabel } from './labels';
import { nameOf } from './organisations';
import { tr } from '../../app/lang';

/**
 * 参加状況: the headline effects, the count per phase, and the board of
 * municipalities × phases (a table, so it reads cell by cell in a screen reader).
 */
export function ProjectBoard(props: { overview: ProjectOverview; organisations?: Organisation[] }) {
  const o = () => props.overview;
  const phases = () => o().project.phases;
  const participants = () => [...o().participants].sort((a, b) => a.orgCode.localeCompare(b.orgCode));
  return (
    <>
      <section aria-labelledby="effects-heading">
        <h2 id="effects-heading">{tr('効果', 'Effects')}</h2>
        <ul class="stats">
          <li><strong>{o().effects.participants}{tr('団体', '')}</strong>{tr('参加団体', ' municipalities taking part')}</li>
          <li><strong>{o().effects.liveMunicipalities}{tr('団体', '')}</strong>{tr('導入・運用中', ' live')}</li>
          <For each={o().effects.totals}>
            {(t) => (
              <li>
                {/* Field labels and units are the project's Japanese data. */}
                <strong>{numberLabel(t.total)}<span lang="ja">{t.unit}</span></strong>
                <span lang="ja">{t.label}</span>{tr(`（承認済みの報告 ${t.reporters}団体の合計）`, ` (total of ${t.reporters} municipalities’ approved reports)`)}
              </li>
            )}
          </For>
        </ul>
        <Show when={o().participants.some((p) => p.sample)}>
          <p class="help">{tr('「サンプル」と表示した参加団体と報告は説明用のサンプルデータです。', 'Participants and reports marked “Sample” are sample data for illustration.')}</p>
        </Show>
      </section>
      <section aria-labelledby="board-heading">
        <h2 id="board-heading">{tr('参加団体とフェーズ', 'Participants and phases')}</h2>
        <div class="table-scroll" tabindex="0" role="region" aria-label={tr('フェーズ別の参加団体数と各団体の現在のフェーズ（●）', 'Municipalities per phase, and each one’s current phase (●)')}>
          <table class="board">
            <caption>{tr('フェーズ別の参加団体数と各団体の現在のフェーズ（●）', 'Municipalities per phase, and each one’s current phase (●)')}</caption>
            <thead>
              <tr>
                <th scope="col">{tr('市町村', 'Municipality')}</th>
                <For each={phases()}>{(ph) => <th scope="col">{ph.name}</th>}</For>
              </tr>
              <tr class="total">
                <th scope="row">{tr('団体数', 'Count')}</th>
                <For each={phases()}>{(ph) => <td class="num">{o().effects.phaseCounts[ph.id] ?? 0}</td>}</For>
              </tr>
            </thead>
            <tbody>
              <For each={participants()} fallback={<tr><td colspan={phases().length + 1}>{tr('参加団体はまだありません。', 'No participants yet.')}</td></tr>}>
                {(p) => (
                  <tr>
                    <th scope="row">
                      {nameOf(props.organisations, p.orgCode)}
                      <Show when={p.sample}><span class="sample-badge">{tr('サンプル', 'Sample')}</span></Show>
                    </th>
                    <For each={phases()}>
                      {(ph) => (
                        <td class="phase-cell">
                          <Show when={p.phaseId === ph.id}>
                            <span aria-hidden="true">●</span>
                            <span class="help">{tr(`${dateLabel(p.phaseSince)}〜`, `since ${dateLabel(p.phaseSince)}`)}</span>
                            <span class="visually-hidden">{tr('現在のフェーズ', 'current phase')}</span>
                          </Show>
                        </td>
                      )}
                    </For>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
