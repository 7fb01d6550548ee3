import { For } from 'solid-js';
import type { UserView } from '../../../../shared/api/users';
import { roleLabel, warekiDateTimeLabel } from '../../app/format';
import { tr } from '../../app/lang';
import { statusLabel } from './labels';

interface Props {
  caption: string;
  users: readonly UserView[];
  orgName: (code: string, fallback: string) => string;
  selected: string | undefined;
  onSelect: (userId: string) => void;
}

/** The people listed, one row each (a card each on a phone, labelled from data-label); 「管理」 opens a person's details, actions and history below the table. */
export function UserTable(props: Props) {
  return (
    <div class="table-scroll" tabindex="0" role="region" aria-label={props.caption}>
      <table class="users">
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{tr('氏名', 'Name')}</th>
            <th scope="col">{tr('メールアドレス', 'E-mail')}</th>
            <th scope="col">{tr('役割', 'Role')}</th>
            <th scope="col">{tr('団体', 'Organisation')}</th>
            <th scope="col">{tr('担当局', 'Bureau')}</th>
            <th scope="col">{tr('管理者', 'Admin')}</th>
            <th scope="col">{tr('状態', 'Status')}</th>
            <th scope="col">{tr('最終サインイン', 'Last sign-in')}</th>
            <th scope="col">{tr('操作', 'Actions')}</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.users} fallback={<tr><td colspan="9">{tr('該当する利用者はいません。', 'No users match.')}</td></tr>}>
            {(u) => (
              <tr classList={{ selected: props.selected === u.userId, disabled: u.status === 'disabled' }}>
                <th scope="row">{u.name}</th>
                <td class="email" data-label={tr('メールアドレス', 'E-mail')}>{u.email}</td>
                <td class="nowrap" data-label={tr('役割', 'Role')}>{roleLabel(u.role)}</td>
                <td class="nowrap" data-label={tr('団体', 'Organisation')}>{props.orgName(u.orgCode, u.orgName)}</td>
                <td data-label={tr('担当局', 'Bureau')}>{u.bureau ?? ''}</td>
                <td data-label={tr('管理者', 'Admin')}>{u.orgAdmin ? tr('団体管理者', 'Municipal admin') : ''}</td>
                <td class="nowrap" data-label={tr('状態', 'Status')}><span class={`state state-${u.status}`}>{statusLabel(u.status)}</span></td>
                <td class="nowrap" data-label={tr('最終サインイン', 'Last sign-in')}>{u.lastSignInAt ? warekiDateTimeLabel(u.lastSignInAt) : tr('なし', 'Never')}</td>
                <td>
                  <button type="button" class="secondary" aria-expanded={props.selected === u.userId} aria-label={tr(`${u.name}さんを管理`, `Manage ${u.name}`)} onClick={() => props.onSelect(u.userId)}>
                    {tr('管理', 'Manage')}
                  </button>
                </td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </div>
  );
}
