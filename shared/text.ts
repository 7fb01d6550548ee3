/** NFKC (full-width digits and ％ become ASCII), with all whitespace removed: for comparing printed text. */
export function normaliseText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

// One collator each for the process: localeCompare with a locale builds a new one on every call, which made
// sorting a year's 225 measures the largest cost of the measures list after its two Queries.
const japanese = new Intl.Collator('ja');
const numbered = new Intl.Collator('ja', { numeric: true });

/** Japanese dictionary order (names, bureaus). */
export const compareJapanese = (a: string, b: string): number => japanese.compare(a, b);

/** Numbers inside the text compared as numbers: measure numbers sort 1-2 < 1-10 < 2-1. */
export const compareNumbered = (a: string, b: string): number => numbered.compare(a, b);
