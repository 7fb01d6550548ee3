import type { ReportedValueRecord } from '../shared/api/shared-measures';
import type { ReportingWindow } from '../shared/shared-measures/calendar';

/** A number in [0, 1) from text (FNV-1a, then a final mix): the same sample on every start. */
function unit(text: string): number {
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  h = Math.imul(h ^ (h >>> 15), 2246822507) >>> 0;
  // >>> 0: the XOR is a signed 32-bit integer, which would make half of all draws negative.
  return ((h ^ (h >>> 13)) >>> 0) / 4294967296;
}

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
/** 10:00 in Japan on that day. */
const morningInJapan = (date: string) => `${date}T01:00:00.000Z`;

/**
 * A municipality's sample value as the calendar would have seen it arrive (issue 15): submitted within its window,
 * about one in ten after the deadline (late); the prefecture has confirmed all of the older windows, while of the
 * newest window some values still wait for review, a few were returned with a comment, and a few never came
 * (missing: undefined).
 */
export function sampleReview(base: ReportedValueRecord, window: ReportingWindow, newest: boolean): ReportedValueRecord | undefined {
  const key = `${base.measureId}|${base.orgCode}|${base.period}`;
  const x = unit(key);
  if (newest && x < 0.08) return undefined;
  const late = x >= 0.9;
  const day = late
    ? addDays(window.deadline, 1 + Math.floor(unit(`${key}|late`) * 20))
    : addDays(window.opensOn, Math.floor(unit(`${key}|day`) * (daysBetween(window.opensOn, window.deadline) + 1)));
  const submittedAt = morningInJapan(day);
  const reviewedAt = morningInJapan(addDays(day, 5));
  const entered = { ...base, submittedAt, updatedAt: submittedAt };
  if (newest && x < 0.25) return { ...entered, review: 'submitted' };
  if (newest && x < 0.3) {
    return {
      ...entered,
      review: 'returned',
      reviewComment: '前の期間からの変動の理由を備考に記入して、再提出してください（サンプル）。',
      reviewedBy: 'system-sample',
      reviewedAt,
    };
  }
  return { ...entered, review: 'confirmed', reviewedBy: 'system-sample', reviewedAt };
}
