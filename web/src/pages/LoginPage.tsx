import { useNavigate } from '@solidjs/router';
import { For, Show } from 'solid-js';
import type { LocalUser } from '../../../shared/api/auth';
import { QueryError, Loading } from '../components/QueryError';
import { ROLE_LABELS } from '../i18n/format';
import { createLocalSignIn, createLocalUsersQuery } from '../queries/auth';
import { usePageTitle } from '../page-title';

const ROLE_ORDER = ['prefecture_admin', 'prefecture_staff', 'council', 'municipal_staff'] as const;
const ROLE_CAN: Record<(typeof ROLE_ORDER)[number], string> = {
  prefecture_admin: 'すべての閲覧と操作（計画の取込を含む）',
  prefecture_staff: '閲覧と、所属局の施策の実績・評価の入力',
  council: '閲覧のみ',
  municipal_staff: '閲覧と、自団体の共通指標の報告',
};

/** Local sign-in: the seeded demo users, by role and municipality (never in the deployed stack). */
export default function LoginPage() {
  usePageTitle(() => 'サインイン');
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
              <section aria-labelledby={`role-${role}`} class={role === 'municipal_staff' ? 'wide' : undefined}>
                <h2 id={`role-${role}`}>{ROLE_LABELS[role]}</h2>
                <p class="help">{ROLE_CAN[role]}</p>
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
