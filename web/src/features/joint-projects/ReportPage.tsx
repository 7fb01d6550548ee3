import { A, useParams } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { deadlineStatus } from '../../../../shared/joint-projects/deadlines';
import { actorFor } from '../../../../shared/joint-projects/workflow';
import { Loading, QueryError } from '../../ui/QueryError';
import { dateLabel, deadlineStatusLabel, stateLabel } from './labels';
import { usePageTitle } from '../../app/page-title';
import { createMeQuery } from '../../app/auth';
import { createProjectOverviewQuery, createReportQuery } from './queries';
import { createOrganisationsQuery, nameOf } from './organisations';
import { AttachmentList } from './AttachmentList';
import { ReportForm } from './ReportForm';
import { ReportThread, TransitionHistory } from './ReportThread';
import { ReviewActions } from './ReviewActions';
import { tr } from '../../app/lang';
import { reportingPeriodText } from '../../app/format';

/** 進捗報告: one municipality's report for one period — write and submit, or review; its comments, files and record. */
export default function ReportPage() {
  const params = useParams<{ projectId: string; periodId: string; orgCode: string }>();
  const ref = () => ({ projectId: params.projectId, periodId: params.periodId, orgCode: params.orgCode });
  const view = createReportQuery(ref);
  const overview = createProjectOverviewQuery(() => params.projectId);
  const organisations = createOrganisationsQuery();
  const me = createMeQuery();
  const [message, setMessage] = createSignal('');
  const project = () => overview.data?.project;
  const period = () => project()?.periods.find((p) => p.id === params.periodId);
  const orgName = () => nameOf(organisations.data, params.orgCode);
  usePageTitle(() => `${tr(`${orgName()}の進捗報告`, `Progress report of ${orgName()}`)} ${project()?.name ?? ''} ${period() ? reportingPeriodText(period()!) : ''}`);
  const actor = () => (me.data ? actorFor(me.data, params.orgCode) : 'other');
  const state = () => view.data?.report?.state ?? 'none';
  const editable = () => view.data?.allowedActions.includes('save') ?? false;
  const done = (text: string) => {
    setMessage(text);
    document.getElementById('report-message')?.focus();
  };
  return (
    <>
      <nav aria-label={tr('パンくずリスト', 'Breadcrumbs')}>
        <ol class="breadcrumbs">
          <li><A href="/joint-projects">{tr('協働事業', 'Joint projects')}</A></li>
          <li><A href={`/joint-projects/${params.projectId}`}>{project()?.name ?? params.projectId}</A></li>
          <li aria-current="page">{orgName()}{tr('（', ' (')}{period() ? reportingPeriodText(period()!) : params.periodId}{tr('）', ')')}</li>
        </ol>
      </nav>
      <h1>{tr(`${orgName()}の進捗報告`, `Progress report of ${orgName()}`)}<Show when={period()}>{(p) => <span class="subtitle"><span lang="ja">{project()!.name}</span>{tr('・', ', ')}{reportingPeriodText(p())}</span>}</Show></h1>
      <div id="report-message" tabindex="-1" role="status" class={message() ? 'notice success' : ''}>{message()}</div>
      <QueryError error={view.error ?? overview.error} />
      <Show when={view.data && project() && period()} fallback={<Show when={!view.error}><Loading what={tr('進捗報告', 'report')} /></Show>}>
        <dl class="meta">
          <dt>{tr('状態', 'State')}</dt>
          <dd><strong class={`state state-${state()}`}>{stateLabel(state())}</strong></dd>
          <dt>{tr('提出期限', 'Due')}</dt>
          <dd>
            {dateLabel(period()!.deadline)}
            <Show when={deadlineStatus(view.data!.report?.state, period()!.deadline, new Date()) === 'overdue'}>
              <span class="overdue">{tr('（', ' (')}{deadlineStatusLabel('overdue')}{tr('）', ')')}</span>
            </Show>
          </dd>
        </dl>
        <Show when={state() === 'returned' && actor() === 'owner'}>
          <p class="notice warning">{tr('この報告は差し戻されています。コメントを確認し、修正して再提出してください。', 'This report was returned. Read the comments, correct it and submit it again.')}</p>
        </Show>
        <Show
          when={editable()}
          fallback={
            <Show when={view.data!.report}>
              {(r) => (
                <section aria-labelledby="values-heading">
                  <h2 id="values-heading">{tr('報告の内容', 'The report')}</h2>
                  <dl class="meta">
                    <For each={project()!.fields}>
                      {(f) => (
                        <>
                          <dt lang="ja">{f.label}</dt>
                          <dd class="pre" lang="ja">
                            {r().values[f.id] === null || r().values[f.id] === undefined ? '―' : `${r().values[f.id]}${f.type === 'number' && f.unit ? ` ${f.unit}` : ''}`}
                          </dd>
                        </>
                      )}
                    </For>
                  </dl>
                </section>
              )}
            </Show>
          }
        >
          <ReportForm reportRef={ref()} project={project()!} view={view.data!} onDone={done} />
        </Show>
        <ReviewActions reportRef={ref()} view={view.data!} onDone={done} onConflict={() => void view.refetch()} />
        <AttachmentList reportRef={ref()} view={view.data!} editable={editable() && view.data!.report !== null} />
        <Show when={actor() !== 'other'}>
          <ReportThread reportRef={ref()} view={view.data!} canComment={actor() !== 'other'} />
        </Show>
        <TransitionHistory view={view.data!} />
      </Show>
    </>
  );
}
