import type { Headlines } from '../../../shared/api/dashboard';
import { projectEffects } from '../../../shared/joint-projects/effects';
import { currentPeriod } from '../../../shared/shared-measures/calendar';
import { buildComparison } from '../../../shared/shared-measures/comparison';
import { periodLabel } from '../../../shared/shared-measures/periods';
import { publishedValue } from '../../../shared/shared-measures/review';
import { listAllBoards } from '../joint-projects';
import { catalogueOf, listTrendValues, NATIONAL } from '../shared-measures';
import { organisationsOf } from '../organisations';

/**
 * The current period's published values of one shared measure (one Query): the period comes from the measure's
 * reporting calendar, and only confirmed values count, as the council summary must show what the prefecture stands
 * behind. Nothing before the calendar's first window opens.
 */
async function currentValues(prefCode: string, measureId: string, now: Date) {
  const measure = (await catalogueOf(prefCode)).find((m) => m.id === measureId);
  const period = measure && currentPeriod(measure, now);
  if (!measure || !period) return undefined;
  const values = (await listTrendValues(prefCode, measureId, period, period)).flatMap((v) => publishedValue(v) ?? []);
  return { measure, period, values };
}

/**
 * The figures a council member reads first: マイナンバーカード保有率 against
 * the national rate, how many of the municipalities have started open data,
 * and how many take part in and run joint projects.
 */
export async function loadHeadlines(prefCode: string, now = new Date()): Promise<Headlines> {
  const [organisations, card, openData, boards] = await Promise.all([
    organisationsOf(prefCode),
    currentValues(prefCode, 'mynumber-card-rate', now),
    currentValues(prefCode, 'open-data-adopted', now),
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
      reported: stats.reported,
      total: stats.total,
      ...(stats.average === undefined ? {} : { average: stats.average }),
      ...(stats.median === undefined ? {} : { median: stats.median }),
      ...(stats.national === undefined ? {} : { national: stats.national }),
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
