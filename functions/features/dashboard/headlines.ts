import type { Headlines } from '../../../shared/api/dashboard';
import { projectEffects } from '../../../shared/joint-projects/effects';
import { buildComparison } from '../../../shared/shared-measures/comparison';
import { periodLabel } from '../../../shared/shared-measures/periods';
import { listAllBoards } from '../joint-projects';
import { catalogueOf, listTrendValues, NATIONAL } from '../shared-measures';
import { organisationsOf } from '../organisations';

/** The latest period's values of one shared measure (one Query), or nothing before anyone reports. */
async function latestValues(prefCode: string, measureId: string) {
  const measure = (await catalogueOf(prefCode)).find((m) => m.id === measureId);
  if (!measure?.latestPeriod) return undefined;
  const values = await listTrendValues(prefCode, measureId, measure.latestPeriod, measure.latestPeriod);
  return { measure, period: measure.latestPeriod, values };
}

/**
 * The figures a council member reads first: マイナンバーカード保有率 against
 * the national rate, how many of the municipalities have started open data,
 * and how many take part in and run joint projects.
 */
export async function loadHeadlines(prefCode: string): Promise<Headlines> {
  const [organisations, card, openData, boards] = await Promise.all([
    organisationsOf(prefCode),
    latestValues(prefCode, 'mynumber-card-rate'),
    latestValues(prefCode, 'open-data-adopted'),
    listAllBoards(prefCode),
  ]);
  const municipalities = organisations.filter((o) => o.kind !== 'prefecture');

  let myNumberCard: Headlines['myNumberCard'] = null;
  if (card) {
    const national = card.values.find((v) => v.orgCode === NATIONAL)?.value;
    const current = card.values.filter((v) => v.orgCode !== NATIONAL);
    const { stats } = buildComparison({ measure: card.measure, municipalities, current, previous: [], national });
    myNumberCard = {
      period: card.period,
      periodLabel: periodLabel(card.measure.period, card.period),
      ...stats,
      atOrAboveNational: typeof national === 'number' ? current.filter((v) => typeof v.value === 'number' && v.value >= national).length : 0,
      sample: card.values.some((v) => v.sample),
    };
  }
  const adopted = openData?.values.filter((v) => v.orgCode !== NATIONAL && v.value === true) ?? [];
  const participants = new Set<string>();
  const live = new Set<string>();
  const items = boards.map(({ project, participants: ps }) => {
    const livePhases = new Set(project.phases.filter((ph) => ph.live).map((ph) => ph.id));
    for (const p of ps) {
      participants.add(p.orgCode);
      if (livePhases.has(p.phaseId)) live.add(p.orgCode);
    }
    return { id: project.id, name: project.name, participants: ps.length, live: projectEffects(project, ps).liveMunicipalities };
  });
  return {
    myNumberCard,
    openData: openData
      ? { period: openData.period, periodLabel: periodLabel(openData.measure.period, openData.period), adopted: adopted.length, total: municipalities.length, sample: openData.values.some((v) => v.sample) }
      : null,
    jointProjects: { projects: items.length, participants: participants.size, liveMunicipalities: live.size, items },
  };
}
