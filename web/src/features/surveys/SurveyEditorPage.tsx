import { A, useNavigate, useParams } from '@solidjs/router';
import { Show } from 'solid-js';
import { currentFiscalYear } from '../../../../shared/fiscal-year';
import { createMeQuery } from '../../app/auth';
import { tr } from '../../app/lang';
import { usePageTitle } from '../../app/page-title';
import { Loading, QueryError } from '../../ui/QueryError';
import { SurveyForm } from './SurveyForm';
import { createSurveyQuery } from './queries';
import './Surveys.css';

/** 照会の作成・編集 (prefecture): a new survey at /admin/surveys, an existing one at /admin/surveys/{id}. */
export default function SurveyEditorPage() {
  const params = useParams<{ surveyId?: string }>();
  const navigate = useNavigate();
  const me = createMeQuery();
  const survey = createSurveyQuery(() => params.surveyId);
  const isPrefecture = () => me.data?.role === 'prefecture_admin' || me.data?.role === 'prefecture_staff';
  usePageTitle(() => (params.surveyId ? (survey.data ? tr(`照会の編集: ${survey.data.title}`, `Edit survey: ${survey.data.title}`) : tr('照会の編集', 'Edit survey')) : tr('新しい照会', 'New survey')));
  return (
    <>
      <nav aria-label={tr('パンくずリスト', 'Breadcrumbs')}>
        <ol class="breadcrumbs">
          <li><A href="/surveys">{tr('照会', 'Surveys')}</A></li>
          <Show when={survey.data}>{(s) => <li><A href={`/surveys/${s().id}`}>{s().title}</A></li>}</Show>
        </ol>
      </nav>
      <h1>{params.surveyId ? tr('照会の編集', 'Edit survey') : tr('新しい照会', 'New survey')}</h1>
      <QueryError error={me.error ?? survey.error} />
      <Show when={me.data}>
        <Show when={isPrefecture()} fallback={<p>{tr('照会の作成・編集は県職員が行います。', 'Only prefecture staff compose surveys.')}</p>}>
          <Show when={!params.surveyId} fallback={
            // Not keyed: a refetch (another tab's save, focus) must not reset what is being typed; the form keeps its draft.
            <Show when={survey.data} fallback={<Show when={!survey.error}><Loading what={tr('照会', 'the survey')} /></Show>}>
              {(s) => <SurveyForm survey={s()} fiscalYear={s().fiscalYear} onSaved={(id) => id !== s().id && navigate(`/admin/surveys/${id}`)} onSent={(id) => navigate(`/surveys/${id}`)} />}
            </Show>
          }>
            <SurveyForm fiscalYear={currentFiscalYear()} onSaved={(id) => navigate(`/admin/surveys/${id}`, { replace: true })} onSent={(id) => navigate(`/surveys/${id}`)} />
          </Show>
        </Show>
      </Show>
    </>
  );
}
