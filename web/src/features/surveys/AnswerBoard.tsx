import { For, Show } from 'solid-js';
import type { SurveyBoard } from '../../../../shared/surveys/results';
import { warekiDateTimeLabel } from '../../app/format';
import { tr } from '../../app/lang';
import { orgLabel } from '../../app/org-names';
import { answerStatusLabel } from './labels';

/** 回答状況: every municipality asked, its answer's state and when it was submitted; late ones marked in words, not colour alone. */
export function AnswerBoard(props: { board: SurveyBoard }) {
  const c = () => props.board.counts;
  return (
    <section aria-labelledby="board-heading">
      <h2 id="board-heading">{tr('回答状況', 'Who has answered')}</h2>
      <ul class="stats">
        <li><strong>{c().submitted}/{c().asked}</strong>{tr('提出済', 'submitted')}</li>
        <li><strong>{c().draft}</strong>{tr('下書き', 'drafts')}</li>
        <li><strong>{c().notStarted}</strong>{tr('未回答', 'not started')}</li>
        <li><strong class={c().late > 0 ? 'overdue' : ''}>{c().late}</strong>{tr('期限超過', 'late')}</li>
      </ul>
      <div class="table-scroll" tabindex="0" role="region" aria-label={tr('市町村ごとの回答状況', 'Answers by municipality')}>
        <table class="survey-board">
          <caption>{tr('市町村ごとの回答状況（団体コード順）', 'Answers by municipality (by code)')}</caption>
          <thead><tr><th scope="col">{tr('市町村', 'Municipality')}</th><th scope="col">{tr('状態', 'Status')}</th><th scope="col">{tr('提出日時', 'Submitted')}</th></tr></thead>
          <tbody>
            <For each={props.board.rows}>
              {(r) => (
                <tr>
                  <th scope="row">{orgLabel(r.orgCode, r.orgName)}</th>
                  <td class={`nowrap answer-${r.status}`}>
                    {answerStatusLabel(r.status)}
                    <Show when={r.late}> <span class="overdue">{r.status === 'submitted' ? tr('（期限後に提出）', '(submitted late)') : tr('（期限超過）', '(late)')}</span></Show>
                  </td>
                  <td>{r.submittedAt ? warekiDateTimeLabel(r.submittedAt) : '―'}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
    </section>
  );
}
