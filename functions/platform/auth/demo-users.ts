import type { LocalUser } from '../../../shared/api/auth';
import type { Organisation } from '../../../shared/org/organisation';

/**
 * The seeded demo users of local sign-in (docs/architecture.md, "Contracts"): pref-admin, pref-staff,
 * council and muni-<code> for each municipality. A second staff member in
 * another bureau shows that staff edit only their own bureau's measures.
 */
export function demoUsers(organisations: readonly Organisation[]): LocalUser[] {
  const prefecture = organisations.find((o) => o.kind === 'prefecture');
  if (!prefecture) return [];
  const pref = { orgCode: prefecture.code, orgName: prefecture.name };
  return [
    { userId: 'pref-admin', name: 'デジタル戦略本部室 管理者', role: 'prefecture_admin', ...pref },
    { userId: 'pref-staff', name: '総務局 職員', role: 'prefecture_staff', bureau: '総務局', ...pref },
    { userId: 'pref-staff-welfare', name: '福祉子どもみらい局 職員', role: 'prefecture_staff', bureau: '福祉子どもみらい局', ...pref },
    { userId: 'council', name: '県議会議員', role: 'council', ...pref },
    ...organisations
      .filter((o) => o.kind !== 'prefecture')
      .map((o): LocalUser => ({
        userId: `muni-${o.code}`,
        name: `${o.name} 職員`,
        role: 'municipal_staff',
        orgCode: o.code,
        orgName: o.name,
      })),
  ];
}
