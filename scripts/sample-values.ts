import type { ReportedValueRecord } from '../shared/api/shared-measures';
import type { Organisation } from '../shared/org/organisation';
import type { ItemStatus, SharedMeasure } from '../shared/shared-measures/definition';
import { periodsEndingAt, previousPeriod } from '../shared/shared-measures/periods';
import type { SharedValue } from '../shared/shared-measures/values';
import { windowOf } from '../shared/shared-measures/calendar';
import { checkPlausibility } from '../shared/shared-measures/plausibility';
import { sampleReview } from './sample-review';

/**
 * The sample data's range reaches the present (the seed's "today" is 2026-11-28), so the calendar's current periods
 * have data: 49 months from October 2022 to October 2026, and FY2022–FY2025 (FY2025 reported in spring 2026, the
 * newest closed window). Deterministic: nothing here reads the clock.
 */
export const SAMPLE_LAST_MONTH = '2026-10';
export const SAMPLE_LAST_FISCAL_YEAR = 'FY2025';
const MONTHS = periodsEndingAt('month', SAMPLE_LAST_MONTH, 49);
const FISCAL_YEARS = periodsEndingAt('fiscal_year', SAMPLE_LAST_FISCAL_YEAR, 4);

/** A small deterministic generator (mulberry32), seeded by text, so every start seeds the same sample. */
function random(seedText: string): () => number {
  let seed = [...seedText].reduce((h, ch) => Math.imul(h ^ ch.charCodeAt(0), 2654435761) >>> 0, 1779033703);
  return () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Kanagawa's holding rate at the end of August 2024, as the seed report gives it (national: 74.8%). */
const KANAGAWA_CARD_RATE_AUG_2024 = 74.4;

/** The five municipalities of the FY2024 shared external digital talent pilot (seed report): facts, not sample. */
export const EXTERNAL_TALENT_PILOT = ['厚木市', '海老名市', '寒川町', '大井町', '愛川町'];
const size = (o: Organisation) => ({ designated_city: 8, city: 3, town: 1, village: 0.5, prefecture: 0 })[o.kind];

/**
 * National My Number Card holding rate by month: from about 51% (Oct 2022) to
 * 74.8% at the end of August 2024, the figure the seed report gives, then a slower rise (sample).
 */
function nationalCardRate(index: number): number {
  const at = MONTHS.indexOf('2024-08');
  const after = Math.max(0, index - at);
  return round1(51.1 + (74.8 - 51.1) * Math.sqrt(Math.min(index, at) / at) + 0.3 * after - 0.004 * after * after);
}

/** How a municipality's card rate moves after August 2024, when the national drive slowed down. */
type CardCourse = 'rising' | 'plateau' | 'declining';

/**
 * Each municipality's own card-rate line, unrounded: its own start below or above the national rate, its own pace
 * through the national drive, and after August 2024 its own course — most keep rising at their own speed, some level
 * off and a few slip back as cards expire uncollected. Every draw comes from the municipality's code.
 */
function cardLine(org: Organisation): number[] {
  const rnd = random(`card-line${org.code}`);
  const start = -6 + rnd() * 9 + (org.kind === 'designated_city' ? 1.5 : 0);
  const pace = 0.82 + rnd() * 0.36;
  const draw = rnd();
  const course: CardCourse = draw < 0.15 ? 'declining' : draw < 0.35 ? 'plateau' : 'rising';
  const latePace = course === 'rising' ? 0.6 + rnd() * 0.9 : course === 'plateau' ? 0.05 : 0;
  const at = MONTHS.indexOf('2024-08');
  const base = nationalCardRate(0);
  return MONTHS.map((_, i) => {
    const drive = base + start + pace * (nationalCardRate(Math.min(i, at)) - base);
    const after = Math.max(0, i - at);
    const late = latePace * (nationalCardRate(i) - nationalCardRate(Math.min(i, at))) - (course === 'declining' ? 0.06 * after : 0);
    return drive + late;
  });
}

/**
 * The municipalities' card rates, one line each, placed so that in August 2024 their mean — the figure the council
 * summary and the comparison show (shared/shared-measures/comparison.ts: a simple mean) — is Kanagawa's 74.4%, as
 * the seed report gives it. A constant shift of every line keeps each one's own shape; after rounding to 0.1, the
 * few tenths still missing go to whole lines too, so no line gets a kink in August 2024.
 */
export function cardRates(orgs: readonly Organisation[]): Map<string, number[]> {
  const at = MONTHS.indexOf('2024-08');
  const lines = orgs.map(cardLine);
  const shift = KANAGAWA_CARD_RATE_AUG_2024 - lines.reduce((s, l) => s + l[at]!, 0) / lines.length;
  const clamp = (n: number) => round1(Math.min(99, Math.max(0, n)));
  const rounded = lines.map((l) => l.map((n) => clamp(n + shift)));
  let tenths = Math.round(KANAGAWA_CARD_RATE_AUG_2024 * 10 * orgs.length - rounded.reduce((s, l) => s + Math.round(l[at]! * 10), 0));
  for (let n = 0; tenths !== 0; n = (n + 1) % rounded.length) {
    const step = Math.sign(tenths) / 10;
    rounded[n] = rounded[n]!.map((v) => round1(v + step));
    tenths -= Math.sign(tenths);
  }
  return new Map(orgs.map((o, n) => [o.code, rounded[n]!]));
}

/**
 * The prefecture's application-support visits (交付申請支援): 168 / 55 / 81
 * visits in FY2022 / 23 / 24 to 18 / 15 / 9 municipalities, as the seed report
 * states; how they split between municipalities is sample.
 */
const SUPPORT_VISITS: Record<string, { visits: number; municipalities: number }> = {
  FY2022: { visits: 168, municipalities: 18 },
  FY2023: { visits: 55, municipalities: 15 },
  FY2024: { visits: 81, municipalities: 9 },
  /** Sample: the seed reports end with FY2024. */
  FY2025: { visits: 64, municipalities: 8 },
};

function supportVisits(orgs: readonly Organisation[], fy: string): Map<string, number> {
  const { visits, municipalities } = SUPPORT_VISITS[fy]!;
  const rnd = random(`visits${fy}`);
  const chosen = [...orgs].sort((a, b) => rnd() - 0.5 || a.code.localeCompare(b.code)).slice(0, municipalities);
  const out = new Map(chosen.map((o) => [o.code, 1]));
  for (let left = visits - municipalities; left > 0; left--) {
    const o = chosen[Math.floor(rnd() * chosen.length)]!;
    out.set(o.code, out.get(o.code)! + 1);
  }
  return out;
}

function statusesAt(measure: SharedMeasure, org: Organisation, monthIndex: number): Record<string, ItemStatus> {
  const rnd = random(`std${org.code}`);
  return Object.fromEntries(
    (measure.items ?? []).map((item) => {
      const notApplicable = rnd() < 0.04;
      const done = 6 + Math.floor(rnd() * 30); // month index at which this system is migrated (some after the range)
      const status: ItemStatus = notApplicable ? 'not_applicable' : monthIndex >= done ? 'migrated' : monthIndex >= done - 8 ? 'in_progress' : 'not_started';
      return [item.id, status];
    }),
  );
}

/**
 * A municipality's own growth over the years for one measure: most grow, at their own pace; about one in five
 * levels off and about one in ten slips back, with a little noise from year to year.
 */
function growthOf(measure: SharedMeasure, org: Organisation, yearIndex: number): number {
  const rnd = random(`growth${measure.id}${org.code}`);
  const draw = rnd();
  const slope = draw < 0.1 ? -(0.03 + rnd() * 0.05) : draw < 0.3 ? rnd() * 0.03 : 0.1 + rnd() * 0.3;
  const noise = 1 + (random(`noise${measure.id}${org.code}${yearIndex}`)() - 0.5) * 0.08;
  return Math.max(0.5, 1 + yearIndex * slope) * noise;
}

/** The numeric measures a small town or village sometimes did not report in the first two years: the sample's gaps. */
const GAPPY = new Set(['open-data-datasets', 'online-procedures', 'online-usage-rate', 'rpa-processes', 'ai-ocr-forms']);
function isGap(measure: SharedMeasure, org: Organisation, yearIndex: number): boolean {
  return GAPPY.has(measure.id) && (org.kind === 'town' || org.kind === 'village') && yearIndex < 2 && random(`gap${measure.id}${org.code}${yearIndex}`)() < 0.25;
}

function fiscalValue(measure: SharedMeasure, org: Organisation, yearIndex: number, visits: Map<string, number>[]): SharedValue | undefined {
  if (isGap(measure, org, yearIndex)) return undefined;
  const rnd = random(`${measure.id}${org.code}`);
  const s = size(org);
  const growth = growthOf(measure, org, yearIndex);
  switch (measure.id) {
    case 'open-data-adopted':
      return rnd() > [0.12, 0.06, 0.03, 0.02][yearIndex]!;
    case 'open-data-datasets':
      return Math.round((10 + rnd() * 40) * s * growth);
    case 'mynumber-support-visits':
      return visits[yearIndex]!.get(org.code) ?? 0;
    case 'online-procedures':
      return Math.round((20 + rnd() * 30) * Math.sqrt(s) * growth);
    case 'online-usage-rate':
      return round1(Math.min(95, (15 + rnd() * 25) * growth));
    case 'rpa-processes':
      return Math.round((2 + rnd() * 6) * s * growth);
    case 'ai-ocr-forms':
      return Math.round((3 + rnd() * 8) * s * growth);
    case 'generative-ai':
      return rnd() < [0.1, 0.45, 0.75, 0.85][yearIndex]! + s * 0.03;
    case 'security-cloud':
      return true;
    case 'e-bidding':
      return org.kind !== 'designated_city';
    case 'telework':
      return rnd() < 0.55 + yearIndex * 0.15 + s * 0.04;
    case 'cio-appointed':
      return rnd() < 0.7 + yearIndex * 0.1;
    default:
      return undefined;
  }
}

/**
 * Sample values (サンプル) for every municipality: 24 months of the monthly
 * measures and three fiscal years of the others, plus the national reference.
 * Every record is marked `sample: true`.
 */
export function sampleValues(catalogue: readonly SharedMeasure[], organisations: readonly Organisation[]): ReportedValueRecord[] {
  const orgs = organisations.filter((o) => o.kind !== 'prefecture');
  const visits = FISCAL_YEARS.map((fy) => supportVisits(orgs, fy));
  const records: ReportedValueRecord[] = [];
  const push = (measureId: string, period: string, orgCode: string, value: SharedValue | undefined, byPrefecture: boolean) => {
    if (value === undefined) return;
    const measure = catalogue.find((m) => m.id === measureId)!;
    const base: ReportedValueRecord = {
      measureId,
      period,
      orgCode,
      value,
      sample: true,
      enteredByPrefecture: byPrefecture,
      review: 'confirmed',
      version: 1,
      updatedAt: '2024-10-01T00:00:00.000Z',
      updatedBy: 'system-sample',
      note: 'サンプルデータ（実データではありません）',
    };
    const window = windowOf(measure, period);
    const record = byPrefecture || !window ? base : sampleReview(base, window, newestWindow(measure)?.period === period);
    if (record) records.push(record);
  };
  const newestWindow = (measure: SharedMeasure) => [...measure.calendar].sort((a, b) => a.period.localeCompare(b.period)).at(-1);
  for (const measure of catalogue) {
    const byPrefecture = measure.reportedBy === 'prefecture';
    if (measure.id === 'mynumber-card-rate') {
      const rates = cardRates(orgs);
      MONTHS.forEach((month, i) => {
        push(measure.id, month, 'national', nationalCardRate(i), true);
        orgs.forEach((org) => push(measure.id, month, org.code, rates.get(org.code)![i], true));
      });
    } else if (measure.id === 'external-digital-talent') {
      for (const org of orgs) {
        records.push({
          measureId: measure.id,
          period: 'FY2024',
          orgCode: org.code,
          value: EXTERNAL_TALENT_PILOT.includes(org.name),
          sample: false,
          enteredByPrefecture: true,
          review: 'confirmed',
          version: 1,
          updatedAt: '2025-04-01T00:00:00.000Z',
          updatedBy: 'system-seed',
          note: '令和6年度 外部デジタル人材活用の試行（2024年8月〜2025年3月）',
        });
      }
    } else if (measure.valueType === 'status') {
      MONTHS.forEach((month, i) => orgs.forEach((org) => push(measure.id, month, org.code, statusesAt(measure, org, i), byPrefecture)));
    } else if (measure.period === 'fiscal_year') {
      FISCAL_YEARS.forEach((fy, i) => orgs.forEach((org) => push(measure.id, fy, org.code, fiscalValue(measure, org, i, visits), byPrefecture)));
    }
  }
  implausible(records, catalogue);
  return records;
}

/**
 * Two implausible reports waiting for review, so the review page has flags to show: 相模原市's open datasets ten
 * times the year before, and 藤沢市's AI-OCR forms seven times. Each carries the note its reporter gave and the
 * warnings the rules find (the same check as the form).
 */
function implausible(records: ReportedValueRecord[], catalogue: readonly SharedMeasure[]): void {
  for (const [measureId, orgCode, factor, note] of [
    ['open-data-datasets', '141500', 10, '庁内の全所管課の台帳を一括公開したため大幅に増加（サンプル）'],
    ['ai-ocr-forms', '142051', 7, '全庁導入に伴い対象帳票を拡大（サンプル）'],
  ] as const) {
    const measure = catalogue.find((m) => m.id === measureId);
    const at = records.findIndex((r) => r.measureId === measureId && r.orgCode === orgCode && r.period === SAMPLE_LAST_FISCAL_YEAR);
    const before = records.find((r) => r.measureId === measureId && r.orgCode === orgCode && r.period === previousPeriod('fiscal_year', SAMPLE_LAST_FISCAL_YEAR));
    if (!measure || typeof before?.value !== 'number') continue;
    const value = before.value * factor;
    const { warnings } = checkPlausibility(measure, value, { previous: before.value, others: {}, catalogue });
    // Reported in time, on 20 May 2026, whether or not the sample had a value for it.
    const submittedAt = '2026-05-20T01:00:00.000Z';
    const { confirmed: _c, reviewComment: _r, reviewedAt: _a, reviewedBy: _b, ...rest } = records[at] ?? { ...before, submittedAt, updatedAt: submittedAt };
    const record: ReportedValueRecord = { ...rest, period: SAMPLE_LAST_FISCAL_YEAR, value, note, review: 'submitted', ...(warnings.length ? { flags: warnings } : {}) };
    if (at >= 0) records[at] = record;
    else records.push(record);
  }
}
