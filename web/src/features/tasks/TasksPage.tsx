import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { formatDate } from '../../../../shared/fiscal-year';
import type { Task } from '../../../../shared/tasks/task';
import { daysLeftWords, groupOf, TASK_GROUP_LABELS, TASK_GROUPS, type TaskGroup } from '../../../../shared/tasks/task-groups';
import { createMeQuery } from '../../app/auth';
import { lang, pick, tr } from '../../app/lang';
import { usePageTitle } from '../../app/page-title';
import { QueryError } from '../../ui/QueryError';
import { createTasksQuery } from './queries';
import './tasks.css';

/**
 * やること: a municipal user's home page (values and reports due, overdue or returned) and the prefecture's
 * mirror image (what waits for review, who is late). Each row names its task in its link, one click to act.
 */
export default function TasksPage() {
  usePageTitle(() => tr('やること', 'My tasks'));
  const me = createMeQuery();
  const tasks = createTasksQuery();
  const isPrefecture = () => me.data?.role === 'prefecture_admin' || me.data?.role === 'prefecture_staff';
  const inGroup = (group: TaskGroup) => (tasks.data?.items ?? []).filter((t) => groupOf(t) === group);
  return (
    <>
      <h1>{tr('やること', 'My tasks')}</h1>
      <p>
        {isPrefecture()
          ? tr('県の確認を待っている値や報告、期限を過ぎても報告していない団体です。', 'What waits for the prefecture’s review, and who is late with a value or a report.')
          : tr('報告する値や進捗報告を、期限の近い順に示します。項目を選ぶと入力画面が開きます。', 'Values and progress reports to submit, the most urgent first. Choose one to open its form.')}
      </p>
      <Show when={isPrefecture() || me.data?.role === 'council'}>
        <p><A href="/shared-measures/reporting">{tr('報告状況（報告率・期限内報告率）を見る', 'See the reporting rates')}</A></p>
      </Show>
      <QueryError error={tasks.error} />
      <Show when={tasks.data} fallback={<Show when={!tasks.error}><Placeholder /></Show>}>
        <Show when={tasks.data!.items.length > 0} fallback={<p class="tasks-empty" role="status">{tr('いまやることはありません。', 'Nothing to do right now.')}</p>}>
          <For each={TASK_GROUPS.filter((g) => inGroup(g).length > 0)}>
            {(group) => (
              <section class="task-group" aria-labelledby={`tasks-${group}`}>
                <h2 id={`tasks-${group}`}>
                  {pick(TASK_GROUP_LABELS[group])} <span class="task-count">{tr(`${inGroup(group).length}件`, `(${inGroup(group).length})`)}</span>
                </h2>
                <ul class="tasks">
                  <For each={inGroup(group)}>{(task) => <TaskRow task={task} />}</For>
                </ul>
              </section>
            )}
          </For>
        </Show>
      </Show>
    </>
  );
}

function TaskRow(props: { task: Task }) {
  const late = () => (props.task.daysLeft ?? 0) < 0;
  return (
    <li class="task" classList={{ late: late() }}>
      <A class="task-link" href={props.task.link}>{pick(props.task.title)}</A>
      <Show when={props.task.deadline}>
        {(deadline) => (
          <span class="task-deadline">
            {tr('期限', 'Due')} <time datetime={deadline()}>{formatDate(deadline(), lang())}</time>
            <Show when={props.task.daysLeft !== undefined}>
              {' '}<strong class="task-days">{pick(daysLeftWords(props.task.daysLeft!))}</strong>
            </Show>
          </span>
        )}
      </Show>
    </li>
  );
}

/** Rows shaped like the tasks while they load, never an empty state that is not true yet. */
function Placeholder() {
  return (
    <section aria-busy="true" aria-label={tr('やることを読み込んでいます', 'Loading your tasks')}>
      <p class="visually-hidden" role="status">{tr('やることを読み込んでいます…', 'Loading your tasks…')}</p>
      <ul class="tasks" aria-hidden="true">
        <For each={[1, 2, 3]}>
          {() => (
            <li class="task">
              <span class="skeleton-bar task-skeleton-title" />
              <span class="skeleton-bar" />
            </li>
          )}
        </For>
      </ul>
    </section>
  );
}
