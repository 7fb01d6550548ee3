import type { Principal } from '../../../shared/auth/roles';
import type { SearchDocument } from '../../../shared/search/search-document';
import { groupTrail } from './plan-year';
import { getPlanStructure, listPlans } from './plans.table';

/** A prefecture has a handful of plans (the DX plan, the ICT plan before it): one page of the registry holds them. */
const MAX_PLANS = 20;

/**
 * Every measure of the prefecture's plans as search documents (functions/features/search): its number and name, its
 * bureau, its pillar and area and its indicators. A plan's structure is the same for every year and every signed-in
 * reader may open any measure (loadPlanYear), so the principal narrows nothing here. Bounded: about 225 measures a
 * plan, one Query each (pattern 1).
 */
export async function measureSearchDocuments(prefCode: string, _principal: Principal): Promise<SearchDocument[]> {
  const plans = (await listPlans(prefCode, MAX_PLANS)).items;
  const structures = await Promise.all(plans.map((p) => getPlanStructure(prefCode, p.id)));
  return structures.flatMap((plan) => {
    if (!plan) return [];
    const planId = plan.definition.id;
    return plan.measures.map((m) => {
      const title = `${m.measureNo} ${m.name}`;
      return {
        kind: 'measure' as const,
        id: `${planId}/${m.measureNo}`,
        title: { ja: title, en: title },
        body: [m.bureau, ...groupTrail(plan.groups, m.groupPath).map((g) => g.name), ...m.indicators.map((i) => i.name)].join('\n'),
        link: `/measures/${encodeURIComponent(m.measureNo)}?plan=${encodeURIComponent(planId)}`,
      };
    });
  });
}
