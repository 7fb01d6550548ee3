import { useQueryClient } from '@tanstack/solid-query';
import { createSignal, Show } from 'solid-js';
import type { MeResponse } from '../../../../shared/api/auth';
import { roleLabel } from '../format';
import { tr } from '../lang';
import { signOut } from './sign-out';

/** The signed-in user, with sign-out for this browser and for every device the user is signed in on. */
export function AccountMenu(props: { me: MeResponse | undefined }) {
  const client = useQueryClient();
  const [busy, setBusy] = createSignal(false);
  const leave = (everywhere: boolean) => {
    setBusy(true);
    void signOut(client, everywhere ? props.me?.userId : undefined);
  };
  return (
    <div class="user">
      <Show when={props.me}>
        {(user) => (
          <span>
            <span lang="ja">{user().name}</span>{tr('（', ' (')}{roleLabel(user().role)}
            {user().orgName ? `${tr('・', ', ')}${tr(user().orgName!, user().orgNameEn ?? user().orgName!)}` : ''}{tr('）', ')')}
          </span>
        )}
      </Show>
      <button type="button" class="secondary" onClick={() => leave(false)} disabled={busy()}>{tr('サインアウト', 'Sign out')}</button>
      {/* Behind a disclosure: rarely wanted, it also ends the sessions on the user's other devices. */}
      <Show when={props.me}>
        <details class="account-more">
          <summary>{tr('その他', 'More')}</summary>
          <div>
            <p class="help">{tr('紛失した端末や共用のパソコンでのサインインも終了します。', 'Also ends your sessions on lost or shared devices.')}</p>
            <button type="button" class="secondary" onClick={() => leave(true)} disabled={busy()}>
              {tr('すべての端末からサインアウト', 'Sign out on all devices')}
            </button>
          </div>
        </details>
      </Show>
    </div>
  );
}
