import type { AuditRecord } from '../../../../shared/api/plans';
import type { UserView } from '../../../../shared/api/users';
import type { Role } from '../../../../shared/auth/roles';
import type { Organisation } from '../../../../shared/org/organisation';
import { ROLE_LABELS, roleLabel } from '../../app/format';
import { pick, tr } from '../../app/lang';

/** The four roles in the app's order; from the labels, so the page does not load zod for shared/auth/roles.ts's list. */
export const ROLES = Object.keys(ROLE_LABELS) as Role[];

export const statusLabel = (status: string) => (status === 'disabled' ? tr('停止中', 'Disabled') : tr('利用中', 'Active'));

/** Municipal staff belong to a municipality; every other role to the prefecture itself. */
export const organisationsFor = (role: Role, organisations: readonly Organisation[]) =>
  organisations.filter((o) => (role === 'municipal_staff' ? o.kind !== 'prefecture' : o.kind === 'prefecture'));

export const orgLabel = (o: Organisation) => tr(o.name, o.nameEn || o.name);

const ACTIONS: Record<string, { ja: string; en: string }> = {
  'user.invite': { ja: '招待', en: 'Invited' },
  'user.update': { ja: '登録内容の変更', en: 'Details changed' },
  'user.disable': { ja: '利用停止', en: 'Disabled' },
  'user.enable': { ja: '利用再開', en: 'Re-enabled' },
  'user.reset_password': { ja: 'パスワードの再設定', en: 'Password reset' },
  'user.reset_mfa': { ja: '多要素認証の再設定', en: 'MFA reset' },
  'user.sign_out_everywhere': { ja: 'すべての端末からサインアウト', en: 'Signed out everywhere' },
};

export const actionLabel = (action: string) => (ACTIONS[action] ? pick(ACTIONS[action]!) : action);

type Shown = Partial<Pick<UserView, 'name' | 'email' | 'role' | 'orgCode' | 'bureau' | 'orgAdmin' | 'status'>>;

/** What changed in one history entry, a line per field: 「役割: 県職員 → 県 管理者」. */
export function changeLines(record: AuditRecord, orgName: (code: string) => string): string[] {
  const before = (record.before ?? {}) as Shown;
  const after = (record.after ?? {}) as Shown;
  const none = tr('（なし）', '(none)');
  const fields: { key: keyof Shown; label: string; show: (v: never) => string }[] = [
    { key: 'name', label: tr('氏名', 'Name'), show: (v: string) => v },
    { key: 'email', label: tr('メールアドレス', 'E-mail'), show: (v: string) => v },
    { key: 'role', label: tr('役割', 'Role'), show: (v: string) => roleLabel(v) },
    { key: 'orgCode', label: tr('団体', 'Organisation'), show: (v: string) => orgName(v) },
    { key: 'bureau', label: tr('担当局', 'Bureau'), show: (v: string) => v },
    { key: 'orgAdmin', label: tr('団体の管理者', 'Municipal administrator'), show: (v: boolean) => (v ? tr('はい', 'yes') : tr('いいえ', 'no')) },
    { key: 'status', label: tr('状態', 'Status'), show: (v: string) => statusLabel(v) },
  ];
  const lines: string[] = [];
  for (const f of fields) {
    const [b, a] = [before[f.key], after[f.key]];
    if (b === a || (record.before === undefined && a === undefined)) continue;
    const show = (v: unknown) => (v === undefined || v === null || v === '' ? none : f.show(v as never));
    lines.push(record.before === undefined ? `${f.label}: ${show(a)}` : `${f.label}: ${show(b)} → ${show(a)}`);
  }
  return lines;
}
