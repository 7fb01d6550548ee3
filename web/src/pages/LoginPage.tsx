import { useNavigate } from '@solidjs/router';
import { For, Show } from 'solid-js';
import type { LocalUser } from '../../../shared/api/auth';
import { QueryError, Loading } from '../components/QueryError';
import { ROLE_LABELS } from '../i18n/format';
import { createLocalSignIn, createLocalUsersQuery } from '../queries/auth';

const ROLE_ORDER = ['prefecture_admin', 'prefecture_staff', 'council', 'municipal_staff'] as const;

/** Local sign-in: the seeded demo users, by role and municipality (never in the deployed stack). */
export default function LoginPage() {
  const users = createLocalUsersQuery();
  const signIn = createLocalSignIn();
  const navigate = useNavigate();
  const byRole = (role: string) => (users.data?.items ?? []).filter((u) => u.role === role);
  // Sign-out already cleared the previous user's cached data.
  const choose = (user: LocalUser) => signIn.mutate(user.userId, { onSuccess: () => navigate('/') });
  return (
    <>
      <h1>サインイン（ローカル環境のデモ利用者）</h1>
      <p>利用者を選んでサインインしてください。役割によって見られる情報とできる操作が変わります。</p>
      <QueryError error={users.error ?? signIn.error} />
      <Show when={users.data} fallback={<Loading what="利用者の一覧" />}>
        <div class="user-groups">
          <For each={ROLE_ORDER}>
            {(role) => (
              <section aria-labelledby={`role-${role}`}>
                <h2 id={`role-${role}`}>{ROLE_LABELS[role]}</h2>
                <ul class={role === 'municipal_staff' ? 'muni' : undefined}>
                  <For each={byRole(role)}>
                    {(user) => (
                      <li>
                        <button type="button" class="secondary" onClick={() => choose(user)} disabled={signIn.isPending}>
                          {role === 'municipal_staff' ? user.orgName : user.name}
                        </button>
                      </li>
                    )}
                  </For>
                </ul>
              </section>
            )}
          </For>
        </div>
      </Show>
    </>
  );
}
