import { createMutation, createQuery } from '@tanstack/solid-query';
import type { LocalUser, MeResponse } from '../../../shared/api/auth';
import { getJson, sendJson } from './api';
import { setToken, token } from './session';
import { queryKeys } from './query-keys';

export const createMeQuery = () =>
  createQuery(() => ({
    queryKey: queryKeys.me,
    queryFn: () => getJson<MeResponse>('/api/me'),
    enabled: token() !== null,
    staleTime: 5 * 60_000,
  }));

export const createLocalUsersQuery = () =>
  createQuery(() => ({
    queryKey: queryKeys.localUsers,
    queryFn: () => getJson<{ items: LocalUser[] }>('/api/auth/local/users'),
  }));

export const createLocalSignIn = () =>
  createMutation(() => ({
    mutationFn: (userId: string) => sendJson<{ token: string }>('POST', '/api/auth/local/token', { userId }),
    onSuccess: ({ token }) => setToken(token),
  }));
