import type { Role } from '../../../shared/auth/roles';
import { conflict, forbidden, invalidInput } from '../../../shared/errors';
import type { Organisation } from '../../../shared/org/organisation';
import type { UserRecord } from '../../../shared/users/user';
import type { SignedInAccount } from '../../platform/auth/context';

/**
 * Who may manage whose account, and what an account may look like. A prefecture administrator manages everyone
 * in the prefecture; a municipal administrator only their own municipality's municipal staff (so April's personnel
 * transfers do not all land on the prefecture); nobody disables themselves or the last active prefecture administrator.
 */

type Account = Pick<UserRecord, 'role' | 'orgCode' | 'bureau' | 'orgAdmin'>;

export const isPrefectureAdmin = (actor: SignedInAccount) => actor.principal.role === 'prefecture_admin';
export const isMunicipalAdmin = (actor: SignedInAccount) => actor.principal.role === 'municipal_staff' && actor.orgAdmin;

const ADMINS_ONLY = {
  ja: '利用者の管理は、県の管理者と、自団体の職員についての市町村の管理者のみが行えます。',
  en: 'Only prefecture administrators, and municipal administrators for their own municipality’s staff, may manage users.',
};

/** The organisation a list is limited to: a municipal administrator sees only their own (omitted = their own). */
export function listScope(actor: SignedInAccount, orgCode: string | undefined): string | undefined {
  if (isPrefectureAdmin(actor)) return orgCode;
  if (isMunicipalAdmin(actor) && (orgCode === undefined || orgCode === actor.principal.orgCode)) return actor.principal.orgCode;
  throw forbidden(
    isMunicipalAdmin(actor)
      ? { ja: '自団体の利用者のみ一覧できます。', en: 'You may list only your own municipality’s users.' }
      : ADMINS_ONLY,
  );
}

/** A municipal administrator may invite only municipal staff of their own municipality, never another administrator. */
export function mayInvite(actor: SignedInAccount, user: Account): void {
  if (isPrefectureAdmin(actor)) return;
  if (!isMunicipalAdmin(actor)) throw forbidden(ADMINS_ONLY);
  if (user.role !== 'municipal_staff' || user.orgCode !== actor.principal.orgCode || user.orgAdmin) {
    throw forbidden({
      ja: '市町村の管理者が招待できるのは、自団体の職員（管理者以外）のみです。管理者の追加は県の管理者に依頼してください。',
      en: 'A municipal administrator may invite only their own municipality’s staff, not administrators. Ask a prefecture administrator to add an administrator.',
    });
  }
}

/** Disable / enable, and reading the history: the prefecture, or the target's own municipal administrator. */
export function mayManage(actor: SignedInAccount, target: UserRecord): void {
  if (isPrefectureAdmin(actor)) return;
  if (isMunicipalAdmin(actor) && target.role === 'municipal_staff' && target.orgCode === actor.principal.orgCode) return;
  throw forbidden(
    isMunicipalAdmin(actor)
      ? { ja: '自団体の職員のアカウントのみ管理できます。', en: 'You may manage only your own municipality’s staff accounts.' }
      : ADMINS_ONLY,
  );
}

/** Sign out everywhere: the prefecture, or the user themselves. */
export function maySignOut(actor: SignedInAccount, target: UserRecord): void {
  if (isPrefectureAdmin(actor) || actor.principal.userId === target.userId) return;
  throw forbidden({
    ja: '他の利用者をすべての端末からサインアウトさせられるのは県の管理者のみです。',
    en: 'Only prefecture administrators may sign other users out everywhere.',
  });
}

export function notSelf(actor: SignedInAccount, target: UserRecord): void {
  if (actor.principal.userId !== target.userId) return;
  throw conflict('own_account', {
    ja: '自分自身のアカウントは無効化・有効化できません。他の管理者に依頼してください。',
    en: 'You cannot disable or enable your own account. Ask another administrator.',
  });
}

/** Refuses to leave the prefecture without an active administrator (`admins`: up to two active ones). */
export function notLastAdmin(target: UserRecord, admins: readonly UserRecord[]): void {
  if (target.role !== 'prefecture_admin' || target.status !== 'active') return;
  if (admins.some((a) => a.userId !== target.userId)) return;
  throw conflict('last_admin', {
    ja: 'この利用者は有効な最後の県の管理者です。先に別の利用者を県の管理者にしてから変更してください。',
    en: 'This is the last active prefecture administrator. Make someone else a prefecture administrator first.',
  });
}

const PREFECTURE_ROLES: readonly Role[] = ['prefecture_admin', 'prefecture_staff', 'council'];

/**
 * An account must fit its organisation: prefecture roles belong to the prefecture, municipal staff to one of its
 * municipalities; only prefecture staff have a bureau (the measures they edit), only municipal staff administer.
 */
export function checkAccountShape(user: Account, prefCode: string, organisations: readonly Organisation[]): void {
  const fields: { path: string; message: { ja: string; en: string } }[] = [];
  const org = organisations.find((o) => o.code === user.orgCode);
  if (!org) {
    fields.push({ path: 'orgCode', message: { ja: 'この都道府県の団体コードを指定してください。', en: 'Give the code of an organisation of this prefecture.' } });
  } else if (PREFECTURE_ROLES.includes(user.role) && user.orgCode !== prefCode) {
    fields.push({ path: 'orgCode', message: { ja: '県の役割の利用者は県（団体コード ' + prefCode + '）に所属させてください。', en: `Users with a prefecture role belong to the prefecture (${prefCode}).` } });
  } else if (user.role === 'municipal_staff' && user.orgCode === prefCode) {
    fields.push({ path: 'orgCode', message: { ja: '市町村職員には市町村の団体コードを指定してください。', en: 'Municipal staff belong to a municipality: give its code.' } });
  }
  if (user.bureau !== undefined && user.role !== 'prefecture_staff') {
    fields.push({ path: 'bureau', message: { ja: '局は県職員（prefecture_staff）にのみ設定できます。', en: 'Only prefecture staff have a bureau.' } });
  }
  if (user.orgAdmin && user.role !== 'municipal_staff') {
    fields.push({ path: 'orgAdmin', message: { ja: '団体の管理者は市町村職員にのみ設定できます。', en: 'Only municipal staff can be their municipality’s administrators.' } });
  }
  if (fields.length > 0) {
    throw invalidInput({ ja: '利用者の所属・役割の組み合わせが正しくありません。', en: 'The role and organisation do not fit together.' }, fields);
  }
}
