import type { Organisation } from '../../../shared/org/organisation';
import { cached } from '../../platform/db/reference-cache';
import { listAllOrganisations } from './organisations.table';

/** A prefecture's organisations as request paths read them: cached for a minute (functions/platform/db/reference-cache.ts). */
export const organisationsOf = (prefCode: string): Promise<Organisation[]> =>
  cached(`orgs:${prefCode}`, () => listAllOrganisations(prefCode));
