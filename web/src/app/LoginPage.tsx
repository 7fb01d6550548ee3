import { useNavigate } from '@solidjs/router';
import { For, Show } from 'solid-js';
import type { LocalUser } from '../../../shared/api/auth';
import { QueryError, Loading } from '../ui/QueryError';
import { roleLabel } from './format';
import { createLocalSignIn, createLocalUsersQuery } from './auth';
import { usePageTitle } from './page-title';
import { pick, tr } from './lang';

const ROLE_ORDER = ['prefecture_admin', 'prefecture_staff', 'council', 'municipal_staff'] as const;
const ROLE_CAN: Record<(typeof ROLE_ORDER)[number], { ja: string; en: string }> = {
  prefecture_admin: { ja: 'すべての閲覧と操作（計画の取込、協働事業の登録を含む）', en: 'Everything, including plan imports and joint projects' },
  prefecture_staff: { ja: '閲覧と、所属局の施策の実績・評価の入力、市町村の報告の確認', en: 'Read all; enter their bureau’s results; review municipal reports' },
  council: { ja: '閲覧のみ', en: 'Read only' },
  municipal_staff: { ja: '閲覧と、自団体の共通指標・協働事業の報告', en: 'Read; report their own municipality’s figures and progress' },
};

/** Local sign-in: the seeded demo users, by role and municipality (never in the deployed stack). */
export default function LoginPage() {
  usePageTitle(() => tr('サインイン', 'Sign in'));
  const users = createLocalUsersQuery();
  const signIn = createLocalSignIn();
  const navigate = useNavigate();
  const byRole = (role: string) => (users.data?.items ?? []).filter((u) => u.role === role);
  // Sign-out already cleared the previous user's cached data.
  const choose = (user: LocalUser) => signIn.mutate(user.userId, { onSuccess: () => navigate('/') });
  return (
    <>
      <h1>{tr('サインイン（ローカル環境のデモ利用者）', 'Sign in (demo users of the local portal)')}</h1>
      <p>{tr('利用者を選んでサインインしてください。役割によって見られる情報とできる操作が変わります。', 'Choose a user to sign in. What you see and may do depends on the role.')}</p>
      <QueryError error={users.error ?? signIn.error} />
      <Show when={users.data} fallback={<Loading what={tr('利用者の一覧', 'users')} />}>
        <div class="user-groups">
          <For each={ROLE_ORDER}>
            {(role) => (
              <section aria-labelledby={`role-${role}`} class={role === 'municipal_staff' ? 'wide' : undefined}>
                <h2 id={`role-${role}`}>{roleLabel(role)}</h2>
                <p class="help">{pick(ROLE_CAN[role])}</p>
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
