import { invalidInput } from '../../../shared/errors';
import { todayInJapan } from '../../../shared/japan-days';
import { organisationNames } from '../../../shared/org/organisation';
import { reportingRates, windowsInRange, type ReportingRates } from '../../../shared/shared-measures/reporting-rates';
import { organisationsOf } from '../organisations';
import { catalogueOf } from './catalogue-cache';
import { listTrendValues } from './shared-values.table';

/** The default range: deadlines of the last twelve months, up to today. */
export function defaultRange(now: Date): { from: string; to: string } {
  const to = todayInJapan(now);
  const from = `${Number(to.slice(0, 4)) - 1}${to.slice(4)}`;
  return { from: from.endsWith('-02-29') ? from.replace('-02-29', '-02-28') : from, to };
}

/**
 * Reporting rates (shared/shared-measures/reporting-rates.ts) over the windows whose deadline lies in the range:
 * one Query on GSI1 per measure (pattern 4) over the periods of its windows in range, in parallel.
 */
export async function readReportingRates(prefCode: string, range: { from?: string; to?: string }, now = new Date()): Promise<ReportingRates> {
  const defaults = defaultRange(now);
  const from = range.from ?? defaults.from;
  const today = todayInJapan(now);
  const to = range.to && range.to < today ? range.to : today;
  if (from > to) {
    throw invalidInput({
      ja: `期間の開始日（${from}）が終了日（${to}、今日より後は今日）より後です。開始日を終了日以前にしてください。`,
      en: `The start (${from}) is after the end (${to}; an end after today counts as today). Choose a start on or before the end.`,
    });
  }
  const [measures, organisations] = await Promise.all([catalogueOf(prefCode), organisationsOf(prefCode)]);
  const periods = new Map<string, string[]>();
  for (const { measure, window } of windowsInRange(measures, from, to, now)) periods.set(measure.id, [...(periods.get(measure.id) ?? []), window.period]);
  const lists = await Promise.all(
    [...periods].map(([id, keys]) => {
      const sorted = [...keys].sort();
      return listTrendValues(prefCode, id, sorted[0]!, sorted.at(-1)!);
    }),
  );
  const municipalities = organisations.filter((o) => o.kind !== 'prefecture').map((o) => ({ code: o.code, name: organisationNames(organisations, o.code) }));
  return reportingRates(measures, municipalities, lists.flat(), { from, to }, now);
}
