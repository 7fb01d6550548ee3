import type { Principal } from '../../../shared/auth/roles';
import type { Organisation } from '../../../shared/org/organisation';
import { getOrganisation, listAllOrganisations } from './organisations.table';

/**
 * The caller as the web shows them: the verified principal with their organisation's name in both languages (so
 * the header needs no table of names in the first JS a visit loads).
 */
export async function callerWithOrganisation(principal: Principal, prefCode: string) {
  const org = await getOrganisation(prefCode, principal.orgCode);
  return { ...principal, orgName: org?.name, orgNameEn: org ? org.nameEn || org.name : undefined };
}

/** One page of the prefecture and its municipalities, in code order: the table's read, as it is. */
export { listOrganisations as organisationPage } from './organisations.table';

/** Every organisation of a prefecture, read afresh (reference-cache.ts keeps a cached copy for request paths). */
export function allOrganisations(prefCode: string): Promise<Organisation[]> {
  return listAllOrganisations(prefCode);
}
