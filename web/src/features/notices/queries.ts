import { createQuery } from '@tanstack/solid-query';
import type { Notice } from '../../../../shared/api/joint-projects';
import { getJson } from '../../app/api';
import { jointKeys } from '../../app/query-keys';

// The key sits under joint projects' so a change to a report refetches the notices it raises.
export const createNoticesQuery = () =>
  createQuery(() => ({ queryKey: jointKeys.notices, queryFn: () => getJson<{ items: Notice[]; nextCursor?: string }>('/api/notices?limit=50'), refetchInterval: 60_000 }));
