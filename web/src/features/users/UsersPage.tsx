import { useQueryClient } from '@tanstack/solid-query';
import { createMemo, createSignal, For, Show } from 'solid-js';
import type { UserView } from '../../../../shared/api/users';
import { createMeQuery } from '../../app/auth';
import { roleLabel } from '../../app/format';
import { tr } from '../../app/lang';
import { usePageTitle } from '../../app/page-title';
import { userKeys } from '../../app/query-keys';
import { Loading, QueryError } from '../../ui/QueryError';
import { InviteForm } from './InviteForm';
import { orgLabel, ROLES, statusLabel } from './labels';
import { createOrganisationsQuery, createUserListQuery } from './queries';
import { UserPanel } from './UserPanel';
import { UserTable } from './UserTable';

/**
 * 利用者管理: prefecture administrators see and manage every account of the prefecture; a municipality's
 * administrators see their own municipality's staff and may invite, disable and re-enable them.
 */
export default function UsersPage() {
  const me = createMeQuery();
  const client = useQueryClient();
  const organisations = createOrganisationsQuery();
  usePageTitle(() => tr('利用者管理', 'User administration'));
  const isPrefAdmin = () => me.data?.role === 'prefecture_admin';
  const permitted = () => isPrefAdmin() || me.data?.orgAdmin === true;
  const [orgCode, setOrgCode] = createSignal('');
  const [role, setRole] = createSignal('');
  const [status, setStatus] = createSignal<'active' | 'disabled'>('active');
  const list = createUserListQuery(
    () => (isPrefAdmin() ? { orgCode: orgCode() || undefined, role: role() || undefined, status: status() } : { status: status() }),
    permitted,
  );
  const users = createMemo(() => list.data?.pages.flatMap((p) => p.items) ?? []);
  // The person being managed stays open when a change takes them out of the list shown (disabled ones are listed
  // apart): the list's copy when it has one, else the record the API last returned.
  const [chosen, setChosen] = createSignal<UserView>();
  const selected = () => chosen()?.userId;
  const selectedUser = createMemo(() => users().find((u) => u.userId === selected()) ?? chosen());
  const [inviting, setInviting] = createSignal(false);
  const [message, setMessage] = createSignal('');
  const orgs = () => organisations.data ?? [];
  const orgName = (code: string, fallback = code) => {
    const org = orgs().find((o) => o.code === code);
    return org ? orgLabel(org) : fallback;
  };
  // The button pressed may be gone once the list answers (停止 becomes 再開): the keyboard continues from the person's heading.
  const focusPanel = () => setTimeout(() => document.getElementById('user-panel-heading')?.focus());
  const reload = () => client.invalidateQueries({ queryKey: userKeys.all });
  const select = (userId: string) => {
    setMessage('');
    setInviting(false);
    setChosen((current) => (current?.userId === userId ? undefined : users().find((u) => u.userId === userId)));
    focusPanel();
  };

  return (
    <>
      <h1>{tr('利用者管理', 'User administration')}</h1>
      <QueryError error={me.error} />
      <Show when={me.data}>
        <Show when={permitted()} fallback={<p class="notice">{tr('利用者管理は県の管理者と、市町村の管理者のみが行えます。', 'Only prefecture administrators and municipal administrators may manage users.')}</p>}>
          <Show when={!isPrefAdmin()}>
            <p>{tr(`${me.data!.orgName ?? me.data!.orgCode}の職員を表示しています。招待・利用停止・利用再開ができます。`, `Showing the staff of ${orgName(me.data!.orgCode, me.data!.orgName)}. You may invite, disable and re-enable them.`)}</p>
          </Show>
          <p role="status" class={message() ? 'notice success' : undefined}>{message()}</p>
          <form class="filters" aria-label={tr('絞り込み', 'Filters')} onSubmit={(e) => e.preventDefault()}>
            <Show when={isPrefAdmin()}>
              <div class="field">
                <label for="filter-org">{tr('団体', 'Organisation')}</label>
                <select id="filter-org" value={orgCode()} onChange={(e) => setOrgCode(e.currentTarget.value)}>
                  <option value="">{tr('すべての団体', 'All organisations')}</option>
                  <For each={orgs()}>{(o) => <option value={o.code}>{orgLabel(o)}</option>}</For>
                </select>
              </div>
              <div class="field">
                <label for="filter-role">{tr('役割', 'Role')}</label>
                <select id="filter-role" value={role()} onChange={(e) => setRole(e.currentTarget.value)}>
                  <option value="">{tr('すべての役割', 'All roles')}</option>
                  <For each={ROLES}>{(r) => <option value={r}>{roleLabel(r)}</option>}</For>
                </select>
              </div>
            </Show>
            <div class="field">
              <label for="filter-status">{tr('状態', 'Status')}</label>
              {/* One status at a time: the API lists active and disabled accounts apart. */}
              <select id="filter-status" value={status()} onChange={(e) => setStatus(e.currentTarget.value as 'active' | 'disabled')}>
                <option value="active">{statusLabel('active')}</option>
                <option value="disabled">{statusLabel('disabled')}</option>
              </select>
            </div>
          </form>
          <p>
            <button type="button" onClick={() => { setMessage(''); setChosen(undefined); setInviting(true); setTimeout(() => document.getElementById('invite-email')?.focus()); }} disabled={inviting()}>
              {tr('利用者を招待する', 'Invite a user')}
            </button>
          </p>
          <Show when={inviting()}>
            <InviteForm
              me={me.data!}
              organisations={orgs()}
              onInvited={(u) => { setInviting(false); setMessage(tr(`${u.name}さん（${u.email}）を招待しました。`, `Invited ${u.name} (${u.email}).`)); }}
              onCancel={() => setInviting(false)}
            />
          </Show>
          <QueryError error={list.error} />
          <Show when={list.data} fallback={<Show when={!list.error}><Loading what={tr('利用者', 'users')} /></Show>}>
            <UserTable
              caption={tr(`${statusLabel(status())}の利用者（${users().length}件を表示${list.hasNextPage ? '、続きあり' : ''}）`, `${statusLabel(status())} users (${users().length} shown${list.hasNextPage ? ', more available' : ''})`)}
              users={users()}
              orgName={orgName}
              selected={selected()}
              onSelect={select}
            />
            <Show when={list.hasNextPage}>
              <p>
                <button type="button" class="secondary" onClick={() => list.fetchNextPage()} disabled={list.isFetchingNextPage}>
                  {list.isFetchingNextPage ? tr('読み込んでいます…', 'Loading…') : tr('さらに表示', 'Show more')}
                </button>
              </p>
            </Show>
          </Show>
          <Show when={selectedUser()}>
            {(user) => (
              <UserPanel
                user={user()}
                me={me.data!}
                organisations={orgs()}
                nameOf={(id) => users().find((u) => u.userId === id)?.name ?? (id === me.data!.userId ? me.data!.name : undefined)}
                orgName={orgName}
                onDone={(text, updated) => { setMessage(text); if (updated) setChosen(updated); void reload(); focusPanel(); }}
                onReload={(current) => { if (current) setChosen(current); void reload(); }}
              />
            )}
          </Show>
        </Show>
      </Show>
    </>
  );
}
