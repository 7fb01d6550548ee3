import { createSignal, Show } from 'solid-js';
import type { MeResponse } from '../../../../shared/api/auth';
import type { UserView } from '../../../../shared/api/users';
import type { Organisation } from '../../../../shared/org/organisation';
import { ApiError } from '../../app/api';
import { pickIf, tr } from '../../app/lang';
import { QueryError } from '../../ui/QueryError';
import { AccountFields, createAccountChoice } from './AccountFields';
import { createInviteUser } from './queries';

interface Props {
  me: MeResponse;
  organisations: readonly Organisation[];
  onInvited: (user: UserView) => void;
  onCancel: () => void;
}

/**
 * 利用者の招待. A municipal administrator invites only their own
 * municipality's staff, so role, organisation, bureau and the administrator
 * mark are not offered to them at all.
 */
export function InviteForm(props: Props) {
  const invite = createInviteUser();
  const isPrefAdmin = () => props.me.role === 'prefecture_admin';
  const [email, setEmail] = createSignal('');
  const [name, setName] = createSignal('');
  const account = createAccountChoice(
    { role: 'municipal_staff', orgCode: isPrefAdmin() ? '' : props.me.orgCode, bureau: '', orgAdmin: false },
    () => props.organisations,
  );
  const { role, orgCode, bureau, orgAdmin } = account;
  const fieldError = (path: string) => pickIf((invite.error as ApiError | undefined)?.fields?.find((f) => f.path === path)?.message);
  const invalid = (path: string) => (fieldError(path) ? 'true' : undefined);

  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    invite.mutate(
      isPrefAdmin()
        ? {
            email: email(),
            name: name(),
            role: role(),
            orgCode: orgCode(),
            ...(role() === 'prefecture_staff' && bureau().trim() ? { bureau: bureau().trim() } : {}),
            ...(role() === 'municipal_staff' ? { orgAdmin: orgAdmin() } : {}),
          }
        : { email: email(), name: name(), role: 'municipal_staff', orgCode: props.me.orgCode },
      { onSuccess: (user) => props.onInvited(user) },
    );
  };

  return (
    <form onSubmit={submit} aria-labelledby="invite-heading" novalidate>
      <h2 id="invite-heading">{tr('利用者の招待', 'Invite a user')}</h2>
      <p class="help">{tr('招待すると、入力したメールアドレスに仮パスワードが届きます。', 'The person receives a temporary password at the address you enter.')}</p>
      <QueryError error={invite.error} />
      <div class="field">
        <label for="invite-email">{tr('メールアドレス', 'E-mail address')}<span class="required">{tr('必須', 'Required')}</span></label>
        <input id="invite-email" type="email" autocomplete="off" required value={email()} onInput={(e) => setEmail(e.currentTarget.value)} aria-invalid={invalid('email')} aria-describedby="invite-email-error" />
        <p id="invite-email-error" class="field-error">{fieldError('email')}</p>
      </div>
      <div class="field">
        <label for="invite-name">{tr('氏名', 'Name')}<span class="required">{tr('必須', 'Required')}</span></label>
        <input id="invite-name" required value={name()} onInput={(e) => setName(e.currentTarget.value)} aria-invalid={invalid('name')} aria-describedby="invite-name-error" />
        <p id="invite-name-error" class="field-error">{fieldError('name')}</p>
      </div>
      <Show
        when={isPrefAdmin()}
        fallback={<p>{tr(`役割: 市町村職員（${props.me.orgName ?? props.me.orgCode}）`, `Role: municipal staff (${props.me.orgName ?? props.me.orgCode})`)}</p>}
      >
        <AccountFields
          idPrefix="invite"
          state={account}
          fieldError={fieldError}
          orgRequired
          bureauHelp={tr('例: 総務局。この局の施策を編集できます。', 'E.g. 総務局. The person may edit this bureau’s measures.')}
          adminLabel={tr('この団体の管理者にする（自団体の職員を招待・停止できます）', 'Make them their municipality’s administrator (may invite and disable its staff)')}
        />
      </Show>
      <div class="actions">
        <button type="submit" disabled={invite.isPending}>{invite.isPending ? tr('招待しています…', 'Inviting…') : tr('招待する', 'Invite')}</button>
        <button type="button" class="secondary" onClick={() => props.onCancel()}>{tr('キャンセル', 'Cancel')}</button>
      </div>
    </form>
  );
}
