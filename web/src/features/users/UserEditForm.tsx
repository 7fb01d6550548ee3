import { createSignal } from 'solid-js';
import type { UserUpdate, UserView } from '../../../../shared/api/users';
import type { Organisation } from '../../../../shared/org/organisation';
import { ApiError } from '../../app/api';
import { pickIf, tr } from '../../app/lang';
import { ActionError } from './ActionError';
import { AccountFields, createAccountChoice } from './AccountFields';
import { createUpdateUser } from './queries';

interface Props {
  user: UserView;
  organisations: readonly Organisation[];
  onSaved: (message: string, user?: UserView) => void;
  onReload: (current?: UserView) => void;
}

/**
 * Name, role, organisation and bureau of one person (prefecture administrators). Only what changed is sent, with
 * the version shown; a new role, organisation or bureau ends the person's current sessions (the API sees to it).
 */
export function UserEditForm(props: Props) {
  const update = createUpdateUser();
  const [name, setName] = createSignal(props.user.name);
  const account = createAccountChoice(
    { role: props.user.role, orgCode: props.user.orgCode, bureau: props.user.bureau ?? '', orgAdmin: props.user.orgAdmin },
    () => props.organisations,
  );
  const { role, orgCode, bureau, orgAdmin } = account;
  const fieldError = (path: string) => pickIf((update.error as ApiError | undefined)?.fields?.find((f) => f.path === path)?.message);

  const changes = (): UserUpdate => {
    const u = props.user;
    const body: UserUpdate = { version: u.version };
    if (name().trim() !== u.name) body.name = name().trim();
    if (role() !== u.role) body.role = role();
    if (orgCode() !== u.orgCode) body.orgCode = orgCode();
    const nextBureau = role() === 'prefecture_staff' ? bureau().trim() : '';
    if (nextBureau !== (u.bureau ?? '')) body.bureau = nextBureau === '' ? null : nextBureau;
    const nextAdmin = role() === 'municipal_staff' && orgAdmin();
    if (nextAdmin !== u.orgAdmin) body.orgAdmin = nextAdmin;
    return body;
  };

  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    const body = changes();
    if (Object.keys(body).length === 1) return props.onSaved(tr('変更はありません。', 'Nothing changed.'));
    update.mutate({ userId: props.user.userId, body }, { onSuccess: (u) => props.onSaved(tr(`${u.name}さんの登録内容を変更しました。`, `Saved the details of ${u.name}.`), u) });
  };

  return (
    <form onSubmit={submit} aria-labelledby="edit-user-heading" novalidate>
      <h3 id="edit-user-heading">{tr('登録内容の変更', 'Change details')}</h3>
      <ActionError error={update.error} onReload={(current) => { update.reset(); props.onReload(current); }} />
      <div class="field">
        <label for="edit-name">{tr('氏名', 'Name')}</label>
        <input id="edit-name" value={name()} onInput={(e) => setName(e.currentTarget.value)} aria-invalid={fieldError('name') ? 'true' : undefined} aria-describedby="edit-name-error" />
        <p id="edit-name-error" class="field-error">{fieldError('name')}</p>
      </div>
      <AccountFields
        idPrefix="edit"
        state={account}
        fieldError={fieldError}
        bureauHelp={tr('空欄にすると担当局を外します。', 'Leave blank to remove the bureau.')}
        adminLabel={tr('この団体の管理者', 'Administrator of their municipality')}
      />
      <p class="help">{tr('役割・団体・担当局を変えると、この人は今のサインインが無効になり、サインインし直す必要があります。', 'A new role, organisation or bureau ends this person’s current sign-ins; they sign in again.')}</p>
      <button type="submit" disabled={update.isPending}>{update.isPending ? tr('保存しています…', 'Saving…') : tr('変更を保存する', 'Save changes')}</button>
    </form>
  );
}
