import { fiscalYearOf } from '../fiscal-year';
import { CONSULTATION_CATEGORIES, CONSULTATION_STATUSES, type ConsultationCategory, type ConsultationStatus } from './labels';
import { median } from '../median';

/**
 * The desk's figures for one fiscal year (by the day a consultation arrived, in Japan): counts by category and
 * status, the time to first answer, and the 技術相談 count offered as 21-2 ② 技術相談利用件数.
 */
export interface ConsultationFigures {
  fiscalYear: number;
  total: number;
  byCategory: Record<ConsultationCategory, Record<ConsultationStatus, number>>;
  byStatus: Record<ConsultationStatus, number>;
  technical: number;
  /** Consultations answered at least once, which the times below are measured over. */
  answered: number;
  /** Hours from arrival to the first answer, one decimal; absent when nothing was answered. */
  medianHoursToFirstAnswer?: number;
  meanHoursToFirstAnswer?: number;
}

type Counted = { category: ConsultationCategory; status: ConsultationStatus; technical: boolean; createdAt: string; firstAnsweredAt?: string };

const zeroStatuses = () => Object.fromEntries(CONSULTATION_STATUSES.map((s) => [s, 0])) as Record<ConsultationStatus, number>;
const oneDecimal = (n: number) => Math.round(n * 10) / 10;

export { median } from '../median';

export function consultationFigures(consultations: readonly Counted[], fiscalYear: number): ConsultationFigures {
  const byCategory = Object.fromEntries(CONSULTATION_CATEGORIES.map((c) => [c, zeroStatuses()])) as ConsultationFigures['byCategory'];
  const byStatus = zeroStatuses();
  const hours: number[] = [];
  let total = 0;
  let technical = 0;
  for (const c of consultations) {
    if (fiscalYearOf(new Date(c.createdAt)) !== fiscalYear) continue;
    total += 1;
    byCategory[c.category][c.status] += 1;
    byStatus[c.status] += 1;
    if (c.technical) technical += 1;
    if (c.firstAnsweredAt) hours.push((Date.parse(c.firstAnsweredAt) - Date.parse(c.createdAt)) / 3_600_000);
  }
  const mid = median(hours);
  return {
    fiscalYear,
    total,
    byCategory,
    byStatus,
    technical,
    answered: hours.length,
    ...(mid === undefined ? {} : { medianHoursToFirstAnswer: oneDecimal(mid), meanHoursToFirstAnswer: oneDecimal(hours.reduce((a, b) => a + b, 0) / hours.length) }),
  };
}

/** The moments a fiscal year spans, as stored (ISO, UTC): 1 April 00:00 in Japan is 31 March 15:00Z. */
export function fiscalYearInstants(fiscalYear: number): { from: string; to: string } {
  return { from: `${fiscalYear}-03-31T15:00:00.000Z`, to: `${fiscalYear + 1}-03-31T15:00:00.000Z` };
}
