import { Show } from 'solid-js';
import type { MeResponse } from '../../../../shared/api/auth';
import type { UserView } from '../../../../shared/api/users';
import type { Organisation } from '../../../../shared/org/organisation';
import { roleLabel, warekiDateTimeLabel } from '../../app/format';
import { tr } from '../../app/lang';
import { statusLabel } from './labels';
import { UserActions } from './UserActions';
import { UserEditForm } from './UserEditForm';
import { UserHistory } from './UserHistory';

interface Props {
  user: UserView;
  me: MeResponse;
  organisations: readonly Organisation[];
  nameOf: (userId: string) => string | undefined;
  orgName: (code: string, fallback?: string) => string;
  onDone: (message: string, user?: UserView) => void;
  onReload: (current?: UserView) => void;
}

/**
 * What a municipal administrator may do to someone: disable and re-enable their own municipality's staff, never
 * themselves. A prefecture administrator may do everything to anyone else. The API decides again; this only hides what would fail.
 */
function allowedActions(me: MeResponse, user: UserView) {
  // Nobody disables themselves (the API refuses); one's own sign-out everywhere is in the account menu.
  if (me.role === 'prefecture_admin' && user.userId === me.userId) return ['reset-password', 'reset-mfa'] as const;
  if (me.role === 'prefecture_admin') return ['disable', 'enable', 'reset-password', 'reset-mfa', 'sign-out-everywhere'] as const;
  if (me.orgAdmin && user.role === 'municipal_staff' && user.orgCode === me.orgCode && user.userId !== me.userId) return ['disable', 'enable'] as const;
  return [] as const;
}

/** One person: their details, the actions on their account, the change form (prefecture administrators) and their history. */
export function UserPanel(props: Props) {
  const u = () => props.user;
  return (
    <section id="user-panel" class="user-panel" aria-labelledby="user-panel-heading">
      <h2 id="user-panel-heading" tabindex="-1">{tr(`${u().name}さん`, u().name)}</h2>
      <dl class="meta">
        <dt>{tr('メールアドレス', 'E-mail')}</dt><dd>{u().email}</dd>
        <dt>{tr('役割', 'Role')}</dt><dd>{roleLabel(u().role)}{u().orgAdmin ? tr('（団体の管理者）', ' (municipal administrator)') : ''}</dd>
        <dt>{tr('団体', 'Organisation')}</dt><dd>{props.orgName(u().orgCode, u().orgName)}</dd>
        <Show when={u().bureau}><dt>{tr('担当局', 'Bureau')}</dt><dd>{u().bureau}</dd></Show>
        <dt>{tr('状態', 'Status')}</dt><dd>{statusLabel(u().status)}</dd>
        <dt>{tr('最終サインイン', 'Last sign-in')}</dt><dd>{u().lastSignInAt ? warekiDateTimeLabel(u().lastSignInAt!) : tr('なし', 'Never')}</dd>
        <dt>{tr('登録日時', 'Invited')}</dt><dd>{warekiDateTimeLabel(u().createdAt)}</dd>
      </dl>
      <Show
        when={allowedActions(props.me, u()).length > 0}
        fallback={<p class="help">{tr('この利用者のアカウントを操作する権限はありません。', 'You may not change this account.')}</p>}
      >
        <UserActions user={u()} allowed={allowedActions(props.me, u())} onDone={props.onDone} onReload={props.onReload} />
      </Show>
      <Show when={props.me.role === 'prefecture_admin'}>
        {/* Keyed on the record: after any change (or a reload after a conflict) the form starts from what is stored. */}
        <Show when={u()} keyed>
          {(user) => <UserEditForm user={user} organisations={props.organisations} onSaved={props.onDone} onReload={props.onReload} />}
        </Show>
      </Show>
      <UserHistory userId={u().userId} nameOf={props.nameOf} orgName={(code) => props.orgName(code)} />
    </section>
  );
}
