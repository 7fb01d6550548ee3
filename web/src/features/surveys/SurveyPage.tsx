import { A, useParams } from '@solidjs/router';
import { useQueryClient } from '@tanstack/solid-query';
import { createSignal, Show } from 'solid-js';
import { isPastDeadline } from '../../../../shared/surveys/answers';
import type { SurveyView } from '../../../../shared/surveys/definition';
import { createMeQuery } from '../../app/auth';
import { fiscalYearLabel } from '../../app/format';
import { tr } from '../../app/lang';
import { surveyKeys } from '../../app/query-keys';
import { Attachments } from '../../ui/Attachments';
import { usePageTitle } from '../../app/page-title';
import { Loading, QueryError } from '../../ui/QueryError';
import { AnswerBoard } from './AnswerBoard';
import { AnswerForm } from './AnswerForm';
import { AnswerUpload } from './AnswerUpload';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { deadlineLabel, surveyStatusLabel } from './labels';
import { createAnswerQuery, createBoardQuery, createResultsQuery, createSurveyAction, createSurveyQuery } from './queries';
import { ResultDownloads } from './ResultDownloads';
import { SurveyResultsView } from './SurveyResultsView';
import { ToSharedMeasure } from './ToSharedMeasure';
import './Surveys.css';

/** The prefecture's view of a sent survey: who has answered, the results, the exports, and closing it. */
function FollowUp(props: { survey: SurveyView; admin: boolean }) {
  const board = createBoardQuery(() => props.survey.id, () => props.survey.status !== 'draft');
  const results = createResultsQuery(() => props.survey.id, () => props.survey.status !== 'draft');
  const action = createSurveyAction();
  const [confirming, setConfirming] = createSignal(false);
  return (
    <>
      <div class="actions">
        <Show when={props.survey.status !== 'closed'}>
          <A class="button secondary" href={`/admin/surveys/${props.survey.id}`}>{props.survey.status === 'draft' ? tr('編集・送付', 'Edit and send') : tr('件名・期限などを編集', 'Edit title, deadline…')}</A>
        </Show>
        <Show when={props.survey.status === 'sent'}>
          <button type="button" class="secondary" disabled={action.isPending} onClick={() => setConfirming(true)}>{tr('締め切る', 'Close')}</button>
        </Show>
        <Show when={props.survey.status === 'closed'}>
          <A class="button secondary" href={`/admin/surveys/${props.survey.id}`}>{tr('内容を見る・来年度用にコピー', 'View or copy for next year')}</A>
        </Show>
      </div>
      <QueryError error={action.error} />
      <ConfirmDialog
        open={confirming()}
        title={tr('照会を締め切りますか？', 'Close the survey?')}
        message={tr('締め切ると、市町村は回答を保存・提出できなくなります。', 'Once closed, municipalities can no longer save or submit answers.')}
        confirmLabel={tr('締め切る', 'Close')}
        onConfirm={() => { setConfirming(false); action.mutate({ surveyId: props.survey.id, action: 'close', version: props.survey.version }); }}
        onCancel={() => setConfirming(false)}
      />
      <Show when={props.survey.status !== 'draft'} fallback={<p>{tr('まだ送付していない照会です。', 'This survey has not been sent yet.')}</p>}>
        <QueryError error={board.error ?? results.error} />
        <Show when={board.data} fallback={<Show when={!board.error}><Loading what={tr('回答状況', 'answers')} /></Show>}>{(b) => <AnswerBoard board={b()} />}</Show>
        <Show when={results.data}>{(r) => <SurveyResultsView results={r()} showMunicipalities />}</Show>
        <ResultDownloads survey={props.survey} />
        <Show when={props.admin}><ToSharedMeasure survey={props.survey} /></Show>
      </Show>
    </>
  );
}

/** A municipality's view: its answer (in the portal or in Excel) and, when the prefecture shares them, the results. */
function Answering(props: { survey: SurveyView; orgCode: string; orgName: string }) {
  const client = useQueryClient();
  const fileQuestions = () => props.survey.questions.filter((q) => q.kind === 'file');
  const maxFiles = () => fileQuestions().reduce((n, q) => n + (q.kind === 'file' ? q.maxFiles : 0), 0);
  const answer = createAnswerQuery(() => props.survey.id, () => props.orgCode);
  const results = createResultsQuery(() => props.survey.id, () => props.survey.shareAggregates);
  const open = () => props.survey.status === 'sent' && !isPastDeadline(props.survey.deadline, new Date());
  return (
    <>
      <Show when={!open()}>
        <p class="notice warning">
          {props.survey.status === 'closed' ? tr('この照会は締め切られました。回答は変更できません。', 'This survey is closed. Answers can no longer change.') : tr('回答期限を過ぎたため、回答は変更できません。県の担当者にご相談ください。', 'The deadline has passed, so the answer can no longer change. Contact the prefecture.')}
        </p>
      </Show>
      <QueryError error={answer.error} />
      <Show when={answer.data} fallback={<Show when={!answer.error}><Loading what={tr('回答', 'your answer')} /></Show>}>
        {(a) => (
          <>
            <AnswerForm survey={props.survey} answer={a()} open={open()} />
            <Show when={fileQuestions().length > 0}>
              <Attachments
                base={`/api/surveys/${props.survey.id}/answers/${props.orgCode}/attachments`}
                files={(a().attachments ?? []).filter((f) => f.status === 'stored')}
                editable={open()}
                maxFiles={maxFiles()}
                onChange={() => void client.invalidateQueries({ queryKey: surveyKeys.answer(props.survey.id, props.orgCode) })}
                heading={{ ja: '添付ファイル', en: 'Files' }}
              />
            </Show>
            <Show when={open()}><AnswerUpload survey={props.survey} answer={a()} orgName={props.orgName} /></Show>
          </>
        )}
      </Show>
      <Show when={props.survey.shareAggregates && results.data}>{(r) => <SurveyResultsView results={r()} showMunicipalities={false} />}</Show>
    </>
  );
}

/** 照会: answered by a municipality, followed by the prefecture. */
export default function SurveyPage() {
  const params = useParams<{ surveyId: string }>();
  const me = createMeQuery();
  const survey = createSurveyQuery(() => params.surveyId);
  usePageTitle(() => survey.data?.title ?? tr('照会', 'Survey'));
  const isPrefecture = () => me.data?.role === 'prefecture_admin' || me.data?.role === 'prefecture_staff';
  return (
    <>
      <nav aria-label={tr('パンくずリスト', 'Breadcrumbs')}>
        <ol class="breadcrumbs"><li><A href="/surveys">{tr('照会', 'Surveys')}</A></li></ol>
      </nav>
      <QueryError error={survey.error ?? me.error} />
      <Show when={survey.data && me.data} fallback={<Show when={!survey.error}><h1>{tr('照会', 'Survey')}</h1><Loading what={tr('照会', 'the survey')} /></Show>}>
        <h1>{survey.data!.title}</h1>
        <dl class="meta survey-meta">
          <dt>{tr('年度', 'Fiscal year')}</dt><dd>{fiscalYearLabel(survey.data!.fiscalYear)}</dd>
          <dt>{tr('状態', 'Status')}</dt><dd><span class={`state survey-${survey.data!.status}`}>{surveyStatusLabel(survey.data!.status)}</span></dd>
          <dt>{tr('回答期限', 'Deadline')}</dt><dd>{deadlineLabel(survey.data!.deadline)}</dd>
          <dt>{tr('設問数', 'Questions')}</dt><dd>{survey.data!.questions.length}</dd>
        </dl>
        <Show when={survey.data!.description}><p class="pre survey-description">{survey.data!.description}</p></Show>
        <Show when={isPrefecture()} fallback={<Answering survey={survey.data!} orgCode={me.data!.orgCode} orgName={me.data!.orgName ?? me.data!.orgCode} />}>
          <FollowUp survey={survey.data!} admin={me.data!.role === 'prefecture_admin'} />
        </Show>
      </Show>
    </>
  );
}
