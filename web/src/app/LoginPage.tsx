import { A, useNavigate, useSearchParams } from '@solidjs/router';
import { For, onMount, Show } from 'solid-js';
import type { LocalUser } from '../../../shared/api/auth';
import { QueryError, Loading } from '../ui/QueryError';
import { ApiError } from './api';
import { roleLabel } from './format';
import { createLocalUsersQuery } from './auth';
import { usePageTitle } from './page-title';
import { pick, tr } from './lang';

const ROLE_ORDER = ['prefecture_admin', 'prefecture_staff', 'council', 'municipal_staff'] as const;
const ROLE_CAN: Record<(typeof ROLE_ORDER)[number], { ja: string; en: string }> = {
  prefecture_admin: { ja: 'すべての閲覧と操作（計画の取込、協働事業の登録を含む）', en: 'Everything, including plan imports and joint projects' },
  prefecture_staff: { ja: '閲覧と、所属局の施策の実績・評価の入力、市町村の報告の確認', en: 'Read all; enter their bureau’s results; review municipal reports' },
  council: { ja: '閲覧のみ', en: 'Read only' },
  municipal_staff: { ja: '閲覧と、自団体の共通指標・協働事業の報告', en: 'Read; report their own municipality’s figures and progress' },
};

/** What the local provider's redirect back here (`error=`) means, for the person choosing. */
const ERRORS: Record<string, { ja: string; en: string }> = {
  unknown_user: { ja: 'その利用者は登録されていません。一覧から選び直してください。', en: 'That user is not registered. Choose a user from the list.' },
  disabled: { ja: 'その利用者は無効にされています。管理者に連絡するか、別の利用者を選んでください。', en: 'That user has been disabled. Contact an administrator or choose another user.' },
  expired: { ja: 'サインインの手続きの有効期限が切れました。もう一度サインインしてください。', en: 'The sign-in request has expired. Please sign in again.' },
};

/**
 * A municipality's seeded user is named by the municipality alone; anyone invited there since also by their own name,
 * so two people of one municipality never share a button name.
 */
const buttonLabel = (user: LocalUser) =>
  user.role !== 'municipal_staff' ? user.name : user.userId === `muni-${user.orgCode}` ? user.orgName : `${user.orgName}（${user.name}）`;

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * `/login?uid=…`: the local OpenID provider's sign-in page (never in the deployed stack), the seeded and invited
 * users by role and municipality. Each button posts the user's id to the provider's interaction, which sends the
 * browser back through /auth/callback to the page first asked for.
 */
export default function LoginPage() {
  usePageTitle(() => tr('サインイン', 'Sign in'));
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const uid = single(params.uid);
  const error = single(params.error);
  // Opened directly (a bookmark, or a test): sign-in starts at /signin, which comes back here with an interaction.
  onMount(() => {
    if (!uid && !error) navigate('/signin', { replace: true });
  });
  const users = createLocalUsersQuery(() => uid !== undefined);
  const byRole = (role: string) => (users.data?.items ?? []).filter((u) => u.role === role);
  const errorText = error ? (ERRORS[error] ?? ERRORS.unknown_user!) : undefined;
  return (
    <Show when={uid || error} fallback={<p role="status">{tr('サインイン画面に移動しています…', 'Taking you to the sign-in page…')}</p>}>
      <h1>{tr('サインイン（ローカル環境のデモ利用者）', 'Sign in (demo users of the local portal)')}</h1>
      <QueryError error={errorText ? new ApiError(400, error!, errorText) : undefined} />
      <Show when={uid} fallback={<Show when={error}><p><A href="/signin">{tr('サインインをやり直す', 'Sign in again')}</A></p></Show>}>
        <p>{tr('利用者を選んでサインインしてください。役割によって見られる情報とできる操作が変わります。', 'Choose a user to sign in. What you see and may do depends on the role.')}</p>
        <QueryError error={users.error} />
        <Show when={users.data} fallback={<Loading what={tr('利用者の一覧', 'users')} />}>
          {/* One form: the button pressed sends its own name=userId value=<id>. */}
          <form method="post" action={`/oidc/interaction/${encodeURIComponent(uid!)}/login`} class="user-groups">
            <For each={ROLE_ORDER}>
              {(role) => (
                <section aria-labelledby={`role-${role}`} class={role === 'municipal_staff' ? 'wide' : undefined}>
                  <h2 id={`role-${role}`}>{roleLabel(role)}</h2>
                  <p class="help">{pick(ROLE_CAN[role])}</p>
                  <ul class={role === 'municipal_staff' ? 'muni' : undefined}>
                    <For each={byRole(role)}>
                      {(user) => (
                        <li>
                          <button type="submit" name="userId" value={user.userId} class="secondary">
                            {buttonLabel(user)}
                          </button>
                        </li>
                      )}
                    </For>
                  </ul>
                </section>
              )}
            </For>
          </form>
        </Show>
      </Show>
    </Show>
  );
}
