import type { z } from 'zod';
import { userViewSchema, type userInviteSchema, type UserAction, type UserListQuery, type UserUpdate, type UserView } from '../../../shared/api/users';
import { relationOf, visibleTo } from '../../../shared/auth/visibility';
import { conflict, notFound, versionConflict } from '../../../shared/errors';
import type { UserRecord } from '../../../shared/users/user';
import type { SignedInAccount } from '../../platform/auth/context';
import { readHistory } from '../../platform/db/history';
import { ConditionFailedError } from '../../platform/db/transactions';
import { writeVersioned } from '../../platform/db/versioned-write';
import { organisationsOf } from '../organisations';
import { forgetAccount } from './account-check';
import { directory, type DirectoryClaims } from './directory';
import { checkAccountShape, listScope, mayInvite, mayManage, maySignOut, notLastAdmin, notSelf } from './user-rules';
import { activePrefectureAdmins, createUser, findUser, findUserIdByEmail, userEntity, userPage, userUpdate } from './users.table';

/**
 * User administration (issue 14). Each change goes to the identity provider first (Cognito: the account, its
 * attributes and group), then to the portal's record with its audit entry in one transaction. When the second
 * step fails (a stale version, DynamoDB unavailable) the provider is already changed; every provider call is
 * idempotent, so the administrator repeats the request (with the current version) and both sides converge. Until
 * then the record wins: a token whose claims differ from the record is refused (account-check.ts), so the
 * mismatch can lock a user out but never let anyone in.
 */

const userExists = () =>
  conflict('user_exists', {
    ja: 'このメールアドレスの利用者はすでに登録されています。一覧で検索してください。',
    en: 'A user with this e-mail address exists already. Find them in the list.',
  });
const noSuchUser = () => notFound({ ja: '利用者', en: 'The user' });

/**
 * The valid-after time of a change made at `at`: tokens carry whole seconds, so one issued in the same second may
 * be older than the change; it is refused too (a sign-in right after the change may need a second attempt).
 */
const validAfterOf = (at: string) => Math.floor(Date.parse(at) / 1000) + 1;
const claimsOf = (u: UserRecord): DirectoryClaims => ({ email: u.email, name: u.name, role: u.role, orgCode: u.orgCode, ...(u.bureau ? { bureau: u.bureau } : {}) });

async function toViews(prefCode: string, actor: SignedInAccount, users: readonly UserRecord[]): Promise<UserView[]> {
  const names = new Map((await organisationsOf(prefCode)).map((o) => [o.code, o.name]));
  return users.map((u) =>
    visibleTo(
      userViewSchema,
      {
        userId: u.userId,
        email: u.email,
        name: u.name,
        role: u.role,
        orgCode: u.orgCode,
        orgName: names.get(u.orgCode) ?? u.orgCode,
        ...(u.bureau ? { bureau: u.bureau } : {}),
        orgAdmin: u.role === 'municipal_staff' && u.orgAdmin,
        status: u.status,
        ...(u.lastSignInAt ? { lastSignInAt: u.lastSignInAt } : {}),
        createdAt: u.createdAt,
        version: u.version,
      },
      relationOf(actor.principal, u.orgCode),
    ),
  );
}
const toView = async (prefCode: string, actor: SignedInAccount, user: UserRecord) => (await toViews(prefCode, actor, [user]))[0]!;

async function mustFind(prefCode: string, userId: string): Promise<UserRecord> {
  const user = await findUser(prefCode, userId);
  if (!user) throw noSuchUser();
  return user;
}

/** Writes `next` over `before` (read at `before.version`) with its audit record; 409 with the current view when stale. */
async function save(prefCode: string, actor: SignedInAccount, action: UserAction, before: UserRecord, next: UserRecord, expectedVersion: number): Promise<UserView> {
  const audit = { entity: userEntity(prefCode, before.userId), action, actor: { userId: actor.principal.userId, role: actor.principal.role }, at: next.updatedAt, before, after: next };
  await writeVersioned(userUpdate(prefCode, next, expectedVersion, audit), async () => {
    const current = await findUser(prefCode, before.userId);
    return current && (await toView(prefCode, actor, current));
  });
  // This process sees the change at once; others within config().userCacheSeconds.
  forgetAccount(prefCode, before.userId);
  return toView(prefCode, actor, next);
}

/** The record at the version the administrator saw; 409 with the current view otherwise (before the provider is touched). */
async function atVersion(prefCode: string, actor: SignedInAccount, userId: string, version: number): Promise<UserRecord> {
  const user = await mustFind(prefCode, userId);
  if (user.version !== version) throw versionConflict(await toView(prefCode, actor, user));
  return user;
}

export async function listUsers(prefCode: string, actor: SignedInAccount, query: UserListQuery) {
  const orgCode = listScope(actor, query.orgCode);
  const page = await userPage(prefCode, { orgCode, role: query.role, status: query.status ?? 'active' }, query.limit ?? 50, query.cursor);
  return { items: await toViews(prefCode, actor, page.items), ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
}

/** Invites a person: zod has trimmed the input and lower-cased the address. */
export async function inviteUser(prefCode: string, actor: SignedInAccount, input: z.output<typeof userInviteSchema>): Promise<UserView> {
  const shape = { role: input.role, orgCode: input.orgCode, bureau: input.bureau, orgAdmin: input.orgAdmin ?? false };
  checkAccountShape(shape, prefCode, await organisationsOf(prefCode));
  mayInvite(actor, shape);
  if (await findUserIdByEmail(prefCode, input.email)) throw userExists();
  const { userId, existed } = await (await directory()).invite({ email: input.email, name: input.name, role: input.role, orgCode: input.orgCode, ...(input.bureau ? { bureau: input.bureau } : {}) });
  // An account left by an earlier attempt is adopted; one that has its record is someone else's invitation.
  if (existed && (await findUser(prefCode, userId))) throw userExists();
  const at = new Date().toISOString();
  const user: UserRecord = {
    userId,
    email: input.email,
    name: input.name,
    ...shape,
    bureau: input.bureau,
    status: 'active',
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
  if (user.bureau === undefined) delete user.bureau;
  try {
    await createUser(prefCode, user, { entity: userEntity(prefCode, userId), action: 'user.invite', actor: { userId: actor.principal.userId, role: actor.principal.role }, at, after: user });
  } catch (error) {
    if (error instanceof ConditionFailedError) throw userExists();
    throw error;
  }
  forgetAccount(prefCode, userId);
  return toView(prefCode, actor, user);
}

export async function updateUser(prefCode: string, actor: SignedInAccount, userId: string, change: UserUpdate): Promise<UserView> {
  const before = await atVersion(prefCode, actor, userId, change.version);
  const role = change.role ?? before.role;
  const next: UserRecord = {
    ...before,
    name: change.name ?? before.name,
    role,
    orgCode: change.orgCode ?? before.orgCode,
    // null clears the bureau; leaving prefecture staff drops it too, as it belonged to that role.
    bureau: change.bureau === null ? undefined : (change.bureau ?? (role === 'prefecture_staff' ? before.bureau : undefined)),
    orgAdmin: role === 'municipal_staff' ? (change.orgAdmin ?? before.orgAdmin) : false,
    updatedAt: new Date().toISOString(),
    version: before.version + 1,
  };
  if (next.bureau === undefined) delete next.bureau;
  checkAccountShape(next, prefCode, await organisationsOf(prefCode));
  if (role !== 'prefecture_admin') notLastAdmin(before, await activePrefectureAdmins(prefCode));
  // A token naming the old role, organisation or bureau is refused from now on (the next renewal carries the new ones).
  if (role !== before.role || next.orgCode !== before.orgCode || next.bureau !== before.bureau) next.validAfter = validAfterOf(next.updatedAt);
  await (await directory()).update(userId, claimsOf(before), claimsOf(next));
  return save(prefCode, actor, 'user.update', before, next, change.version);
}

export async function setStatus(prefCode: string, actor: SignedInAccount, userId: string, version: number, status: UserRecord['status']): Promise<UserView> {
  const before = await mustFind(prefCode, userId);
  mayManage(actor, before);
  notSelf(actor, before);
  if (before.version !== version) throw versionConflict(await toView(prefCode, actor, before));
  if (status === 'disabled') notLastAdmin(before, await activePrefectureAdmins(prefCode));
  const at = new Date().toISOString();
  const next: UserRecord = { ...before, status, updatedAt: at, version: before.version + 1, ...(status === 'disabled' ? { validAfter: validAfterOf(at) } : {}) };
  const dir = await directory();
  await (status === 'disabled' ? dir.disable(userId) : dir.enable(userId));
  return save(prefCode, actor, status === 'disabled' ? 'user.disable' : 'user.enable', before, next, version);
}

export async function resetUser(prefCode: string, actor: SignedInAccount, userId: string, version: number, what: 'password' | 'mfa'): Promise<UserView> {
  const before = await atVersion(prefCode, actor, userId, version);
  const dir = await directory();
  await (what === 'password' ? dir.resetPassword(userId) : dir.resetMfa(userId));
  const next: UserRecord = { ...before, updatedAt: new Date().toISOString(), version: before.version + 1 };
  return save(prefCode, actor, what === 'password' ? 'user.reset_password' : 'user.reset_mfa', before, next, version);
}

/** Revokes every session of the user: refresh tokens at the provider, and every token issued until now here. */
export async function signOutEverywhere(prefCode: string, actor: SignedInAccount, userId: string): Promise<void> {
  const before = await mustFind(prefCode, userId);
  maySignOut(actor, before);
  await (await directory()).signOutEverywhere(userId);
  const at = new Date().toISOString();
  await save(prefCode, actor, 'user.sign_out_everywhere', before, { ...before, validAfter: validAfterOf(at), updatedAt: at, version: before.version + 1 }, before.version);
}

export async function userHistory(prefCode: string, actor: SignedInAccount, userId: string, page: { limit?: number; cursor?: string }) {
  const target = await mustFind(prefCode, userId);
  mayManage(actor, target);
  return readHistory({ kind: 'user', entity: userEntity(prefCode, userId), owner: target.orgCode }, actor.principal, page);
}
