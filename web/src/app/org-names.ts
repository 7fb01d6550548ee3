import { KANAGAWA_REGION_NAMES_EN, orgName } from '../../../shared/org/kanagawa-names';
import { lang } from './lang';

/**
 * A municipality's (or the prefecture's) official name in the chosen language, by its code: 横浜市 / Yokohama City.
 * `fallback` (the name an API row carries) serves a code the official list does not know.
 */
export function orgLabel(code: string, fallback?: string): string {
  // The national reference row of a comparison (shared-measures' NATIONAL).
  if (code === 'national') return lang() === 'en' ? 'National' : fallback ?? '全国';
  const names = orgName(code);
  if (names.ja === code && fallback) return fallback;
  return names[lang()];
}

/** A planning region (地域) of the prefecture in the chosen language: 県央 / Central Kanagawa. */
export const regionLabel = (region: string) => (lang() === 'en' ? KANAGAWA_REGION_NAMES_EN[region] ?? region : region);
