import { createInfiniteQuery, createMutation, createQuery, useQueryClient } from '@tanstack/solid-query';
import type { AuditRecord } from '../../../../shared/api/plans';
import type { UserInvite, UserList, UserUpdate, UserView } from '../../../../shared/api/users';
import type { Organisation } from '../../../../shared/org/organisation';
import { apiFetch, getAllPages, getJson } from '../../app/api';
import { organisationKeys, userKeys } from '../../app/query-keys';

export interface UserFilter {
  orgCode?: string;
  role?: string;
  status?: string;
}

const PAGE_SIZE = 50;

const search = (params: Record<string, string | undefined>) => {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  const text = query.toString();
  return text ? `?${text}` : '';
};

/** One organisation's (or the prefecture's) people, a page at a time: the list grows with 「さらに表示」. */
export const createUserListQuery = (filter: () => UserFilter, enabled: () => boolean) =>
  createInfiniteQuery(() => ({
    queryKey: userKeys.list(filter()),
    queryFn: ({ pageParam }) => getJson<UserList>(`/api/users${search({ ...filter(), limit: String(PAGE_SIZE), cursor: pageParam })}`),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor,
    enabled: enabled(),
  }));

export const createUserHistoryQuery = (userId: () => string) =>
  createInfiniteQuery(() => ({
    queryKey: userKeys.history(userId()),
    queryFn: ({ pageParam }) =>
      getJson<{ items: AuditRecord[]; nextCursor?: string }>(`/api/users/${encodeURIComponent(userId())}/history${search({ cursor: pageParam })}`),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor,
  }));

/** The same list (and key) the joint-project pages use: the prefecture and its municipalities, a few dozen. */
export const createOrganisationsQuery = () =>
  createQuery(() => ({
    queryKey: organisationKeys.all,
    queryFn: () => getAllPages<Organisation>('/api/organisations?limit=100'),
    staleTime: 60 * 60_000,
  }));

async function send<T>(method: 'POST' | 'PATCH', path: string, body?: unknown): Promise<T | undefined> {
  const res = await apiFetch(path, { method, body: body === undefined ? undefined : JSON.stringify(body) });
  return res.status === 204 ? undefined : ((await res.json()) as T);
}

const userPath = (userId: string) => `/api/users/${encodeURIComponent(userId)}`;

/** Every change to an account shows in the list and in that person's history: refetch all of users. */
function useUserMutation<I, O>(fn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return createMutation(() => ({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: userKeys.all }) }));
}

export const createInviteUser = () => useUserMutation((body: UserInvite) => send<UserView>('POST', '/api/users', body) as Promise<UserView>);

export const createUpdateUser = () =>
  useUserMutation((i: { userId: string; body: UserUpdate }) => send<UserView>('PATCH', userPath(i.userId), i.body) as Promise<UserView>);

/** The actions that take only the version the administrator saw. */
export type VersionedAction = 'disable' | 'enable' | 'reset-password' | 'reset-mfa';

export const createUserAction = () =>
  useUserMutation((i: { userId: string; action: VersionedAction; version: number }) =>
    send<UserView>('POST', `${userPath(i.userId)}/${i.action}`, { version: i.version }) as Promise<UserView>,
  );

export const createSignOutEverywhere = () => useUserMutation((userId: string) => send<void>('POST', `${userPath(userId)}/sign-out-everywhere`));
