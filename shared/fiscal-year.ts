/**
 * Japanese fiscal years run April–March and are named after the year they
 * start in. 令和 n 年度 = 2018 + n (令和元年度 = FY2019).
 */
export function fiscalYearOf(date: Date): number {
  const month = date.getUTCMonth(); // 0 = January
  return month >= 3 ? date.getUTCFullYear() : date.getUTCFullYear() - 1;
}
