import type { ReviewQueue } from '../../../shared/api/shared-measures';
import { openedWindows } from '../../../shared/shared-measures/calendar';
import { periodLabel, previousPeriod } from '../../../shared/shared-measures/periods';
import { outlierFindings } from '../../../shared/shared-measures/plausibility';
import { VALUE_TYPES } from '../../../shared/shared-measures/value-types';
import { organisationsOf } from '../organisations';
import { catalogueOf } from './catalogue-cache';
import { listPeriodValues, NATIONAL } from './shared-values.table';

/**
 * What waits for the prefecture's review: the submitted values of every window that has opened, of the measures
 * municipalities report (the prefecture's own entries confirm themselves), grouped by (measure, period), newest
 * deadline first. One Query per (measure, period) partition, all in parallel; the calendar bounds how many. Each value
 * carries its plausibility flags and whether it is far from the prefecture's distribution of that period.
 */
export async function reviewQueue(prefCode: string, now = new Date()): Promise<ReviewQueue> {
  const [catalogue, organisations] = await Promise.all([catalogueOf(prefCode), organisationsOf(prefCode)]);
  const nameOf = new Map(organisations.map((o) => [o.code, o.name]));
  const partitions = catalogue
    .filter((m) => m.reportedBy === 'municipality')
    .flatMap((measure) => openedWindows(measure, now).map((window) => ({ measure, window })));
  const read = await Promise.all(partitions.map(async (p) => ({ ...p, values: await listPeriodValues(prefCode, p.measure.id, p.window.period) })));
  const byPartition = new Map(read.map((r) => [`${r.measure.id}|${r.window.period}`, r.values]));
  const items: ReviewQueue['items'] = [];
  for (const { measure, window, values } of read) {
    const submitted = values.filter((v) => v.review === 'submitted' && v.orgCode !== NATIONAL);
    if (submitted.length === 0) continue;
    const comparable = VALUE_TYPES[measure.valueType].comparable;
    const numbers = values.flatMap((v) => {
      const numeric = v.orgCode === NATIONAL ? undefined : comparable(v.value);
      return numeric === undefined ? [] : [{ orgCode: v.orgCode, numeric }];
    });
    const outliers = new Set(measure.valueType === 'number' || measure.valueType === 'percent' ? outlierFindings(numbers) : []);
    const before = previousPeriod(measure.period, window.period);
    const previous = new Map((before ? (byPartition.get(`${measure.id}|${before}`) ?? []) : []).map((v) => [v.orgCode, v.value]));
    items.push({
      measureId: measure.id,
      measureName: measure.name,
      period: window.period,
      periodLabel: { ja: periodLabel(measure.period, window.period), en: periodLabel(measure.period, window.period, 'en') },
      deadline: window.deadline,
      values: submitted
        .map((v) => ({
          orgCode: v.orgCode,
          orgName: nameOf.get(v.orgCode) ?? v.orgCode,
          value: v.value,
          ...(previous.has(v.orgCode) ? { previous: previous.get(v.orgCode)! } : {}),
          ...(v.note ? { note: v.note } : {}),
          flags: v.flags ?? [],
          outlier: outliers.has(v.orgCode),
          version: v.version,
          ...(v.submittedAt ? { submittedAt: v.submittedAt } : {}),
          updatedAt: v.updatedAt,
        }))
        .sort((a, b) => a.orgCode.localeCompare(b.orgCode)),
    });
  }
  // Newest deadline first; within one deadline, in catalogue order (read is already in it).
  const order = new Map(items.map((it, i) => [it, i]));
  items.sort((a, b) => (b.deadline ?? '').localeCompare(a.deadline ?? '') || order.get(a)! - order.get(b)!);
  return { items };
}
