import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { createMeQuery } from '../../app/auth';
import { fiscalYearShort } from '../../app/format';
import { tr } from '../../app/lang';
import { usePageTitle } from '../../app/page-title';
import { Loading, QueryError } from '../../ui/QueryError';
import { answerStatusLabel, deadlineLabel, surveyStatusLabel } from './labels';
import { createSurveyListQuery } from './queries';
import './Surveys.css';

/**
 * 照会: the prefecture's surveys with how many have answered, or a municipality's surveys with its own answer
 * state, newest first (the API's order). Each row leads to the page where the survey is answered or followed.
 */
export default function SurveysPage() {
  usePageTitle(() => tr('照会', 'Surveys'));
  const me = createMeQuery();
  const list = createSurveyListQuery();
  const isPrefecture = () => me.data?.role === 'prefecture_admin' || me.data?.role === 'prefecture_staff';
  return (
    <>
      <h1>{tr('照会', 'Surveys')}</h1>
      <Show
        when={isPrefecture()}
        fallback={<p>{tr('県から届いた照会です。期限までは、提出した後も修正できます。Excelファイルでも回答できます。', 'Surveys the prefecture sent you. You can revise an answer until the deadline, also after submitting. You can answer in Excel too.')}</p>}
      >
        <p>{tr('市町村への照会を作成・送付し、回答状況と集計を確認します。', 'Compose surveys, send them to municipalities and follow the answers.')}</p>
        <p><A class="button" href="/admin/surveys">{tr('新しい照会', 'New survey')}</A></p>
      </Show>
      <QueryError error={list.error ?? me.error} />
      <Show when={list.data && me.data} fallback={<Show when={!list.error}><Loading what={tr('照会', 'surveys')} /></Show>}>
        <Show when={list.data!.length > 0} fallback={<p>{tr('照会はまだありません。', 'No survey yet.')}</p>}>
          <div class="table-scroll" tabindex="0" role="region" aria-label={tr('照会の一覧', 'Surveys')}>
            <table class="survey-list">
              <caption>{tr('照会の一覧（新しい順）', 'Surveys, newest first')}</caption>
              <thead>
                <tr>
                  <th scope="col">{tr('件名', 'Title')}</th>
                  <th scope="col">{tr('年度', 'Year')}</th>
                  <th scope="col">{tr('状態', 'Status')}</th>
                  <th scope="col">{tr('回答期限', 'Deadline')}</th>
                  <th scope="col">{isPrefecture() ? tr('提出数', 'Submitted') : tr('自団体の回答', 'Your answer')}</th>
                </tr>
              </thead>
              <tbody>
                <For each={list.data}>
                  {(s) => (
                    <tr>
                      <th scope="row">
                        <A href={isPrefecture() && s.status === 'draft' ? `/admin/surveys/${s.id}` : `/surveys/${s.id}`}>{s.title}</A>
                      </th>
                      <td class="nowrap">{fiscalYearShort(s.fiscalYear)}</td>
                      <td class="nowrap"><span class={`state survey-${s.status}`}>{surveyStatusLabel(s.status)}</span></td>
                      <td>{s.status === 'draft' && !s.deadline ? '―' : deadlineLabel(s.deadline)}</td>
                      <Show
                        when={isPrefecture()}
                        fallback={<td class={`nowrap answer-${s.myAnswerStatus ?? 'not_started'}`}>{answerStatusLabel(s.myAnswerStatus ?? 'not_started')}</td>}
                      >
                        <td class="num">
                          {s.status === 'draft' ? '―' : s.submittedCount !== undefined ? `${s.submittedCount}/${s.askedCount ?? 0}` : tr(`${s.askedCount ?? 0}団体に送付`, `sent to ${s.askedCount ?? 0}`)}
                        </td>
                      </Show>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </div>
        </Show>
      </Show>
    </>
  );
}
