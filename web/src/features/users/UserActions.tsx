import { createSignal, For, Show } from 'solid-js';
import type { UserView } from '../../../../shared/api/users';
import { tr } from '../../app/lang';
import { ActionError } from './ActionError';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { createSignOutEverywhere, createUserAction, type VersionedAction } from './queries';

type Action = VersionedAction | 'sign-out-everywhere';

interface Wording {
  button: string;
  question: string;
  confirm: string;
  pending: string;
  done: string;
}

/** Each action's button, its question and answer, in the chosen language. */
function wording(action: Action, name: string): Wording {
  switch (action) {
    case 'disable':
      return {
        button: tr('利用を停止する', 'Disable'),
        question: tr(`${name}さんの利用を停止しますか？ すぐにサインインできなくなり、開いている画面も使えなくなります。`, `Disable ${name}? They can no longer sign in, and open pages stop working at once.`),
        confirm: tr('停止する', 'Disable'),
        pending: tr('停止しています…', 'Disabling…'),
        done: tr(`${name}さんの利用を停止しました。`, `Disabled ${name}.`),
      };
    case 'enable':
      return {
        button: tr('利用を再開する', 'Re-enable'),
        question: tr(`${name}さんの利用を再開しますか？ 再びサインインできるようになります。`, `Re-enable ${name}? They can sign in again.`),
        confirm: tr('再開する', 'Re-enable'),
        pending: tr('再開しています…', 'Re-enabling…'),
        done: tr(`${name}さんの利用を再開しました。`, `Re-enabled ${name}.`),
      };
    case 'reset-password':
      return {
        button: tr('パスワードを再設定する', 'Reset password'),
        question: tr(`${name}さんのパスワードを再設定しますか？ 今のパスワードは使えなくなり、再設定の案内がメールで届きます。`, `Reset the password of ${name}? The current password stops working and they receive instructions by e-mail.`),
        confirm: tr('再設定する', 'Reset'),
        pending: tr('再設定しています…', 'Resetting…'),
        done: tr(`${name}さんのパスワードを再設定しました。`, `Reset the password of ${name}.`),
      };
    case 'reset-mfa':
      return {
        button: tr('多要素認証を再設定する', 'Reset MFA'),
        question: tr(`${name}さんの多要素認証（認証アプリ）を再設定しますか？ 次のサインインで認証アプリを登録し直します。`, `Reset the MFA (authenticator app) of ${name}? They enrol an authenticator app again at their next sign-in.`),
        confirm: tr('再設定する', 'Reset'),
        pending: tr('再設定しています…', 'Resetting…'),
        done: tr(`${name}さんの多要素認証を再設定しました。`, `Reset the MFA of ${name}.`),
      };
    case 'sign-out-everywhere':
      return {
        button: tr('すべての端末からサインアウトさせる', 'Sign out everywhere'),
        question: tr(`${name}さんを、すべての端末からサインアウトさせますか？`, `Sign ${name} out on every device?`),
        confirm: tr('サインアウトさせる', 'Sign out'),
        pending: tr('サインアウトさせています…', 'Signing out…'),
        done: tr(`${name}さんを、すべての端末からサインアウトさせました。`, `Signed ${name} out everywhere.`),
      };
  }
}

interface Props {
  user: UserView;
  /** The actions this administrator may take on this person (the API checks again). */
  allowed: readonly Action[];
  /** `user`: the record as the API now has it (absent after sign-out everywhere, which answers 204). */
  onDone: (message: string, user?: UserView) => void;
  onReload: (current?: UserView) => void;
}

/** The account actions on one person, each asked first, showing its progress, and the API's answer when refused. */
export function UserActions(props: Props) {
  const versioned = createUserAction();
  const signOut = createSignOutEverywhere();
  const [asking, setAsking] = createSignal<Action>();
  const [running, setRunning] = createSignal<Action>();
  const pending = () => versioned.isPending || signOut.isPending;
  const error = () => versioned.error ?? signOut.error;
  const shown = () => props.allowed.filter((a) => (props.user.status === 'disabled' ? a !== 'disable' : a !== 'enable'));

  const run = (action: Action) => {
    setAsking(undefined);
    versioned.reset();
    signOut.reset();
    setRunning(action);
    const text = wording(action, props.user.name).done;
    if (action === 'sign-out-everywhere') signOut.mutate(props.user.userId, { onSuccess: () => props.onDone(text) });
    else versioned.mutate({ userId: props.user.userId, action, version: props.user.version }, { onSuccess: (user) => props.onDone(text, user) });
  };

  return (
    <section aria-labelledby="user-actions-heading">
      <h3 id="user-actions-heading">{tr('アカウントの操作', 'Account actions')}</h3>
      <ActionError error={error()} onReload={(current) => { versioned.reset(); signOut.reset(); props.onReload(current); }} />
      <div class="actions">
        <For each={shown()}>
          {(action) => (
            <button type="button" class={action === 'disable' ? 'danger' : 'secondary'} disabled={pending()} onClick={() => setAsking(action)}>
              {pending() && running() === action ? wording(action, props.user.name).pending : wording(action, props.user.name).button}
            </button>
          )}
        </For>
      </div>
      <Show when={pending()}>
        <p role="status">{wording(running()!, props.user.name).pending}</p>
      </Show>
      <ConfirmDialog
        open={asking() !== undefined}
        title={asking() ? wording(asking()!, props.user.name).button : ''}
        message={asking() ? wording(asking()!, props.user.name).question : ''}
        confirmLabel={asking() ? wording(asking()!, props.user.name).confirm : ''}
        onConfirm={() => run(asking()!)}
        onCancel={() => setAsking(undefined)}
      />
    </section>
  );
}
