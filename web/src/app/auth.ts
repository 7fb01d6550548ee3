import { createQuery } from '@tanstack/solid-query';
import type { LocalUser, MeResponse } from '../../../shared/api/auth';
import { getJson } from './api';
import { token } from './session';
import { queryKeys } from './query-keys';

export const createMeQuery = () =>
  createQuery(() => ({
    queryKey: queryKeys.me,
    queryFn: () => getJson<MeResponse>('/api/me'),
    enabled: token() !== null,
    staleTime: 5 * 60_000,
  }));

/** The local provider's users (its sign-in page, web/src/app/LoginPage.tsx); asked only while a sign-in is under way. */
export const createLocalUsersQuery = (enabled: () => boolean) =>
  createQuery(() => ({
    queryKey: queryKeys.localUsers,
    queryFn: () => getJson<{ items: LocalUser[] }>('/api/auth/local/users'),
    enabled: enabled(),
  }));
