import { createQuery } from '@tanstack/solid-query';
import type { TaskList } from '../../../../shared/tasks/task';
import { getJson } from '../../app/api';
import { taskKeys } from '../../app/query-keys';

/** The caller's tasks; refetched each time the page opens, so a value just reported leaves the list. */
export const createTasksQuery = () =>
  createQuery(() => ({ queryKey: taskKeys.mine, queryFn: () => getJson<TaskList>('/api/my/tasks'), staleTime: 0, refetchOnMount: 'always' as const }));
