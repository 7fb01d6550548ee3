import { createSignal, For, Show } from 'solid-js';
import type { Role } from '../../../../shared/auth/roles';
import type { Organisation } from '../../../../shared/org/organisation';
import { roleLabel } from '../../app/format';
import { tr } from '../../app/lang';
import { organisationsFor, orgLabel, ROLES } from './labels';

export interface AccountChoice {
  role: Role;
  orgCode: string;
  bureau: string;
  orgAdmin: boolean;
}

/**
 * The role, organisation, bureau and administrator mark of an account being invited or edited, with the rule that
 * ties them: the prefecture is the only organisation of its own roles, so a new role may need a new organisation.
 */
export function createAccountChoice(initial: AccountChoice, organisations: () => readonly Organisation[]) {
  const [role, setRole] = createSignal<Role>(initial.role);
  const [orgCode, setOrgCode] = createSignal(initial.orgCode);
  const [bureau, setBureau] = createSignal(initial.bureau);
  const [orgAdmin, setOrgAdmin] = createSignal(initial.orgAdmin);
  const choices = () => organisationsFor(role(), organisations());
  const changeRole = (next: Role) => {
    setRole(next);
    const options = organisationsFor(next, organisations());
    if (!options.some((o) => o.code === orgCode())) setOrgCode(options.length === 1 ? options[0]!.code : '');
  };
  return { role, changeRole, orgCode, setOrgCode, bureau, setBureau, orgAdmin, setOrgAdmin, choices };
}

export type AccountChoiceState = ReturnType<typeof createAccountChoice>;

interface Props {
  /** Prefix of the fields' ids, unique on the page. */
  idPrefix: string;
  state: AccountChoiceState;
  fieldError: (path: string) => string | undefined;
  bureauHelp: string;
  adminLabel: string;
  /** Marks the organisation as required (inviting); editing keeps the current one. */
  orgRequired?: boolean;
}

/** The fields of an account's role and place, shared by the invitation and the edit form. */
export function AccountFields(props: Props) {
  const s = props.state;
  const id = (name: string) => `${props.idPrefix}-${name}`;
  return (
    <>
      <div class="field">
        <label for={id('role')}>{tr('役割', 'Role')}</label>
        <select id={id('role')} value={s.role()} onChange={(e) => s.changeRole(e.currentTarget.value as Role)}>
          <For each={ROLES}>{(r) => <option value={r}>{roleLabel(r)}</option>}</For>
        </select>
      </div>
      <div class="field">
        <label for={id('org')}>
          {tr('団体', 'Organisation')}
          <Show when={props.orgRequired}><span class="required">{tr('必須', 'Required')}</span></Show>
        </label>
        <select id={id('org')} value={s.orgCode()} onChange={(e) => s.setOrgCode(e.currentTarget.value)} aria-invalid={props.fieldError('orgCode') ? 'true' : undefined} aria-describedby={id('org-error')}>
          <Show when={s.choices().length !== 1}><option value="">{tr('選択してください', 'Choose')}</option></Show>
          <For each={s.choices()}>{(o) => <option value={o.code}>{orgLabel(o)}</option>}</For>
        </select>
        <p id={id('org-error')} class="field-error">{props.fieldError('orgCode')}</p>
      </div>
      <Show when={s.role() === 'prefecture_staff'}>
        <div class="field">
          <label for={id('bureau')}>{tr('担当局（とりまとめ局）', 'Bureau')}</label>
          <input id={id('bureau')} value={s.bureau()} onInput={(e) => s.setBureau(e.currentTarget.value)} aria-describedby={id('bureau-help')} />
          <p id={id('bureau-help')} class="help">{props.bureauHelp}</p>
        </div>
      </Show>
      <Show when={s.role() === 'municipal_staff'}>
        <div class="field">
          <label class="check">
            <input type="checkbox" checked={s.orgAdmin()} onChange={(e) => s.setOrgAdmin(e.currentTarget.checked)} />
            {props.adminLabel}
          </label>
        </div>
      </Show>
    </>
  );
}
