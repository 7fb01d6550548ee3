import type { ReportedValueRecord } from '../shared/api/shared-measures';
import { checkDigit } from '../shared/org/codes';
import { periodsEndingAt } from '../shared/shared-measures/periods';

/** Japan has 47 prefectures and 1,741 municipalities (市区町村, 23 special wards counted as one each). */
export const PREFECTURES = 47;
export const MUNICIPALITIES = 1741;

const code = (five: string) => `${five}${checkDigit(five)}`;

/**
 * Synthetic organisation codes for the whole country: Kanagawa's 33 real
 * municipalities, and the remaining 1,708 spread over the other 46 prefectures.
 */
export function nationalOrganisations(kanagawa: readonly string[]): { prefCode: string; orgCodes: string[] }[] {
  const others = PREFECTURES - 1;
  const base = Math.floor((MUNICIPALITIES - kanagawa.length) / others);
  let extra = (MUNICIPALITIES - kanagawa.length) % others;
  return Array.from({ length: PREFECTURES }, (_, i) => {
    const pp = String(i + 1).padStart(2, '0');
    const prefCode = code(`${pp}000`);
    if (pp === '14') return { prefCode, orgCodes: [...kanagawa] };
    const count = base + (extra-- > 0 ? 1 : 0);
    return { prefCode, orgCodes: Array.from({ length: count }, (_, n) => code(`${pp}${String(100 + n * 2).padStart(3, '0')}`)) };
  });
}

/** Synthetic monthly values: `measures` measures × `months` months for every organisation given. */
export function* syntheticValues(
  orgCodes: readonly string[],
  measures: number,
  months: number,
): Generator<ReportedValueRecord> {
  const periods = periodsEndingAt('month', '2024-09', months);
  for (let m = 0; m < measures; m++) {
    for (const period of periods) {
      for (const orgCode of orgCodes) {
        yield {
          measureId: `bench-measure-${m}`,
          period,
          orgCode,
          value: (Number(orgCode) % 997) / 10 + m,
          sample: true,
          enteredByPrefecture: false,
          review: 'confirmed',
          version: 1,
          updatedAt: '2024-10-01T00:00:00.000Z',
          updatedBy: 'bench',
        };
      }
    }
  }
}
