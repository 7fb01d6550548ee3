import type { Principal } from '../../../shared/auth/roles';
import { listNotices } from './notices.table';

/**
 * One page of the caller's notices: their municipality's, or the prefecture
 * reviewers'. Council members review and report nothing, so they receive none.
 */
export async function noticesFor(principal: Principal, prefCode: string, limit: number, cursor?: string) {
  if (principal.role === 'council') return { items: [] };
  const audience = principal.role === 'municipal_staff' ? (`ORG#${principal.orgCode}` as const) : ('PREF' as const);
  return listNotices(prefCode, audience, limit, cursor);
}
