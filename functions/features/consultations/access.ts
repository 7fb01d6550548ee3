import type { Principal } from '../../../shared/auth/roles';
import { relationOf } from '../../../shared/auth/visibility';
import type { Consultation } from '../../../shared/consultations/consultation';
import type { DeskSide } from '../../../shared/consultations/workflow';
import { notFound } from '../../../shared/errors';
import { getConsultation } from './consultations.table';

const hidden = (id: string) => notFound({ ja: `相談（${id}）`, en: `The consultation ${id}` });

/**
 * A consultation is the asking municipality's and the prefecture's: anyone else gets 404, so not even its
 * existence leaks (council members are refused by the routes: the desk is operational).
 */
export function sideOf(c: Consultation | undefined, principal: Principal, id: string): { c: Consultation; side: DeskSide } {
  const relation = c ? relationOf(principal, c.orgCode) : 'other';
  if (!c || relation === 'other') throw hidden(id);
  return { c, side: relation === 'prefecture' ? 'prefecture' : 'owner' };
}

export async function loadConsultation(prefCode: string, id: string, principal: Principal) {
  return sideOf(await getConsultation(prefCode, id), principal, id);
}
