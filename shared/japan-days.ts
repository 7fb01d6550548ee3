/**
 * Deadlines are calendar days in Japan wherever the server runs. Japan has had no daylight saving time since
 * 1951, so its day is UTC+9 all year.
 */
const JST_OFFSET_MS = 9 * 60 * 60 * 1000;

/** Today's date in Japan (YYYY-MM-DD). */
export function todayInJapan(now: Date): string {
  return new Date(now.getTime() + JST_OFFSET_MS).toISOString().slice(0, 10);
}

/** Whole days from today (JST) to the deadline: 0 on the day, negative once passed. */
export function daysUntil(deadline: string, now: Date): number {
  return Math.round((Date.parse(`${deadline}T00:00:00Z`) - Date.parse(`${todayInJapan(now)}T00:00:00Z`)) / 86_400_000);
}
