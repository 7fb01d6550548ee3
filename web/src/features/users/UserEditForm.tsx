import { createSignal, For, Show } from 'solid-js';
import type { UserUpdate, UserView } from '../../../../shared/api/users';
import type { Role } from '../../../../shared/auth/roles';
import type { Organisation } from '../../../../shared/org/organisation';
import { ApiError } from '../../app/api';
import { roleLabel } from '../../app/format';
import { pickIf, tr } from '../../app/lang';
import { ActionError } from './ActionError';
import { organisationsFor, orgLabel, ROLES } from './labels';
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
  const [role, setRole] = createSignal<Role>(props.user.role);
  const [orgCode, setOrgCode] = createSignal(props.user.orgCode);
  const [bureau, setBureau] = createSignal(props.user.bureau ?? '');
  const [orgAdmin, setOrgAdmin] = createSignal(props.user.orgAdmin);
  const choices = () => organisationsFor(role(), props.organisations);
  const fieldError = (path: string) => pickIf((update.error as ApiError | undefined)?.fields?.find((f) => f.path === path)?.message);

  const changeRole = (next: Role) => {
    setRole(next);
    const options = organisationsFor(next, props.organisations);
    if (!options.some((o) => o.code === orgCode())) setOrgCode(options.length === 1 ? options[0]!.code : '');
  };

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
      <div class="field">
        <label for="edit-role">{tr('役割', 'Role')}</label>
        <select id="edit-role" value={role()} onChange={(e) => changeRole(e.currentTarget.value as Role)}>
          <For each={ROLES}>{(r) => <option value={r}>{roleLabel(r)}</option>}</For>
        </select>
      </div>
      <div class="field">
        <label for="edit-org">{tr('団体', 'Organisation')}</label>
        <select id="edit-org" value={orgCode()} onChange={(e) => setOrgCode(e.currentTarget.value)} aria-invalid={fieldError('orgCode') ? 'true' : undefined} aria-describedby="edit-org-error">
          <Show when={choices().length !== 1}><option value="">{tr('選択してください', 'Choose')}</option></Show>
          <For each={choices()}>{(o) => <option value={o.code}>{orgLabel(o)}</option>}</For>
        </select>
        <p id="edit-org-error" class="field-error">{fieldError('orgCode')}</p>
      </div>
      <Show when={role() === 'prefecture_staff'}>
        <div class="field">
          <label for="edit-bureau">{tr('担当局（とりまとめ局）', 'Bureau')}</label>
          <input id="edit-bureau" value={bureau()} onInput={(e) => setBureau(e.currentTarget.value)} aria-describedby="edit-bureau-help" />
          <p id="edit-bureau-help" class="help">{tr('空欄にすると担当局を外します。', 'Leave blank to remove the bureau.')}</p>
        </div>
      </Show>
      <Show when={role() === 'municipal_staff'}>
        <div class="field">
          <label class="check">
            <input type="checkbox" checked={orgAdmin()} onChange={(e) => setOrgAdmin(e.currentTarget.checked)} />
            {tr('この団体の管理者', 'Administrator of their municipality')}
          </label>
        </div>
      </Show>
      <p class="help">{tr('役割・団体・担当局を変えると、この人は今のサインインが無効になり、サインインし直す必要があります。', 'A new role, organisation or bureau ends this person’s current sign-ins; they sign in again.')}</p>
      <button type="submit" disabled={update.isPending}>{update.isPending ? tr('保存しています…', 'Saving…') : tr('変更を保存する', 'Save changes')}</button>
    </form>
  );
}
